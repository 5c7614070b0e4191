// ttshim in dev builds only, which production builds leave out: the ES
// module build finds ttshim.wasm next to itself. With the plugin's script
// in the page, this second copy does nothing.
if (import.meta.env.DEV) await import("ttshim/ttshim.mjs");

const info = await tt.getSystemInfo();
document.querySelector("#result").textContent = `${info.errMsg} on ${info.platform}`;
