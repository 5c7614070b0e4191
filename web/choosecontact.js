// A web app's own code: authenticate with h5sdk.config, then run the
// enterProfile documentation's example, unchanged, when the button is
// clicked: choose a colleague, and open their card at (100, 200).
const auth = document.getElementById("auth");

h5sdk.error((err) => { auth.textContent = "Authentication failed: " + err.errorMessage; });

demoBackend.signature(location.href).then((signed) => {
  h5sdk.config({ ...signed, jsApiList: [] });
  // Registered while the config is in flight, it runs once that succeeds.
  h5sdk.ready(() => { auth.textContent = "Authenticated"; });
});

// Not part of the example: the page also shows each call's result in full
// (the example only logs enterProfile's), through a complete callback
// added beside the example's own.
for (const [name, id] of [["chooseContact", "choose-result"], ["enterProfile", "profile-result"]]) {
  const call = tt[name];
  tt[name] = function (option) {
    const own = option && option.complete;
    return call.call(this, {
      ...option,
      complete(res) {
        document.getElementById(id).textContent = JSON.stringify(res, null, 2);
        if (typeof own === "function") own.call(this, res);
      },
    });
  };
}

document.getElementById("choose").addEventListener("click", () => {
  // The enterProfile documentation's example, verbatim.
  tt.chooseContact({
    success: (res) => {
      tt.enterProfile({
        openid: res.data[0].openId,
        left: 100,
        top: 200,
        success(res) {
          console.log(JSON.stringify(res));
        },
        fail(res) {
          console.log(`enterProfile fail: ${JSON.stringify(res)}`);
        }
      })
    }
  })
});
