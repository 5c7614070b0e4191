package shim

import (
	"fmt"

	"ttshim/wasm/authcode"
)

// The errCodes of requestAuthCode's page that ttshim answers with; its
// failures carry one beside errno, as the page says the client's do.
const (
	authCodeInvalidAppID = 10200
	authCodeFailed       = 10232
)

func init() {
	register(&API{
		Namespace: "tt", Name: "requestAuthCode", Kind: KindAsync,
		BeforeConfig: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject,
					{Errno: ErrnoInvalidParam, When: "`appId` is missing, empty or not a string"},
					{Errno: ErrnoInvalidParam, When: "`appId` is not `app.appId` (with `errCode` 10200)"},
					{Errno: ErrnoInternal, When: "the browser has no randomness for the code (with `errCode` 10232)"}},
				Controls: []string{
					"`app.appId`: the `appId` it accepts",
					"`app.appSecret`: what its codes are sealed with, for the simulated Open Platform",
					"`mode` and `client.version`: web apps from V5.1.0 (Harmony V7.35.0)",
					"`currentUser`: whose code it is (`ttShim.exchangeCode(code)`)",
				},
			}
		}),
		Handle: requestAuthCode,
	})
}

// requestAuthCode is a web app's sign-in code, which lives
// authcode.Lifetime and starts no session of the client's.
func requestAuthCode(c *Call) Result {
	appID, perr := c.Args.String("appId", true)
	if perr != nil {
		return c.Param(perr)
	}
	cfg := c.Config()
	if appID != cfg.App.AppID {
		return withErrCode(c.Fail(ErrnoInvalidParam, fmt.Sprintf(
			"Parameter error. invalid appId %s, this app is %s (error code: %d)", quoted(appID), cfg.App.AppID,
			authCodeInvalidAppID)), authCodeInvalidAppID)
	}
	nonce, err := c.Shim.randomHex(16)
	if err != nil {
		return withErrCode(c.Fail(ErrnoInternal, fmt.Sprintf(
			"internal error: cannot make a code: %v (error code: %d)", err, authCodeFailed)), authCodeFailed)
	}
	return c.OK(Fields{"code": c.Shim.issueCode(nonce, authcode.Lifetime, "", "")})
}

func withErrCode(res Result, code int) Result {
	res.Fields["errCode"] = code
	return res
}
