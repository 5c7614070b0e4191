// A web app's own code under a strict policy: authenticate with
// h5sdk.config, then open a card, ask for the user's profile (the consent
// popup) and pick contacts (the picker).
const auth = document.getElementById("auth");
const result = document.getElementById("result");
const show = (res) => { result.textContent = JSON.stringify(res, null, 2); };
const LI_NA = "ou_b876aa59f6638f66a20342e40ceafdf8";

h5sdk.error((err) => { auth.textContent = "Authentication failed: " + err.errorMessage; });
demoBackend.signature(location.href).then((signed) => {
  h5sdk.config({ ...signed, jsApiList: [] });
  // Registered while the config is in flight, it runs once that succeeds.
  h5sdk.ready(() => { auth.textContent = "Authenticated"; });
});

document.getElementById("profile").addEventListener("click", () => {
  tt.enterProfile({ openid: LI_NA, left: 100, top: 200, success: show, fail: show });
});
document.getElementById("user").addEventListener("click", () => {
  Taro.getUserProfile({ desc: "Show your name on this page" }).then(show, show);
});
document.getElementById("contacts").addEventListener("click", () => {
  tt.chooseContact({ multi: true, success: show, fail: show });
});
