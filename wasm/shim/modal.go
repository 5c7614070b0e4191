package shim

import (
	"fmt"
	"unicode/utf8"
)

// The dialogs of the interaction-feedback APIs.
const (
	DialogModal       = "modal"
	DialogActionSheet = "actionSheet"
	DialogPrompt      = "prompt"
)

// The choices a modal or prompt takes.
const (
	ChoiceConfirm = "confirm"
	ChoiceCancel  = "cancel"
)

// ErrnoEmptyModal is showModal's own errno (Feishu's errno table).
const ErrnoEmptyModal = 1100001

// Modal is what tt.showModal shows. Empty texts are drawn as the client's
// defaults, in its language.
type Modal struct {
	Title        string `json:"title"`
	Content      string `json:"content"`
	ConfirmText  string `json:"confirmText,omitempty"`
	CancelText   string `json:"cancelText,omitempty"`
	ShowCancel   bool   `json:"showCancel"`
	ConfirmColor string `json:"confirmColor,omitempty"`
	CancelColor  string `json:"cancelColor,omitempty"`
}

// buttonTextLimit is how long a button's text may be, a Chinese character
// counting 2: showPrompt's always, showModal's before V7.8.0.
const buttonTextLimit = 8

func init() {
	register(&API{
		Namespace: "tt", Name: "showModal", Kind: KindAsync, Taro: true, Asks: DialogModal,
		Params: []string{"title", "content", "confirmText", "cancelText", "showCancel", "confirmColor", "cancelColor"},
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "an option of the wrong type; before V7.8.0, a `confirmText` or `cancelText` longer than 8 (a Chinese character counts 2)"},
					{Errno: ErrnoEmptyModal, When: "`title` and `content` are both empty (`invalid title and content`)"},
					errTooManyDialogs,
					{Errno: ErrnoInternal, When: "the `answers` key's `showModal` is not `\"confirm\"` or `\"cancel\"`"}},
				Controls: []string{
					"`answers: {showModal: \"confirm\" | \"cancel\"}`: answers at once",
					"`ttShim.answer(\"confirm\" | \"cancel\")`: answers the modal on screen",
					"`client.language`: the default button texts",
				},
			}
		}),
		Handle: showModal,
	})
}

func showModal(c *Call) Result {
	r := paramReader{args: c.Args}
	m := Modal{
		Title: r.string("title", false), Content: r.string("content", false),
		ConfirmText: r.string("confirmText", false), CancelText: r.string("cancelText", false),
		ShowCancel:   r.bool("showCancel", true),
		ConfirmColor: r.string("confirmColor", false), CancelColor: r.string("cancelColor", false),
	}
	if r.err == nil && !c.Shim.version.AtLeast("7.8.0") {
		r.err = buttonTextsFit(m.ConfirmText, m.CancelText)
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	if m.Title == "" && m.Content == "" {
		return c.Fail(ErrnoEmptyModal, "invalid title and content")
	}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogModal, Modal: &m, Dismiss: Answer{Choice: ChoiceCancel}},
		Decide: func(a Answer) (Result, error) {
			switch a.Choice {
			case ChoiceConfirm:
				return c.OK(Fields{"confirm": true, "cancel": false}), nil
			case ChoiceCancel:
				return c.OK(Fields{"confirm": false, "cancel": true}), nil
			}
			return Result{}, fmt.Errorf(`a modal takes "confirm" or "cancel", not %s`, answerText(a))
		},
	})
}

// buttonTextsFit checks confirmText and cancelText against the buttons'
// limit.
func buttonTextsFit(confirmText, cancelText string) *ParamError {
	for _, b := range []struct{ name, text string }{{"confirmText", confirmText}, {"cancelText", cancelText}} {
		if n := textWidth(b.text); n > buttonTextLimit {
			return &ParamError{Name: b.name, Reason: fmt.Sprintf("%s should be at most %d characters (a Chinese character counts 2), got %d", b.name, buttonTextLimit, n)}
		}
	}
	return nil
}

// textWidth counts a text as Feishu's limits do: a character outside
// ASCII (Chinese, Japanese…) counts 2.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			n++
		} else {
			n += 2
		}
	}
	return n
}
