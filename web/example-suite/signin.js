// Every page of the Team Directory app signs in with h5sdk.config, using the
// signature its backend computes for the page's URL.
h5sdk.error((err) => { document.getElementById("auth").textContent = "Sign-in failed: " + err.errorMessage; });
h5sdk.ready(() => { document.getElementById("auth").textContent = "Signed in"; });

fetch("/api/jsapi-signature?url=" + encodeURIComponent(location.href.split("#")[0]))
  .then((response) => response.json())
  .then((signed) => h5sdk.config({ ...signed, jsApiList: ["enterProfile", "chooseContact", "getSystemInfo"] }));
