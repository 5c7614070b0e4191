package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestAuthorizeAsksOnceAndRemembersForTheSession(t *testing.T) {
	h := newHarness(t, notStrict)
	d := h.askDialog(t, "tt.authorize", map[string]any{"scope": "scope.record"}, DialogPermission)
	if d.Permission == nil || d.Permission.Scope != "scope.record" || d.Permission.AppName != "ttshim Demo" {
		t.Fatalf("prompt %+v", d.Permission)
	}
	wantOK(t, h.answerDialog(t, d, choiceAnswer("allow")), "authorize")
	// Decided: the next call answers at once, and getSetting reports it.
	wantOK(t, h.call(t, "tt.authorize", map[string]any{"scope": "scope.record"}), "authorize")
	res := h.call(t, "tt.getSetting", nil)
	wantOK(t, res, "getSetting")
	if want := map[string]any{"scope.record": true}; !reflect.DeepEqual(res.Fields["authSetting"], want) {
		t.Errorf("authSetting %v, want %v", res.Fields["authSetting"], want)
	}
	if h.Config().Permissions["scope.record"] != PermissionAllow {
		t.Errorf("config() permissions %v", h.Config().Permissions)
	}
	h.Reset()
	res = h.call(t, "tt.getSetting", nil)
	if got := res.Fields["authSetting"]; !reflect.DeepEqual(got, map[string]any{}) {
		t.Errorf("after reset authSetting %v, want {}", got)
	}
}

func TestAuthorizeDenied(t *testing.T) {
	h := newHarness(t, notStrict)
	d := h.askDialog(t, "tt.authorize", map[string]any{"scope": "scope.camera"}, DialogPermission)
	wantFail(t, h.answerDialog(t, d, choiceAnswer("deny")), "authorize", ErrnoUserPermission, "auth deny")
	wantFail(t, h.call(t, "tt.authorize", map[string]any{"scope": "scope.camera"}), "authorize", ErrnoUserPermission, "auth deny")
	if got := h.call(t, "tt.getSetting", nil).Fields["authSetting"]; !reflect.DeepEqual(got, map[string]any{"scope.camera": false}) {
		t.Errorf("authSetting %v", got)
	}
	// Reset closes a waiting prompt as denied.
	d = h.askDialog(t, "tt.authorize", map[string]any{"scope": "scope.clipboard"}, DialogPermission)
	got := h.recordDeliveries()
	h.Reset()
	if len(*got) != 1 || (*got)[0].id != d.ID {
		t.Fatalf("deliveries %+v", *got)
	}
	wantFail(t, (*got)[0].res, "authorize", ErrnoUserPermission, "auth deny")
}

func TestAuthorizeFromTheConfiguration(t *testing.T) {
	h := newHarness(t, notStrict, `{"permissions":{"scope.userInfo":"allow","scope.bluetooth":"deny"}}`)
	wantOK(t, h.call(t, "tt.authorize", map[string]any{"scope": "scope.userInfo"}), "authorize")
	wantFail(t, h.call(t, "tt.authorize", map[string]any{"scope": "scope.bluetooth"}), "authorize", ErrnoUserPermission, "auth deny")
	if len(h.ui.dialogs) != 0 {
		t.Errorf("decided scopes drew %+v", h.ui.dialogs)
	}
	// answers.authorize answers the prompt in advance, and is logged so.
	if err := h.Configure([]byte(`{"answers":{"authorize":"allow"}}`)); err != nil {
		t.Fatal(err)
	}
	wantOK(t, h.call(t, "tt.authorize", map[string]any{"scope": "scope.runData"}), "authorize")
	if calls := h.Calls("authorize"); calls[len(calls)-1].Dialog.AnsweredBy != AnsweredByConfig {
		t.Errorf("logged %+v", calls[len(calls)-1].Dialog)
	}
	// configure overrides a decision.
	if err := h.Configure([]byte(`{"permissions":{"scope.runData":"deny"}}`)); err != nil {
		t.Fatal(err)
	}
	wantFail(t, h.call(t, "tt.authorize", map[string]any{"scope": "scope.runData"}), "authorize", ErrnoUserPermission, "auth deny")
}

