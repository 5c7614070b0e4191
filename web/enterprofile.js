// A web app's own code: authenticate with h5sdk.config, then open a
// colleague's profile card at (100, 200), as the enterProfile seed does.
const auth = document.getElementById("auth");
const result = document.getElementById("result");
const show = (res) => { result.textContent = JSON.stringify(res); };

h5sdk.error((err) => { auth.textContent = "Authentication failed: " + err.errorMessage; });

demoBackend.signature(location.href).then((signed) => {
  h5sdk.config({ ...signed, jsApiList: [] });
  // Registered while the config is in flight, it runs once that succeeds.
  h5sdk.ready(() => { auth.textContent = "Authenticated"; });
});

ttShim.ready.then(() => {
  const input = document.getElementById("openid");
  if (!input.value) input.value = ttShim.config().users[1].openId;
});

document.getElementById("open").addEventListener("click", () => {
  tt.enterProfile({
    openid: document.getElementById("openid").value,
    left: 100,
    top: 200,
    success(res) { show(res); },
    fail(res) { show(res); },
  });
});
