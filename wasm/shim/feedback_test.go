// The fake UI's side of the interaction-feedback APIs, and the helpers
// their tests share.

package shim

import (
	"reflect"
	"testing"
)

// feedbackRecorder records the toasts shown and hidden, and plays the
// prompt's text box.
type feedbackRecorder struct {
	toasts []Toast // every toast shown, oldest first
	// toastEvents is "show <title>" or "hide" for each call, in order.
	toastEvents []string
	// typed is what the person typed into each prompt, by dialog id.
	typed map[int]string
}

func (r *feedbackRecorder) ShowToast(t Toast) {
	r.toasts = append(r.toasts, t)
	r.toastEvents = append(r.toastEvents, "show "+t.Title)
}

func (r *feedbackRecorder) HideToast() { r.toastEvents = append(r.toastEvents, "hide") }

func (r *feedbackRecorder) PromptInput(id int) string { return r.typed[id] }

// type puts text into prompt id's text box, as a person would.
func (r *feedbackRecorder) typeInto(id int, text string) {
	if r.typed == nil {
		r.typed = map[int]string{}
	}
	r.typed[id] = text
}

// wantOKFields checks a result's fields beyond errMsg.
func wantOKFields(t *testing.T, res Result, api string, want Fields) {
	t.Helper()
	wantOK(t, res, api)
	got := Fields{}
	for k, v := range res.Fields {
		if k != "errMsg" {
			got[k] = v
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s answered %v, want %v", api, got, want)
	}
}

// settled is what the page received for the call that waited on dialog id.
func (h *harness) settle(t *testing.T, answer Answer, by string) Result {
	t.Helper()
	var got *Result
	h.Deliver = func(_ int, res Result) { got = &res }
	if err := h.AnswerOldest(answer, by); err != nil {
		t.Fatalf("answering %s: %v", answerText(answer), err)
	}
	if got == nil {
		t.Fatalf("answering %s delivered nothing", answerText(answer))
	}
	return *got
}

func index(i int) Answer { return Answer{Index: &i} }
