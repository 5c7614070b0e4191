// Tests of where chooseContact is available: which modes, platforms and
// versions support it, tt.canIUse, the login and h5sdk.config
// prerequisites, and Taro.chooseContact, tt's twin with Taro's wording.

package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestChooseContactSupport(t *testing.T) {
	tests := []struct {
		mode, platform, version string
		supported               bool
	}{
		{ModeWebApp, PlatformPC, "5.6.9", false},
		{ModeWebApp, PlatformAndroid, "5.6.0", false},
		{ModeWebApp, PlatformIOS, "4.0.0", false},
		{ModeWebApp, PlatformPC, "5.7.0", true},
		{ModeWebApp, PlatformAndroid, "5.10.0", true}, // numerically newer than 5.7.0
		{ModeWebApp, PlatformIOS, "7.45.0", true},
		{ModeWebApp, PlatformHarmony, "7.34.0", false},
		{ModeWebApp, PlatformHarmony, "7.35.0", true},
		{ModeGadget, PlatformPC, "1.0.0", true},
		{ModeGadget, PlatformIOS, "3.0.0", true},
		{ModeGadget, PlatformHarmony, "7.34.0", false},
		{ModeGadget, PlatformHarmony, "7.35.0", true},
	}
	for _, tt := range tests {
		for _, api := range []string{"tt.chooseContact", "Taro.chooseContact"} {
			t.Run(api+" "+tt.mode+" "+tt.platform+" "+tt.version, func(t *testing.T) {
				h := newHarness(t, notStrict, `{"mode":"`+tt.mode+`"}`, clientPatch(tt.platform, tt.version))
				res := h.call(t, api, map[string]any{})
				if tt.supported {
					if res.Outcome != OutcomePending || len(h.ui.dialogs) != 1 {
						t.Errorf("answered %s %v", res.Outcome, res.Fields)
					}
					return
				}
				wantFail(t, res, "chooseContact", ErrnoNotSupported, "feature not support: "+api+" is not available to "+
					modeNoun(tt.mode)+" on "+tt.platform+" "+tt.version)
				if len(h.ui.dialogs) != 0 {
					t.Errorf("an unsupported client showed a picker")
				}
			})
		}
	}
}

func TestChooseContactCanIUse(t *testing.T) {
	for _, tt := range []struct {
		version string
		want    bool
	}{{"5.6.9", false}, {"5.7.0", true}} {
		h := newHarness(t, clientPatch("pc", tt.version))
		for _, schema := range []string{"chooseContact", "chooseContact.object.enableChooseDepartment", "chooseContact.object.disableChosenIds"} {
			res := h.call(t, "tt.canIUse", schema)
			if res.Fields["value"] != tt.want {
				t.Errorf("canIUse(%q) on web app %s: %v, want %v", schema, tt.version, res.Fields, tt.want)
			}
		}
	}
}

func TestChooseContactPrerequisites(t *testing.T) {
	tests := []struct {
		name    string
		patches []string
		before  func(t *testing.T, h *harness)
		want    string // errString; "" for a picker
	}{
		{"web app without h5sdk.config", nil, nil, "Authentication failed. Call h5sdk.config before %s"},
		{"web app after h5sdk.config", nil, func(t *testing.T, h *harness) { h.authenticate(t) }, ""},
		{"web app with chooseContact in jsApiList", nil, func(t *testing.T, h *harness) { h.authenticate(t, "chooseContact") }, ""},
		{"web app: requestAccess is no substitute", nil, func(t *testing.T, h *harness) { h.requestAccess(t) },
			"Authentication failed. Call h5sdk.config before %s"},
		{"gadget without login", []string{gadget}, nil, "Authentication failed. Call tt.requestAccess before %s"},
		{"gadget after requestAccess", []string{gadget}, func(t *testing.T, h *harness) { h.requestAccess(t) }, ""},
		{"gadget 6.8.0 without login", []string{gadget, clientPatch("ios", "6.8.0")}, nil,
			"Authentication failed. Call tt.login before %s"},
		{"gadget 6.8.0 after tt.login", []string{gadget, clientPatch("ios", "6.8.0")},
			func(t *testing.T, h *harness) { wantOK(t, h.call(t, "tt.login", map[string]any{}), "login") }, ""},
		{"strict:false gadget", []string{gadget, notStrict}, nil, ""},
		{"strict:false web app", []string{notStrict}, nil, ""},
	}
	for _, tt := range tests {
		for _, api := range []string{"tt.chooseContact", "Taro.chooseContact"} {
			t.Run(api+" "+tt.name, func(t *testing.T) {
				h := newHarness(t, tt.patches...)
				if tt.before != nil {
					tt.before(t, h)
				}
				res := h.call(t, api, map[string]any{})
				if tt.want == "" {
					if res.Outcome != OutcomePending || len(h.ui.dialogs) != 1 {
						t.Errorf("answered %s %v", res.Outcome, res.Fields)
					}
					return
				}
				wantFail(t, res, "chooseContact", ErrnoAuthFail, strings.ReplaceAll(tt.want, "%s", api))
				if len(h.ui.dialogs) != 0 {
					t.Errorf("a blocked call showed a picker")
				}
			})
		}
	}
	// A jsApiList without chooseContact blocks it.
	h := newHarness(t)
	h.authenticate(t, "getSystemInfo")
	wantFail(t, h.call(t, "tt.chooseContact", map[string]any{}), "chooseContact", ErrnoH5Auth,
		"Authentication failed. chooseContact is not in h5sdk.config's jsApiList (error code: 333445)")
}

func TestTaroChooseContact(t *testing.T) {
	api, ok := Lookup("Taro.chooseContact")
	if !ok {
		t.Fatal("Taro.chooseContact is not registered")
	}
	ttAPI, _ := Lookup("tt.chooseContact")
	if api.Kind != KindTaro || ttAPI.Kind != KindAsync || !reflect.DeepEqual(api.Params, ttAPI.Params) || !api.NeedsLogin {
		t.Errorf("Taro.chooseContact %+v", api)
	}
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`)
	deliveries := ccRecord(h)
	id, d := ccAsk(t, h, map[string]any{"ignore": true, "maxNum": 1}, "Taro.chooseContact")
	if d.API != "Taro.chooseContact" || d.Picker.MaxNum != 1 || containsPerson(d.Picker.People, ccID(ccZhang)) {
		t.Errorf("Taro's picker %+v %+v", d, d.Picker)
	}
	if err := h.Answer(id, Answer{Select: ccIDs(ccLi)}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{ccPersonJSON(ccUser(ccLi), "Li Na")}, `[]`))
	if calls := h.Calls("Taro.chooseContact"); len(calls) != 1 || calls[0].Outcome != OutcomeOK {
		t.Errorf("call log %+v", calls)
	}

	id, _ = ccAsk(t, h, map[string]any{}, "Taro.chooseContact")
	if err := h.Answer(id, Answer{Choice: PickerCancel}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if res := (*deliveries)[1].res; res.Outcome != OutcomeCancel || res.Fields["errMsg"] != "chooseContact:cancel" ||
		res.Fields["errno"] != ErrnoPickerCancel {
		t.Errorf("Taro cancel %s %v", res.Outcome, res.Fields)
	}
	wantFail(t, h.Invoke("Taro.chooseContact", []byte(`{"a":5}`)), "chooseContact", ErrnoInvalidParam,
		"parameter error: parameter should be Object instead of Number")
}
