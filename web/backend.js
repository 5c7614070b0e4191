// Plays the app's backend for the example pages: a real web app asks its
// server for the h5sdk.config signature; here the page computes it from
// the simulated app's jsapi ticket, exactly as that server would.
window.demoBackend = {
  async signature(url) {
    await ttShim.ready;
    const { app } = ttShim.config();
    const nonceStr = Math.random().toString(36).slice(2, 18);
    const timestamp = Date.now();
    const plain = `jsapi_ticket=${app.jsapiTicket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url.split("#")[0]}`;
    const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(plain));
    const signature = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
    return { appId: app.appId, timestamp, nonceStr, signature };
  },
};
