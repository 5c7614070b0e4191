// The replies the loader builds itself, in the envelope Go answers with
// (wasm/bridge: {o: outcome, r: the object delivered}).

// failure is a fail reply built in the page, shaped as Go's are.
export function failure(name, errno, errString) {
  return { o: "fail", r: { errMsg: name + ":fail " + errString, errno, errString } };
}
