package shim

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestSignatureVector(t *testing.T) {
	const (
		ticket = "617bf955832a4d4d80d9d8d85917a427"
		nonce  = "Y7a8KkqX041bsSwT"
		stamp  = "1510045655000"
		want   = "40a68999ecf7e05907edba43b31a50fd1830c777"
	)
	for _, page := range []string{
		"https://example.cn/test/1234/content.html",
		"https://example.cn/test/1234/content.html#section-2",
		"https://example.cn/test/1234/content.html#",
		"https://example.cn/test/1234/content.html#a#b",
	} {
		if got := Signature(ticket, nonce, stamp, page); got != want {
			t.Errorf("Signature(…, %q) = %s, want %s", page, got, want)
		}
	}
	for _, other := range []string{
		"https://example.cn/test/1234/content.html?x=1",
		"https://example.cn/test/1234/content.htm",
		"https://example.cn/test/1234/content.html/",
		"https%3A%2F%2Fexample.cn%2Ftest%2F1234%2Fcontent.html",
	} {
		if got := Signature(ticket, nonce, stamp, other); got == want {
			t.Errorf("Signature(…, %q) equals the vector's", other)
		}
	}
	if Signature(ticket, nonce, "1510045655001", "https://example.cn/test/1234/content.html") == want {
		t.Errorf("the timestamp does not enter the signature")
	}
}

func wantH5Fail(t *testing.T, res Result, code int, message string) {
	t.Helper()
	want := Fields{
		"errorCode":    code,
		"errorMessage": message,
		"errno":        ErrnoH5Auth,
		"errString":    fmt.Sprintf("Authentication failed. %s (error code: %d)", message, code),
	}
	if res.Outcome != OutcomeFail || !reflect.DeepEqual(res.Fields, want) {
		t.Fatalf("want onFail %v,\n got %s %v", want, res.Outcome, res.Fields)
	}
}

func TestH5ConfigSuccess(t *testing.T) {
	tests := []struct {
		name    string
		patches []string
		page    string
		edit    func(h *harness, o map[string]any)
	}{
		{"timestamp as a number", nil, testPage, nil},
		{"timestamp as a digit string", nil, testPage, func(h *harness, o map[string]any) {
			o["timestamp"] = strconv.FormatInt(o["timestamp"].(int64), 10)
		}},
		{"page with a fragment", nil, testPage + "#/profile?id=1", nil},
		{"trusted domain", []string{`{"app":{"domains":["other.example","example.cn"]}}`}, testPage, nil},
		{"timestamp 9m59s old", nil, testPage, func(h *harness, o map[string]any) { h.clock.Advance(9*time.Minute + 59*time.Second) }},
		{"timestamp 10 minutes ahead", nil, testPage, func(h *harness, o map[string]any) { h.clock.Advance(-10 * time.Minute) }},
		{"acceptAnySignature", []string{`{"acceptAnySignature":true}`}, testPage, func(h *harness, o map[string]any) {
			o["signature"] = "anything"
		}},
		{"jsApiList of real JSAPIs", nil, testPage, func(h *harness, o map[string]any) {
			o["jsApiList"] = []string{"enterProfile", "getSystemInfo", "requestAccess"}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.patches...)
			h.PageURL = func() string { return tt.page }
			option := h.h5Option()
			if tt.edit != nil {
				tt.edit(h, option)
			}
			res := h.call(t, "h5sdk.config", option)
			if res.Outcome != OutcomeOK || len(res.Fields) != 1 || res.Fields["session_key"] != h.Session().SessionKey ||
				h.Session().SessionKey == "" {
				t.Fatalf("h5sdk.config answered %s %v", res.Outcome, res.Fields)
			}
			wantOK(t, h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser}), "enterProfile")
		})
	}
}

