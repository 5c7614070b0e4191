package shim

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// SignatureLifetime is how long an h5sdk.config timestamp stays valid.
const SignatureLifetime = 10 * time.Minute

// h5sdk.config errorCodes.
const (
	codeWrongType        = 1012
	codeInvalidAppID     = 333430
	codeNoSuchApp        = 333440
	codeInvalidSignature = 333441
	codeSignatureReused  = 333443
	codeSignatureExpired = 333444
	codeNotInList        = 333445
	codeNoSuchJSAPI      = 333446
	codeUntrustedDomain  = 333448
)

// feishuJSAPIs are Feishu JSAPIs ttshim does not implement yet: a real
// app's jsApiList may name them, which must not fail its h5sdk.config.
var feishuJSAPIs = []string{
	"chooseContact", "getUserInfo", "request", "closeWindow", "showToast",
	"showModal", "showActionSheet", "hideToast", "openSchema", "getLocation", "scanCode",
	"setClipboardData", "getClipboardData", "chooseImage", "previewImage", "openDocument",
	"getNetworkType", "vibrateShort", "vibrateLong", "downloadFile", "uploadFile",
	"setNavigationBarTitle", "enterChat", "openChat", "shareAppMessage", "getStorage",
	"setStorage", "removeStorage", "getConnectedWifi", "startBluetoothDevicesDiscovery",
	"docsPicker", "filePicker", "chooseChat", "getDeviceID", "checkWatermark",
}

// webAuth is a web app's authentication: whether h5sdk.config succeeded and
// which JSAPIs it asked for.
type webAuth struct {
	configured     bool
	jsAPIList      []string
	usedSignatures map[string]bool
}

// allows applies jsApiList: an empty list, as real web apps pass, blocks
// nothing; a non-empty one is enforced.
func (w *webAuth) allows(api string) bool {
	return len(w.jsAPIList) == 0 || slices.Contains(w.jsAPIList, api)
}

// Signature is the h5sdk.config signature of a page URL: sha1 over the
// four keys in this order, values unescaped, the URL without its fragment.
func Signature(ticket, nonce, timestamp, pageURL string) string {
	sum := sha1.Sum([]byte(signedString(ticket, nonce, timestamp, pageURL)))
	return hex.EncodeToString(sum[:])
}

func signedString(ticket, nonce, timestamp, pageURL string) string {
	if i := strings.IndexByte(pageURL, '#'); i >= 0 {
		pageURL = pageURL[:i]
	}
	return "jsapi_ticket=" + ticket + "&noncestr=" + nonce + "&timestamp=" + timestamp + "&url=" + pageURL
}

func init() {
	register(&API{
		Namespace: "h5sdk", Name: "config", Kind: KindH5Config,
		Support: Support{WebApp: Anywhere},
		Params:  []string{"appId", "timestamp", "nonceStr", "signature", "jsApiList"},
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{
					{Errno: ErrnoH5Auth, Code: codeNoSuchJSAPI, When: "a gadget, where h5sdk does not exist (the `feature not support` text)"},
					{Errno: ErrnoH5Auth, Code: codeWrongType, When: "the option is not an object, or `appId`, `nonceStr`, `signature`, " +
						"`timestamp` or `jsApiList` is missing or of the wrong type (checked in that order)"},
					{Errno: ErrnoH5Auth, Code: codeInvalidAppID, When: "`appId` does not start with `cli_`"},
					{Errno: ErrnoH5Auth, Code: codeNoSuchApp, When: "`appId` is not `app.appId`"},
					{Errno: ErrnoH5Auth, Code: codeUntrustedDomain, When: "`app.domains` is not empty and lacks the page's hostname"},
					{Errno: ErrnoH5Auth, Code: codeNoSuchJSAPI, When: "`jsApiList` names something that is not a Feishu JSAPI"},
					{Errno: ErrnoH5Auth, Code: codeSignatureExpired, When: "`timestamp` is more than 10 minutes from now"},
					{Errno: ErrnoH5Auth, Code: codeInvalidSignature, When: "the signature does not match, unless `acceptAnySignature`"},
					{Errno: ErrnoH5Auth, Code: codeSignatureReused, When: "this `nonceStr`, `timestamp` and `signature` already succeeded once"},
				},
				Controls: []string{
					"`app.appId`, `app.jsapiTicket` and `app.domains`: what it accepts",
					"`acceptAnySignature`: skips the signature comparison",
					"`strict`: `false` lets the other APIs go without it",
					"`mode`: web apps only",
				},
			}
		}),
		Handle: h5Config,
	})
}

