package shim

import (
	"fmt"

	"ttshim/wasm/internal/jsonwire"
)

// DialogConsent is the authorization popup.
const DialogConsent = "consent"

// AnswerAsk, as an API's entry in the "answers" key, leaves its dialogs to
// the person (or ttShim.answer) again.
const AnswerAsk = "ask"

// Who answered a dialog, as the call log reports it.
const (
	AnsweredByConfig = "configuration"
	AnsweredByUser   = "user"
	AnsweredByTest   = "ttShim.answer"
	AnsweredByReset  = "ttShim.reset"
)

// maxOpenDialogs bounds the queue of unanswered dialogs, so a page calling
// in a loop cannot grow it without end.
const maxOpenDialogs = 50

// Answer is a decision on a dialog, in one of the shapes ttShim.answer
// takes: a choice ("allow", "deny", "cancel", "confirm"), the openIds a
// person picked, an item's index (an action sheet's tapIndex), or the
// fields a dialog fills in (a prompt's inputValue, a scan's result). Each
// dialog's Decide says which shapes it takes.
type Answer struct {
	Choice string
	Select []string
	Index  *int
	Fields map[string]any
}

// MarshalJSON gives the answer as a test passes it to ttShim.answer.
func (a Answer) MarshalJSON() ([]byte, error) {
	switch {
	case a.Select != nil:
		return jsonwire.Marshal(a.Select)
	case a.Index != nil:
		return jsonwire.Marshal(*a.Index)
	case a.Fields != nil:
		return jsonwire.Marshal(a.Fields)
	}
	return jsonwire.Marshal(a.Choice)
}

// answerShapes is what every answer's error lists.
const answerShapes = `a choice ("allow", "deny", "cancel", "confirm"), a list of openIds, an item's index or an object of fields`

// ParseAnswer reads ttShim.answer's argument, or an answer the
// configuration gives.
func ParseAnswer(raw []byte) (Answer, error) {
	value, err := jsonwire.Decode(raw)
	if err != nil {
		return Answer{}, fmt.Errorf("the answer should be %s", answerShapes)
	}
	return answerFrom(value)
}

// answerFrom reads an answer decoded from JSON.
func answerFrom(value any) (Answer, error) {
	switch v := value.(type) {
	case string:
		return Answer{Choice: v}, nil
	case float64:
		index := int(v)
		if float64(index) != v || index < 0 {
			return Answer{}, fmt.Errorf("the answer's index should be a whole number from 0, got %v", v)
		}
		return Answer{Index: &index}, nil
	case map[string]any:
		return Answer{Fields: v}, nil
	case []any:
		picked := make([]string, 0, len(v))
		for _, item := range v {
			id, ok := item.(string)
			if !ok || id == "" {
				return Answer{}, fmt.Errorf("the answer should be %s, not a list holding %s", answerShapes, describe(item))
			}
			picked = append(picked, id)
		}
		return Answer{Select: picked}, nil
	}
	return Answer{}, fmt.Errorf("the answer should be %s, not %s", answerShapes, describe(value))
}

// DialogRecord is what the call log shows of a call's dialog.
type DialogRecord struct {
	Kind       string  `json:"kind"`
	Answer     *Answer `json:"answer"`
	AnsweredBy string  `json:"answeredBy,omitempty"`
}

// Question is what a handler asks the person before it can answer.
type Question struct {
	Dialog Dialog
	// Preset answers at once, as the configuration says; the dialog is
	// recorded but never shown.
	Preset *Answer
	// Decide turns an answer into the call's result; an answer that does
	// not fit the dialog is an error and leaves it open.
	Decide func(Answer) (Result, error)
}

type openDialog struct {
	question Question
	logSeq   int
}

// Ask shows q's dialog and leaves the call pending until it is answered,
// unless the configuration answers for the person.
func (c *Call) Ask(q Question) Result {
	s := c.Shim
	q.Dialog.API = c.API.FullName()
	q.Dialog.Language = s.cfg.Client.Language
	q.Dialog.Mobile = s.cfg.Client.Platform != PlatformPC
	// The answers key answers the API's own dialog, not a step before it
	// (chooseLocation's permission prompt comes before its picker); a
	// legacy name's, by the name of the API it maps to.
	asking := c.API
	if asking.LegacyOf != nil {
		asking = asking.LegacyOf
	}
	if preset, ok := s.cfg.Answers[asking.Name]; ok && q.Preset == nil && q.Dialog.Kind == asking.Asks {
		q.Preset = &preset
	}
	if q.Preset != nil {
		c.dialog = &DialogRecord{Kind: q.Dialog.Kind, Answer: q.Preset, AnsweredBy: AnsweredByConfig}
		res, err := q.Decide(*q.Preset)
		if err != nil {
			return c.Fail(ErrnoInternal, "internal error: the configuration cannot answer the "+q.Dialog.Kind+" dialog: "+err.Error())
		}
		return res
	}
	if len(s.dialogs) >= maxOpenDialogs {
		return c.Fail(ErrnoTooManyCalls, fmt.Sprintf("too many API calls: %d dialogs are already waiting for an answer", maxOpenDialogs))
	}
	s.lastPending++
	q.Dialog.ID = s.lastPending
	s.dialogs = append(s.dialogs, &openDialog{question: q})
	c.dialog = &DialogRecord{Kind: q.Dialog.Kind}
	if len(s.dialogs) == 1 {
		s.show(q.Dialog)
	}
	return Result{Outcome: OutcomePending, Pending: q.Dialog.ID}
}

