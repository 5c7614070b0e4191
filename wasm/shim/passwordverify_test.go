package shim

import (
	"reflect"
	"testing"
)

// passwordFailure is a startPasswordVerify failure as the page gets it.
func passwordFailure(errString string, code int) Fields {
	return Fields{"errMsg": "startPasswordVerify:fail " + errString, "errno": ErrnoInternal, "errString": errString, "errCode": code}
}

func TestStartPasswordVerifyChecksWhatIsTyped(t *testing.T) {
	h := newHarness(t, notStrict)
	d := h.askDialog(t, "tt.startPasswordVerify", nil, DialogPassword)
	if !reflect.DeepEqual(d.Password, &PasswordPrompt{}) || d.Mobile || d.Dismiss.Choice != ChoiceCancel {
		t.Fatalf("box %+v", d)
	}
	// An answer the box does not take leaves it open.
	for _, bad := range []Answer{choiceAnswer("allow"), fieldsAnswer(map[string]any{"password": 123456}),
		fieldsAnswer(map[string]any{"password": "123456", "inputValue": "x"}), {Select: []string{"123456"}}} {
		if err := h.Answer(d.ID, bad, AnsweredByTest); err == nil {
			t.Errorf("the box took %s", answerText(bad))
		}
	}
	h.ui.typeInto(d.ID, "123456")
	wantOK(t, h.answerDialog(t, d, choiceAnswer(ChoiceConfirm)), "startPasswordVerify")
	calls := h.Calls("startPasswordVerify")
	if last := calls[len(calls)-1]; last.Dialog == nil || last.Dialog.Kind != DialogPassword || last.Dialog.AnsweredBy != AnsweredByTest {
		t.Errorf("logged dialog %+v", last.Dialog)
	}
	// Typed wrong, the call fails; the next box says how many tries are left.
	d = h.askDialog(t, "tt.startPasswordVerify", nil, DialogPassword)
	h.ui.typeInto(d.ID, "654321")
	wantFields(t, h.answerDialog(t, d, choiceAnswer(ChoiceConfirm)), OutcomeFail,
		passwordFailure("verification failed: wrong password, 4 attempts left (error code: 40102)", 40102))
	d = h.askDialog(t, "tt.startPasswordVerify", nil, DialogPassword)
	if d.Password.AttemptsLeft != 4 {
		t.Errorf("after a miss the box shows %+v", d.Password)
	}
	wantFields(t, h.answerDialog(t, d, choiceAnswer(ChoiceCancel)), OutcomeCancel, Fields{"errMsg": "startPasswordVerify:cancel",
		"errno": ErrnoInternal, "errString": "verification failed: cancelled by the user (error code: 40101)", "errCode": 40101})
	// The right password clears the count.
	d = h.askDialog(t, "tt.startPasswordVerify", nil, DialogPassword)
	wantOK(t, h.answerDialog(t, d, fieldsAnswer(map[string]any{"password": "123456"})), "startPasswordVerify")
	if d = h.askDialog(t, "tt.startPasswordVerify", nil, DialogPassword); d.Password.AttemptsLeft != 0 {
		t.Errorf("after the right password the box shows %+v", d.Password)
	}
}

func TestStartPasswordVerifyLocksAfterTheAttempts(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid, `{"security":{"password":"2468","passwordAttempts":2}}`)
	if err := h.Configure([]byte(`{"answers":{"startPasswordVerify":{"password":"1357"}}}`)); err != nil {
		t.Fatal(err)
	}
	wantFields(t, h.call(t, "tt.startPasswordVerify", nil), OutcomeFail,
		passwordFailure("verification failed: wrong password, 1 attempt left (error code: 40102)", 40102))
	locked := passwordFailure("verification failed: too many wrong passwords (2); ttShim.reset() unlocks it (error code: 40103)", 40103)
	wantFields(t, h.call(t, "tt.startPasswordVerify", nil), OutcomeFail, locked)
	// Locked, even the right password is not asked for.
	if err := h.Configure([]byte(`{"answers":{"startPasswordVerify":"ask"}}`)); err != nil {
		t.Fatal(err)
	}
	shown := len(h.ui.dialogs)
	wantFields(t, h.call(t, "tt.startPasswordVerify", nil), OutcomeFail, locked)
	if len(h.ui.dialogs) != shown {
		t.Errorf("a locked password showed the box")
	}
	// reset() unlocks it, and cancels a waiting box.
	h.Reset()
	d := h.askDialog(t, "tt.startPasswordVerify", nil, DialogPassword)
	got := h.recordDeliveries()
	h.Reset()
	if len(*got) != 1 || (*got)[0].id != d.ID || (*got)[0].res.Fields["errCode"] != 40101 {
		t.Errorf("reset delivered %+v", *got)
	}
	if err := h.Configure([]byte(`{"security":{"passwordAttempts":0}}`)); err == nil {
		t.Errorf("passwordAttempts 0 was taken")
	}
}
