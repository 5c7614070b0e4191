// The Team Directory web app (signin.js signs it in): it calls the client
// when clicked.
const $ = (id) => document.getElementById(id);
const LI_NA = "ou_b876aa59f6638f66a20342e40ceafdf8";
const showError = (res) => { $("error").textContent = res.errMsg; };

$("open-profile").addEventListener("click", () => {
  tt.enterProfile({ openid: LI_NA, left: 100, top: 200, fail: showError });
});

$("share-profile").addEventListener("click", () => {
  Taro.getUserProfile({ desc: "Show your name on your badge" }).then(
    (res) => { $("greeting").textContent = "Hello, " + res.userInfo.nickName; },
    showError,
  );
});

$("pick").addEventListener("click", () => {
  tt.chooseContact({
    multi: true,
    success(res) {
      $("picked").replaceChildren(...res.data.map((person) => {
        const item = document.createElement("li");
        item.textContent = person.name;
        return item;
      }));
    },
    fail: showError,
  });
});