func TestAuthorizeParameters(t *testing.T) {
	h := newHarness(t, notStrict)
	wantFail(t, h.call(t, "tt.authorize", nil), "authorize", ErrnoInvalidParam, "Parameter error. scope cannot be empty")
	wantFail(t, h.call(t, "tt.authorize", map[string]any{"scope": 3}), "authorize", ErrnoInvalidParam, "Parameter error. scope is of wrong type")
	wantFail(t, h.call(t, "tt.authorize", map[string]any{"scope": "scope.nope"}), "authorize", ErrnoInvalidParam,
		`Parameter error. scope "scope.nope" is not one of "scope.userInfo", "scope.userLocation", "scope.camera", "scope.record", `+
			`"scope.writePhotosAlbum", "scope.clipboard", "scope.appBadge", "scope.bluetooth", "scope.runData"`)
	d := h.askDialog(t, "tt.authorize", map[string]any{"scope": "scope.record"}, DialogPermission)
	if err := h.Answer(d.ID, choiceAnswer("confirm"), AnsweredByTest); err == nil {
		t.Errorf("the prompt took confirm")
	}
}

func TestPermissionsConfigurationErrors(t *testing.T) {
	for patch, want := range map[string]string{
		`{"permissions":{"scope.nope":"allow"}}`: `unknown key "permissions.scope.nope"`,
		`{"permissions":{"scope.record":"yes"}}`: `"permissions.scope.record" should be one of "ask", "allow", "deny", got "yes"`,
		`{"permissions":[]}`:                     `"permissions" should be an object, got array`,
		`{"answers":{"getSetting":"allow"}}`:     `"answers.getSetting": "getSetting" is not an API that asks the person`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", patch, err, want)
		}
	}
}

func TestOpenSettingFlipsTheDecidedScopes(t *testing.T) {
	h := newHarness(t, notStrict, clientPatch("ios", "7.45.0"),
		`{"permissions":{"scope.userLocation":"allow","scope.record":"deny"}}`)
	d := h.askDialog(t, "tt.openSetting", nil, DialogSettings)
	want := []ScopeSetting{{"scope.userLocation", true}, {"scope.record", false}}
	if d.Settings == nil || !reflect.DeepEqual(d.Settings.Scopes, want) {
		t.Fatalf("settings %+v, want %+v", d.Settings, want)
	}
	res := h.answerDialog(t, d, fieldsAnswer(map[string]any{"scope.userLocation": false, "scope.record": true}))
	wantOK(t, res, "openSetting")
	if want := map[string]any{"scope.userLocation": false, "scope.record": true}; !reflect.DeepEqual(res.Fields["authSetting"], want) {
		t.Errorf("authSetting %v", res.Fields["authSetting"])
	}
	wantFail(t, h.call(t, "tt.getLocation", nil), "getLocation", ErrnoUserPermission, "auth deny")
	// Leaving without flipping keeps everything; a scope not shown or a
	// non-boolean is refused and leaves the page open.
	d = h.askDialog(t, "tt.openSetting", nil, DialogSettings)
	for _, bad := range []Answer{fieldsAnswer(map[string]any{"scope.camera": true}), fieldsAnswer(map[string]any{"scope.record": "yes"}), choiceAnswer("cancel")} {
		if err := h.Answer(d.ID, bad, AnsweredByTest); err == nil {
			t.Errorf("the settings page took %s", answerText(bad))
		}
	}
	res = h.answerDialog(t, d, choiceAnswer("confirm"))
	if want := map[string]any{"scope.userLocation": false, "scope.record": true}; !reflect.DeepEqual(res.Fields["authSetting"], want) {
		t.Errorf("authSetting %v", res.Fields["authSetting"])
	}
}

func TestOpenSettingOnPCHasNoAuthSetting(t *testing.T) {
	h := newHarness(t, notStrict, `{"answers":{"openSetting":"confirm"}}`)
	res := h.call(t, "tt.openSetting", nil)
	wantOK(t, res, "openSetting")
	if _, has := res.Fields["authSetting"]; has {
		t.Errorf("PC answered %v", res.Fields)
	}
}

func TestPermissionsNeedConfigInWebApps(t *testing.T) {
	h := newHarness(t)
	for _, api := range []string{"authorize", "getSetting", "openSetting"} {
		res := h.call(t, "tt."+api, map[string]any{"scope": "scope.record"})
		if res.Fields["errno"] != ErrnoAuthFail {
			t.Errorf("%s before h5sdk.config: %v", api, res.Fields)
		}
	}
}
