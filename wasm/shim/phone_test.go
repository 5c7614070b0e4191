package shim

import (
	"strings"
	"testing"
)

func TestMakePhoneCallTakesADialableNumberAndLogsIt(t *testing.T) {
	h := newHarness(t, android...)
	for _, number := range []string{"18888888888", "+86 188-8888-8888", "(010) 6552.9988", "10086,,2#", "*21#"} {
		wantOK(t, h.call(t, "tt.makePhoneCall", map[string]any{"phoneNumber": number}), "makePhoneCall")
	}
	wantOK(t, h.call(t, "Taro.makePhoneCall", map[string]any{"phoneNumber": "110"}), "makePhoneCall")
	calls := h.Calls("makePhoneCall")
	if len(calls) != 6 || calls[0].Args.(map[string]any)["phoneNumber"] != "18888888888" {
		t.Errorf("the log has %d calls: %+v", len(calls), calls)
	}
	for _, c := range []struct {
		option any
		want   string
	}{
		{nil, "Parameter error. phoneNumber cannot be empty"},
		{map[string]any{"phoneNumber": ""}, "Parameter error. phoneNumber cannot be empty"},
		{map[string]any{"phoneNumber": 18888888888}, "Parameter error. phoneNumber is of wrong type"},
		{map[string]any{"phoneNumber": "call me"}, `Parameter error. phoneNumber "call me" is not a phone number: it takes digits, + - ( ) . space * # , ;`},
		{map[string]any{"phoneNumber": "+-()"}, `Parameter error. phoneNumber "+-()" is not a phone number: it takes digits, + - ( ) . space * # , ;`},
		{map[string]any{"phoneNumber": "tel:110"}, `Parameter error. phoneNumber "tel:110" is not a phone number: it takes digits, + - ( ) . space * # , ;`},
	} {
		wantFail(t, h.call(t, "tt.makePhoneCall", c.option), "makePhoneCall", ErrnoInvalidParam, c.want)
	}
	long := strings.Repeat("1", 400) + "x"
	res := h.call(t, "tt.makePhoneCall", map[string]any{"phoneNumber": long})
	if got := res.Fields["errString"].(string); !strings.Contains(got, "… (401 bytes)") {
		t.Errorf("a long number is echoed whole: %.80s…", got)
	}
}

func TestVibrationsSucceedOnPhonesAndAreLogged(t *testing.T) {
	h := newHarness(t, android...)
	for _, api := range []string{"vibrateShort", "vibrateLong"} {
		wantOK(t, h.call(t, "tt."+api, nil), api)
		wantOK(t, h.call(t, "Taro."+api, map[string]any{"type": "heavy"}), api) // Feishu documents no options
		if n := len(h.Calls(api)); n != 2 {
			t.Errorf("%s: %d logged calls, want 2", api, n)
		}
	}
	pc := newHarness(t, notStrict)
	for _, api := range []string{"vibrateShort", "vibrateLong", "makePhoneCall"} {
		wantFail(t, pc.call(t, "tt."+api, map[string]any{"phoneNumber": "110"}), api, ErrnoNotSupported,
			"feature not support: tt."+api+" is not available to web apps on pc "+DefaultVersion)
	}
}
