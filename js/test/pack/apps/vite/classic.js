// The package's main entry, the classic loader, in a dev build: bundled,
// it has no script element, so it finds ttshim.wasm next to the page.
if (import.meta.env.DEV) await import("ttshim");

const info = await tt.getSystemInfo();
document.querySelector("#result").textContent = `${info.errMsg} on ${info.platform}`;