// h5Fail is the object onFail and h5sdk.error receive.
func h5Fail(code int, message string) Result {
	return Result{Outcome: OutcomeFail, Fields: Fields{
		"errorCode":    code,
		"errorMessage": message,
		"errno":        ErrnoH5Auth,
		"errString":    fmt.Sprintf("Authentication failed. %s (error code: %d)", message, code),
	}}
}

func h5Config(c *Call) Result {
	s := c.Shim
	cfg := c.Config()
	var texts [3]string
	for i, name := range []string{"appId", "nonceStr", "signature"} {
		v, err := c.Args.String(name, true)
		if err != nil {
			return h5Fail(codeWrongType, "wrong parameter type: "+err.Error())
		}
		texts[i] = v
	}
	appID, nonce, signature := texts[0], texts[1], texts[2]
	timestamp, err := configTimestamp(c.Args)
	if err != nil {
		return h5Fail(codeWrongType, "wrong parameter type: "+err.Error())
	}
	list, perr := c.Args.Strings("jsApiList", true)
	if perr != nil {
		return h5Fail(codeWrongType, "wrong parameter type: "+perr.Error())
	}
	if !strings.HasPrefix(appID, "cli_") {
		return h5Fail(codeInvalidAppID, fmt.Sprintf("invalid appId %s: app IDs start with cli_", quoted(appID)))
	}
	if appID != cfg.App.AppID {
		return h5Fail(codeNoSuchApp, fmt.Sprintf("app %s does not exist (this client knows %s)", quoted(appID), cfg.App.AppID))
	}
	page := s.PageURL()
	if host := pageHost(page); len(cfg.App.Domains) > 0 && !slices.Contains(cfg.App.Domains, host) {
		return h5Fail(codeUntrustedDomain, fmt.Sprintf("page %q is not in a trusted domain of the app", host))
	}
	for _, name := range list {
		if _, ok := Lookup("tt." + name); !ok && !slices.Contains(feishuJSAPIs, name) {
			return h5Fail(codeNoSuchJSAPI, fmt.Sprintf("JSAPI %s does not exist", quoted(name)))
		}
	}
	ms, _ := strconv.ParseInt(timestamp, 10, 64)
	if age := s.Now().Sub(time.UnixMilli(ms)); age > SignatureLifetime || age < -SignatureLifetime {
		return h5Fail(codeSignatureExpired, fmt.Sprintf("signature expired: timestamp %s is more than 10 minutes from now", timestamp))
	}
	if !cfg.AcceptAnySignature {
		if want := Signature(cfg.App.JsapiTicket, nonce, timestamp, page); signature != want {
			return h5Fail(codeInvalidSignature, fmt.Sprintf("invalid signature: %s is not sha1(%s)",
				quoted(signature), quoted(signedString("<jsapiTicket>", nonce, timestamp, page))))
		}
	}
	used := nonce + "|" + timestamp + "|" + signature
	if s.auth.usedSignatures[used] {
		return h5Fail(codeSignatureReused, "signature reused: this nonceStr, timestamp and signature were already used")
	}
	s.auth.usedSignatures[used] = true
	s.auth.configured = true
	s.auth.jsAPIList = list
	return Result{Outcome: OutcomeOK, Fields: Fields{"session_key": s.Session().SessionKey}}
}

// configTimestamp reads timestamp, in milliseconds, as a number or a
// string of digits, and gives it as it enters the signed string.
func configTimestamp(args Args) (string, error) {
	switch v := args.Raw("timestamp").(type) {
	case float64:
		if v < 0 || v != math.Trunc(v) || math.IsInf(v, 0) {
			return "", fmt.Errorf("timestamp must be whole milliseconds, got %v", v)
		}
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case string:
		if _, err := strconv.ParseUint(v, 10, 63); err != nil {
			return "", fmt.Errorf("timestamp must be milliseconds, got %s", quoted(v))
		}
		return v, nil
	case nil:
		return "", fmt.Errorf("timestamp cannot be empty")
	}
	return "", fmt.Errorf("timestamp is of wrong type (%s)", args.TypeOf("timestamp"))
}

func pageHost(page string) string {
	u, err := url.Parse(page)
	if err != nil {
		return ""
	}
	return u.Hostname()
}
