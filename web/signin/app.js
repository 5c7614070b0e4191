// The sign-in example's page, as Feishu's web-app docs write it: inside
// h5sdk.ready, with no h5sdk.config, ask for a code and hand it to the
// backend, which exchanges it for the user.
const appId = document.currentScript.dataset.appId;
const status = document.getElementById("status");
let lastCode = "";

async function signIn(code) {
  const res = await fetch("/api/login?code=" + encodeURIComponent(code));
  return res.json();
}

window.h5sdk.ready(() => {
  tt.requestAuthCode({
    appId,
    success: async ({ code }) => {
      lastCode = code;
      const user = await signIn(code);
      status.textContent = user.name ? `Signed in as ${user.name}` : `Not signed in: ${user.error}`;
    },
    fail: (error) => { status.textContent = `requestAuthCode failed: ${error.errMsg}`; },
  });
});

// A code is single use: the backend's second exchange fails.
document.getElementById("again").addEventListener("click", async () => {
  const user = await signIn(lastCode);
  document.getElementById("again-result").textContent = user.name ? `Signed in as ${user.name}` : `Refused: ${user.error}`;
});