// show puts a dialog on screen; the person's answer comes back through
// Answer.
func (s *Shim) show(d Dialog) {
	s.UI.ShowDialog(d, func(a Answer) error { return s.Answer(d.ID, a, AnsweredByUser) })
}

// Dialogs lists the dialogs waiting for an answer, oldest first.
func (s *Shim) Dialogs() []Dialog {
	out := make([]Dialog, len(s.dialogs))
	for i, d := range s.dialogs {
		out[i] = d.question.Dialog
	}
	return out
}

// AnswerOldest answers the dialog that has waited longest.
func (s *Shim) AnswerOldest(a Answer, by string) error {
	if len(s.dialogs) == 0 {
		return fmt.Errorf("no dialog is waiting for an answer")
	}
	return s.Answer(s.dialogs[0].question.Dialog.ID, a, by)
}

// Answer settles the call waiting on dialog id and shows the next dialog.
// It never panics: a fault in deciding still settles the call, as a
// failure.
func (s *Shim) Answer(id int, a Answer, by string) error {
	at := -1
	for i, d := range s.dialogs {
		if d.question.Dialog.ID == id {
			at = i
		}
	}
	if at < 0 {
		return fmt.Errorf("dialog %d is not waiting for an answer", id)
	}
	if err := s.settleDialog(at, a, by); err != nil {
		return err
	}
	if at == 0 && len(s.dialogs) > 0 {
		s.show(s.dialogs[0].question.Dialog)
	}
	return nil
}

// settleDialog decides the call waiting on the dialog at index at,
// closes the dialog and delivers the result.
func (s *Shim) settleDialog(at int, a Answer, by string) error {
	open := s.dialogs[at]
	d := open.question.Dialog
	res, err := decideSafely(open.question, a)
	if err != nil {
		return fmt.Errorf("%s cannot take the answer %s: %v", d.API, answerText(a), err)
	}
	if res.Outcome == OutcomePending {
		// The answer led to another dialog (a granted permission to the
		// API's own): the call waits on it, under the id the page knows.
		s.continueOn(at, res.Pending)
		return nil
	}
	s.dialogs = append(s.dialogs[:at], s.dialogs[at+1:]...)
	s.UI.CloseDialog(d.ID)
	res.Dialog = &DialogRecord{Kind: d.Kind, Answer: &a, AnsweredBy: by}
	s.log.settle(open.logSeq, res, res.Dialog, s.Now())
	s.Deliver(d.ID, res)
	return nil
}

// continueOn replaces the dialog at index at with the one its answer
// opened (queued last, as next), keeping the call's id and log entry.
func (s *Shim) continueOn(at, next int) {
	open := s.dialogs[at]
	for i := len(s.dialogs) - 1; i > at; i-- {
		if s.dialogs[i].question.Dialog.ID == next {
			follow := s.dialogs[i]
			s.dialogs = append(s.dialogs[:i], s.dialogs[i+1:]...)
			follow.question.Dialog.ID, follow.logSeq = open.question.Dialog.ID, open.logSeq
			s.dialogs[at] = follow
			s.UI.CloseDialog(open.question.Dialog.ID)
			return
		}
	}
	// Only a dialog can follow a dialog; anything else ends the call.
	s.dialogs = append(s.dialogs[:at], s.dialogs[at+1:]...)
	s.UI.CloseDialog(open.question.Dialog.ID)
	s.Deliver(open.question.Dialog.ID, Failure(apiName(open.question.Dialog.API), ErrnoInternal,
		"internal error: the answer left the call waiting on something other than a dialog"))
}

func decideSafely(q Question, a Answer) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = fault(apiName(q.Dialog.API), p), nil
		}
	}()
	return q.Decide(a)
}

// dismissDialogs closes every open dialog as if the person closed it, so
// no waiting call is lost; the queued ones are never drawn.
func (s *Shim) dismissDialogs(by string) {
	for len(s.dialogs) > 0 {
		d := s.dialogs[0].question.Dialog
		if err := s.settleDialog(0, d.Dismiss, by); err != nil {
			s.dialogs = s.dialogs[1:]
			s.UI.CloseDialog(d.ID)
			s.Deliver(d.ID, Failure(apiName(d.API), ErrnoInternal, "internal error: "+err.Error()))
		}
	}
}

func answerText(a Answer) string {
	data, _ := jsonwire.Marshal(a)
	return string(data)
}

// apiName is the bare name errMsg starts with: "getUserProfile".
func apiName(fullName string) string {
	if api, ok := Lookup(fullName); ok {
		return api.Name
	}
	return fullName
}
