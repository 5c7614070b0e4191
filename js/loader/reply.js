// The replies the loader builds itself, in the envelope Go answers with
// (wasm/bridge: {o: outcome, r: the object delivered}): an override's
// answer, a call Go cannot answer (the runtime did not start, or its call
// threw), an overridden request aborted. Go builds every other reply, in
// the same shape (wasm/shim/contract.go's Success and Failure); both are
// held to it by one set of cases, wasm/shim/testdata/replies.json.
//
// An override's answer is built here, not in Go, because the page gets the
// responder's own values (a nested object, an ArrayBuffer, a function),
// which JSON would copy or drop on the way to Go and back.
import { Object } from "./builtins.js";

// success is {...fields, errMsg: "<name>:ok"}.
export function success(name, fields) {
  return { o: "ok", r: { ...fields, errMsg: name + ":ok" } };
}

// failure is {...fields, errMsg: "<name>:fail <errString>", errno,
// errString}: the errString repeats in errMsg so a log line alone explains
// it.
export function failure(name, errno, errString, fields) {
  return { o: "fail", r: { ...fields, errMsg: name + ":fail " + errString, errno, errString } };
}

// h5Failure is what h5sdk.config's onFail and h5sdk.error receive:
// errorCode and errorMessage, with errno 2601002 and an errString that
// repeats both (wasm/shim/h5sdk.go's h5Fail).
export function h5Failure(errorCode, errorMessage) {
  return { o: "fail", r: { errorCode, errorMessage, errno: 2601002, errString: "Authentication failed. " + errorMessage + " (error code: " + errorCode + ")" } };
}

// errorOf is a failed sync call's result as the Error it throws: errMsg as
// its message, and the result's fields on it.
export function errorOf(result) {
  return Object.assign(new Error(result.errMsg), result);
}
