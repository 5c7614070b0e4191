package shim

import (
	"reflect"
	"testing"
)

// credentialFields is a startDeviceCredential failure as the page gets it.
func credentialFields(verb string, errno int, errString string, code int) Fields {
	msg := "startDeviceCredential:" + verb
	if verb == "fail" {
		msg += " " + errString
	}
	return Fields{"errMsg": msg, "errno": errno, "errString": errString, "errCode": code}
}

func wantFields(t *testing.T, res Result, outcome Outcome, want Fields) {
	t.Helper()
	if res.Outcome != outcome || !reflect.DeepEqual(res.Fields, want) {
		t.Fatalf("want %s %v,\n got %s %v", outcome, want, res.Outcome, res.Fields)
	}
}

func TestStartDeviceCredentialAsksTheSystemPrompt(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	d := h.askDialog(t, "tt.startDeviceCredential", map[string]any{"authContent": "<b>解锁</b>"}, DialogCredential)
	if !reflect.DeepEqual(d.Credential, &CredentialPrompt{AuthContent: "<b>解锁</b>"}) || !d.Mobile || d.Dismiss.Choice != CredentialCancel {
		t.Fatalf("prompt %+v", d)
	}
	// An answer the prompt does not take leaves it open.
	for _, bad := range []Answer{choiceAnswer("allow"), fieldsAnswer(map[string]any{}), {Select: []string{"confirm"}}} {
		if err := h.Answer(d.ID, bad, AnsweredByTest); err == nil {
			t.Errorf("the prompt took %s", answerText(bad))
		}
	}
	wantOK(t, h.answerDialog(t, d, choiceAnswer(CredentialPass)), "startDeviceCredential")
	calls := h.Calls("startDeviceCredential")
	if last := calls[len(calls)-1]; last.Dialog == nil || last.Dialog.Kind != DialogCredential || last.Dialog.AnsweredBy != AnsweredByTest {
		t.Errorf("logged dialog %+v", last.Dialog)
	}
}

func TestStartDeviceCredentialFailsAndCancels(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	d := h.askDialog(t, "tt.startDeviceCredential", map[string]any{"authContent": "x"}, DialogCredential)
	wantFields(t, h.answerDialog(t, d, choiceAnswer(CredentialFail)), OutcomeFail, credentialFields("fail", ErrnoInternal,
		"unlock failed: the fingerprint, face or passcode was not recognized (error code: 40002)", 40002))
	d = h.askDialog(t, "tt.startDeviceCredential", map[string]any{"authContent": "x"}, DialogCredential)
	cancelled := credentialFields("cancel", ErrnoInternal, "unlock failed: cancelled by the user (error code: 40002)", 40002)
	wantFields(t, h.answerDialog(t, d, choiceAnswer(CredentialCancel)), OutcomeCancel, cancelled)
	// Answered in advance, the prompt is recorded and never shown.
	shown := len(h.ui.dialogs)
	for answer, outcome := range map[string]Outcome{"confirm": OutcomeOK, "fail": OutcomeFail, "cancel": OutcomeCancel} {
		if err := h.Configure([]byte(`{"answers":{"startDeviceCredential":"` + answer + `"}}`)); err != nil {
			t.Fatal(err)
		}
		if res := h.call(t, "tt.startDeviceCredential", map[string]any{"authContent": "x"}); res.Outcome != outcome {
			t.Errorf("answers %q: %s %v", answer, res.Outcome, res.Fields)
		}
	}
	if len(h.ui.dialogs) != shown {
		t.Errorf("a preset answer showed the prompt")
	}
	// reset() cancels a waiting prompt.
	if err := h.Configure([]byte(`{"answers":{"startDeviceCredential":"ask"}}`)); err != nil {
		t.Fatal(err)
	}
	d = h.askDialog(t, "tt.startDeviceCredential", map[string]any{"authContent": "x"}, DialogCredential)
	got := h.recordDeliveries()
	h.Reset()
	if len(*got) != 1 || (*got)[0].id != d.ID || !reflect.DeepEqual((*got)[0].res.Fields, cancelled) {
		t.Errorf("reset delivered %+v", *got)
	}
}

func TestStartDeviceCredentialErrors(t *testing.T) {
	h := newHarness(t, notStrict)
	if res := h.call(t, "tt.startDeviceCredential", map[string]any{"authContent": "x"}); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("PC: %v", res.Fields)
	}
	if res := newHarness(t, notStrict, clientPatch("harmony", "7.36.0")).call(t, "tt.startDeviceCredential",
		map[string]any{"authContent": "x"}); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("Harmony 7.36.0: %v", res.Fields)
	}
	h = newHarness(t, notStrict, onAndroid)
	empty := credentialFields("fail", ErrnoInvalidParam, "Parameter error. authContent cannot be empty (error code: 40003)", 40003)
	for _, option := range []map[string]any{nil, {"authContent": ""}, {"authContent": nil}} {
		wantFields(t, h.call(t, "tt.startDeviceCredential", option), OutcomeFail, empty)
	}
	wantFail(t, h.call(t, "tt.startDeviceCredential", map[string]any{"authContent": 5}), "startDeviceCredential",
		ErrnoInvalidParam, "Parameter error. authContent is of wrong type")
	// No screen lock: the system has nothing to check, and shows nothing.
	if err := h.Configure([]byte(`{"security":{"deviceCredential":"none"},"answers":{"startDeviceCredential":"confirm"}}`)); err != nil {
		t.Fatal(err)
	}
	wantFields(t, h.call(t, "tt.startDeviceCredential", map[string]any{"authContent": "x"}), OutcomeFail, credentialFields("fail",
		ErrnoInternal, "no screen lock passcode is set on this device (error code: 40000)", 40000))
	if len(h.ui.dialogs) != 0 {
		t.Errorf("the prompt was shown: %+v", h.ui.dialogs)
	}
	// A web app needs h5sdk.config first, when strict.
	if res := newHarness(t, onAndroid).call(t, "tt.startDeviceCredential", map[string]any{"authContent": "x"}); res.Fields["errno"] != ErrnoAuthFail {
		t.Errorf("strict, no h5sdk.config: %v", res.Fields)
	}
}
