package shim

import (
	"fmt"
	"math"
	"unicode/utf16"
)

// FeedbackUI is what the interaction-feedback APIs need of the UI beyond
// its dialogs: the toast, and what a person typed into a prompt.
type FeedbackUI interface {
	ToastUI
	// PromptInput is what the text box of prompt dialog id holds, "" when
	// it is not on screen.
	PromptInput(id int) string
}

// Prompt is what tt.showPrompt shows. Empty texts are drawn as the
// client's defaults, in its language.
type Prompt struct {
	Title       string `json:"title"`
	Placeholder string `json:"placeholder,omitempty"`
	// MaxLength bounds the text in UTF-16 units, as a text box counts; -1
	// is no limit.
	MaxLength   int    `json:"maxLength"`
	ConfirmText string `json:"confirmText,omitempty"`
	CancelText  string `json:"cancelText,omitempty"`
}

const (
	defaultPromptLength = 140
	promptTitleLimit    = 30
)

func init() {
	register(&API{
		Namespace: "tt", Name: "showPrompt", Kind: KindAsync, Asks: DialogPrompt,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "an option of the wrong type; a `title` longer than 30 or a `confirmText` or `cancelText` longer than 8 " +
						"(a Chinese character counts 2); a `maxLength` that is not -1 or a whole number from 1"},
					errTooManyDialogs,
					{Errno: ErrnoInternal, When: "the `answers` key's `showPrompt` is not `\"confirm\"`, `\"cancel\"` or `{inputValue}` within `maxLength`"}},
				Controls: []string{
					"`answers: {showPrompt: {inputValue: \"…\"} | \"confirm\" | \"cancel\"}`: answers at once",
					"`ttShim.answer({inputValue: \"…\"} | \"confirm\" | \"cancel\")`: answers the prompt on screen (`\"confirm\"` with what is typed)",
					"`client.language`: the default placeholder and button texts",
				},
			}
		}),
		Handle: showPrompt,
	})
}

func showPrompt(c *Call) Result {
	r := paramReader{args: c.Args}
	p := Prompt{Title: r.string("title", false), Placeholder: r.string("placeholder", false),
		ConfirmText: r.string("confirmText", false), CancelText: r.string("cancelText", false)}
	maxLength := r.number("maxLength", defaultPromptLength)
	if r.err == nil && maxLength != -1 && !isWholeIn(maxLength, 1, math.MaxInt32) {
		r.err = &ParamError{Name: "maxLength", Reason: fmt.Sprintf("maxLength should be -1 (no limit) or a whole number from 1, got %v", maxLength)}
	}
	if r.err == nil && textWidth(p.Title) > promptTitleLimit {
		r.err = &ParamError{Name: "title", Reason: fmt.Sprintf("title should be at most %d characters (a Chinese character counts 2), got %d", promptTitleLimit, textWidth(p.Title))}
	}
	if r.err == nil {
		r.err = buttonTextsFit(p.ConfirmText, p.CancelText)
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	p.MaxLength = int(maxLength)
	var id int
	res := c.Ask(Question{
		Dialog: Dialog{Kind: DialogPrompt, Prompt: &p, Dismiss: Answer{Choice: ChoiceCancel}},
		Decide: func(a Answer) (Result, error) {
			switch {
			case a.Choice == ChoiceCancel:
				return c.OK(Fields{"confirm": false, "cancel": true, "inputValue": ""}), nil
			case a.Choice == ChoiceConfirm:
				return c.OK(Fields{"confirm": true, "cancel": false, "inputValue": c.Shim.UI.PromptInput(id)}), nil
			case a.Fields != nil:
				return promptFields(c, p, a.Fields)
			}
			return Result{}, fmt.Errorf(`a prompt takes "confirm", "cancel" or {inputValue: "…"}, not %s`, answerText(a))
		},
	})
	id = res.Pending
	return res
}

// promptFields confirms a prompt with the text an answer's inputValue
// gives, as if the person had typed it.
func promptFields(c *Call, p Prompt, fields map[string]any) (Result, error) {
	for key := range fields {
		if key != "inputValue" {
			return Result{}, fmt.Errorf("a prompt's answer has only inputValue, not %s", quoted(key))
		}
	}
	text, ok := fields["inputValue"].(string)
	if !ok {
		return Result{}, fmt.Errorf("a prompt's inputValue should be a string, not %s", describe(fields["inputValue"]))
	}
	if n := len(utf16.Encode([]rune(text))); p.MaxLength >= 0 && n > p.MaxLength {
		return Result{}, fmt.Errorf("the prompt takes at most %d characters (maxLength), and inputValue has %d", p.MaxLength, n)
	}
	return c.OK(Fields{"confirm": true, "cancel": false, "inputValue": text}), nil
}
