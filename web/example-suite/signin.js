// Every page of the Team Directory app signs in with h5sdk.config, using the
// signature its backend computes for the page's URL. h5sdk.ready,
// registered while the config is in flight, runs once it succeeds; then
// the page hears "signedin" on document.
h5sdk.error((err) => { document.getElementById("auth").textContent = "Sign-in failed: " + err.errorMessage; });

fetch("/api/jsapi-signature?url=" + encodeURIComponent(location.href.split("#")[0]))
  .then((response) => response.json())
  .then((signed) => {
    h5sdk.config({ ...signed, jsApiList: ["enterProfile", "chooseContact", "getSystemInfo"] });
    h5sdk.ready(() => {
      document.getElementById("auth").textContent = "Signed in";
      document.dispatchEvent(new Event("signedin"));
    });
  });