func TestH5ConfigErrorCodes(t *testing.T) {
	tests := []struct {
		name    string
		patches []string
		edit    func(h *harness, o map[string]any)
		code    int
		message string
	}{
		{"appId missing", nil, func(h *harness, o map[string]any) { delete(o, "appId") },
			1012, "wrong parameter type: appId cannot be empty"},
		{"appId a number", nil, func(h *harness, o map[string]any) { o["appId"] = 5 },
			1012, "wrong parameter type: appId is of wrong type"},
		{"nonceStr empty", nil, func(h *harness, o map[string]any) { o["nonceStr"] = "" },
			1012, "wrong parameter type: nonceStr cannot be empty"},
		{"signature missing", nil, func(h *harness, o map[string]any) { delete(o, "signature") },
			1012, "wrong parameter type: signature cannot be empty"},
		{"timestamp missing", nil, func(h *harness, o map[string]any) { delete(o, "timestamp") },
			1012, "wrong parameter type: timestamp cannot be empty"},
		{"timestamp not digits", nil, func(h *harness, o map[string]any) { o["timestamp"] = "soon" },
			1012, `wrong parameter type: timestamp must be milliseconds, got "soon"`},
		{"timestamp fractional", nil, func(h *harness, o map[string]any) { o["timestamp"] = 1.5 },
			1012, "wrong parameter type: timestamp must be whole milliseconds, got 1.5"},
		{"timestamp negative", nil, func(h *harness, o map[string]any) { o["timestamp"] = -1 },
			1012, "wrong parameter type: timestamp must be whole milliseconds, got -1"},
		{"timestamp a boolean", nil, func(h *harness, o map[string]any) { o["timestamp"] = true },
			1012, "wrong parameter type: timestamp is of wrong type (Boolean)"},
		{"timestamp NaN", nil, func(h *harness, o map[string]any) { o["timestamp"] = map[string]any{"@@js": "Number", "v": "NaN"} },
			1012, "wrong parameter type: timestamp is of wrong type (Number)"},
		{"jsApiList missing", nil, func(h *harness, o map[string]any) { delete(o, "jsApiList") },
			1012, "wrong parameter type: jsApiList cannot be empty"},
		{"jsApiList a string", nil, func(h *harness, o map[string]any) { o["jsApiList"] = "enterProfile" },
			1012, "wrong parameter type: jsApiList is of wrong type"},
		{"jsApiList with a number", nil, func(h *harness, o map[string]any) { o["jsApiList"] = []any{"enterProfile", 1} },
			1012, "wrong parameter type: jsApiList must hold only strings"},
		{"appId without cli_", nil, func(h *harness, o map[string]any) { o["appId"] = "app_a1b2" },
			333430, `invalid appId "app_a1b2": app IDs start with cli_`},
		{"another app", nil, func(h *harness, o map[string]any) { o["appId"] = "cli_other" },
			333440, `app "cli_other" does not exist (this client knows cli_a1b2c3d4e5f60718)`},
		{"untrusted domain", []string{`{"app":{"domains":["trusted.example"]}}`}, nil,
			333448, `page "example.cn" is not in a trusted domain of the app`},
		{"unknown JSAPI", nil, func(h *harness, o map[string]any) { o["jsApiList"] = []string{"enterProfile", "teleport"} },
			333446, `JSAPI "teleport" does not exist`},
		{"h5sdk name in jsApiList", nil, func(h *harness, o map[string]any) { o["jsApiList"] = []string{"config"} },
			333446, `JSAPI "config" does not exist`},
		{"timestamp over 10 minutes old", nil, func(h *harness, o map[string]any) { h.clock.Advance(10*time.Minute + time.Millisecond) },
			333444, "signature expired: timestamp " + strconv.FormatInt(testEpoch.UnixMilli(), 10) + " is more than 10 minutes from now"},
		{"timestamp over 10 minutes ahead", nil, func(h *harness, o map[string]any) { h.clock.Advance(-11 * time.Minute) },
			333444, "signature expired: timestamp " + strconv.FormatInt(testEpoch.UnixMilli(), 10) + " is more than 10 minutes from now"},
		{"wrong signature", nil, func(h *harness, o map[string]any) { o["signature"] = "0000" },
			333441, fmt.Sprintf(`invalid signature: "0000" is not sha1("jsapi_ticket=<jsapiTicket>&noncestr=nonce1&timestamp=%d&url=%s")`,
				testEpoch.UnixMilli(), testPage)},
		{"signature of another page", nil, func(h *harness, o map[string]any) {
			o["signature"] = Signature(h.Config().App.JsapiTicket, "nonce1", strconv.FormatInt(testEpoch.UnixMilli(), 10), "https://example.cn/")
		}, 333441, ""},
		{"signature with another ticket", []string{`{"app":{"jsapiTicket":"rotated"}}`}, nil, 333441, ""},
		{"signature with the nonce changed", nil, func(h *harness, o map[string]any) { o["nonceStr"] = "other" }, 333441, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.patches...)
			option := h.h5Option()
			if strings.Contains(tt.name, "another ticket") {
				// signed with the default ticket, checked against the configured one
				option["signature"] = Signature(DefaultConfig().App.JsapiTicket, "nonce1",
					strconv.FormatInt(testEpoch.UnixMilli(), 10), testPage)
			}
			if tt.edit != nil {
				tt.edit(h, option)
			}
			res := h.call(t, "h5sdk.config", option)
			if tt.message == "" {
				if res.Fields["errorCode"] != tt.code || res.Fields["errno"] != ErrnoH5Auth ||
					!strings.HasPrefix(res.Fields["errorMessage"].(string), "invalid signature: ") {
					t.Fatalf("want errorCode %d, got %v", tt.code, res.Fields)
				}
			} else {
				wantH5Fail(t, res, tt.code, tt.message)
			}
			// A failed config authenticates nothing.
			wantFail(t, h.call(t, "tt.enterProfile", map[string]any{"openid": h.Config().CurrentUser}), "enterProfile",
				ErrnoAuthFail, "Authentication failed. Call h5sdk.config before tt.enterProfile")
		})
	}
}

