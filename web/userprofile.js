// A Taro page's own code: the getUserProfile documentation's example,
// unchanged, as the handler of a button, in a component whose setState
// draws userInfo.
const GENDERS = ["unknown", "male", "female"];

class UserProfilePage {
  constructor() {
    this.state = { userInfo: null, hasUserInfo: false };
  }

  setState(patch) {
    this.state = { ...this.state, ...patch };
    this.render();
  }

  render() {
    const { userInfo, hasUserInfo } = this.state;
    document.getElementById("profile").hidden = !hasUserInfo;
    if (!hasUserInfo) return;
    document.getElementById("status").textContent = "hasUserInfo: true";
    const avatar = document.getElementById("avatar");
    avatar.src = userInfo.avatarUrl;
    avatar.alt = userInfo.nickName;
    document.getElementById("nickname").textContent = userInfo.nickName;
    document.getElementById("gender").textContent = GENDERS[userInfo.gender] || String(userInfo.gender);
    document.getElementById("region").textContent =
      [userInfo.country, userInfo.province, userInfo.city].filter(Boolean).join(" / ");
  }

  getUserProfile() {
    // The documentation's example, verbatim.
    Taro.getUserProfile({
      desc: '用于完善会员资料', // 声明获取用户个人信息后的用途，后续会展示在弹窗中，请谨慎填写
      success: (res) => {
        // 开发者妥善保管用户快速填写的头像昵称，避免重复弹窗
        this.setState({
          userInfo: res.userInfo,
          hasUserInfo: true
        })
      }
    })
  }
}

// Not part of the example: the page also shows every result in full,
// failures included (the example passes only success), by watching the
// Promise each Taro.getUserProfile call returns.
const result = document.getElementById("result");
const status = document.getElementById("status");
const getUserProfile = Taro.getUserProfile;
Taro.getUserProfile = function (option) {
  const promise = getUserProfile.call(this, option);
  status.textContent = "Waiting for the answer to the authorization popup…";
  const showResult = (res) => {
    result.textContent = JSON.stringify(res, null, 2);
    result.hidden = false;
  };
  promise.then(showResult, (res) => {
    status.textContent = "Failed: " + res.errMsg;
    showResult(res);
  });
  return promise;
};

const page = new UserProfilePage();
document.getElementById("get-profile").addEventListener("click", () => page.getUserProfile());
