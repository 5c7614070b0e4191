// The README's way in a bundled app: ttshim in dev builds only, which
// production builds leave out. With the plugin's script injected, this
// second copy does nothing.
if (import.meta.env.DEV) await import("ttshim");

const info = await tt.getSystemInfo();
document.querySelector("#result").textContent = `${info.errMsg} on ${info.platform}`;