func TestH5ConfigSignatureReuse(t *testing.T) {
	h := newHarness(t)
	option := h.h5Option()
	if res := h.call(t, "h5sdk.config", option); res.Outcome != OutcomeOK {
		t.Fatalf("first config: %v", res.Fields)
	}
	wantH5Fail(t, h.call(t, "h5sdk.config", option), 333443,
		"signature reused: this nonceStr, timestamp and signature were already used")
	// A fresh nonce signs again.
	if res := h.call(t, "h5sdk.config", h.h5Option()); res.Outcome != OutcomeOK {
		t.Errorf("config with a fresh nonce: %v", res.Fields)
	}
	// With acceptAnySignature the same nonce and timestamp under another
	// signature is another signature.
	lax := newHarness(t, `{"acceptAnySignature":true}`)
	o := lax.h5Option()
	lax.call(t, "h5sdk.config", o)
	o["signature"] = "x"
	if res := lax.call(t, "h5sdk.config", o); res.Outcome != OutcomeOK {
		t.Errorf("acceptAnySignature, new signature: %v", res.Fields)
	}
	wantH5Fail(t, lax.call(t, "h5sdk.config", o), 333443, "signature reused: this nonceStr, timestamp and signature were already used")
}

// When several things are wrong, the first check in the server's order wins.
func TestH5ConfigCheckOrder(t *testing.T) {
	h := newHarness(t, `{"app":{"domains":["trusted.example"]}}`)
	h.clock.Advance(time.Hour)
	o := h.h5Option()
	o["signature"] = "bad"
	o["jsApiList"] = []string{"teleport"}
	o["appId"] = "cli_other"
	wantH5Fail(t, h.call(t, "h5sdk.config", o), 333440, `app "cli_other" does not exist (this client knows cli_a1b2c3d4e5f60718)`)
	o["appId"] = h.Config().App.AppID
	wantH5Fail(t, h.call(t, "h5sdk.config", o), 333448, `page "example.cn" is not in a trusted domain of the app`)
}

func TestH5ConfigOutsideWebApps(t *testing.T) {
	tests := []struct {
		patches []string
		err     string
	}{
		{[]string{gadget}, "feature not support: h5sdk.config is not available to gadgets on pc 7.45.0"},
		{[]string{gadget, notStrict}, "feature not support: h5sdk.config is not available to gadgets on pc 7.45.0"},
	}
	// onFail gets h5sdk's own shape even here.
	for _, tt := range tests {
		h := newHarness(t, tt.patches...)
		wantH5Fail(t, h.call(t, "h5sdk.config", h.h5Option()), codeNoSuchJSAPI, tt.err)
	}
}

func TestH5ConfigAcceptsFeishuJSAPIsNotYetSimulated(t *testing.T) {
	h := newHarness(t)
	if res := h.call(t, "h5sdk.config", h.h5Option("getSystemInfo", "chooseContact", "requestAuthCode")); res.Outcome != OutcomeOK {
		t.Fatalf("a real app's jsApiList was refused: %v", res.Fields)
	}
	wantH5Fail(t, h.call(t, "h5sdk.config", h.h5Option("teleport")), codeNoSuchJSAPI, `JSAPI "teleport" does not exist`)
}

func TestH5ConfigNonObjectOptionFailsInItsShape(t *testing.T) {
	h := newHarness(t)
	wantH5Fail(t, h.Invoke("h5sdk.config", []byte(`{"a":"cli_x"}`)), codeWrongType,
		"Parameter error. parameter should be Object instead of String")
}

// An option the page could not serialise (a cycle, a throwing getter) is
// a bad option like any other: onFail and h5sdk.error get h5sdk's shape.
func TestH5ConfigUnreadableOptionFailsInItsShape(t *testing.T) {
	h := newHarness(t)
	wantH5Fail(t, h.Invoke("h5sdk.config", []byte(`{"e":"TypeError: cyclic","k":"appId"}`)), codeWrongType,
		"Parameter error. appId cannot be read: TypeError: cyclic")
	gadgetPage := newHarness(t, gadget)
	wantH5Fail(t, gadgetPage.Invoke("h5sdk.config", []byte(`{"e":"TypeError: cyclic"}`)), codeNoSuchJSAPI,
		"feature not support: h5sdk.config is not available to gadgets on pc 7.45.0")
}
