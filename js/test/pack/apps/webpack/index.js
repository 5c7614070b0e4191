tt.getSystemInfo().then((info) => {
  document.querySelector("#result").textContent = `${info.errMsg} on ${info.platform}`;
});
