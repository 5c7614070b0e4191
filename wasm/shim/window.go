package shim

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// The page's window: tt.closeWindow, the leave confirmation that
// tt.enableLeaveConfirm sets up for the person's back and close, and what
// the page is after it closed.

// WindowUI draws a closed window: an overlay over the whole page.
type WindowUI interface {
	ShowWindowClosed(c WindowClosed)
	HideWindowClosed()
}

// WindowClosed is what the closed window's overlay says.
type WindowClosed struct {
	By       string // "tt.closeWindow", "back" or "close"
	Language string
}

// DialogLeaveConfirm is the confirmation before the page is left.
const DialogLeaveConfirm = "leaveConfirm"

// The two ways a person leaves, as enableLeaveConfirm's effect names them.
const (
	LeaveBack  = "back"
	LeaveClose = "close"
)

// Who closed the window, for the ttShim "close" event.
const closedByAPI = "tt.closeWindow"

// closedEvent is the client event that tells the loader the window closed;
// "@" keeps it apart from every tt.on<Event>.
const closedEvent = "@close"

// leftEvent tells the loader how a leave that waited on its dialog ended.
const leftEvent = "@leave"

// LeaveConfirm is enableLeaveConfirm's dialog.
type LeaveConfirm struct {
	Effect      []string `json:"effect"`
	Title       string   `json:"title,omitempty"`
	Content     string   `json:"content,omitempty"`
	ConfirmText string   `json:"confirmText,omitempty"`
	CancelText  string   `json:"cancelText,omitempty"`
	// Leaving is how the person is leaving, when the dialog is asked.
	Leaving string `json:"leaving,omitempty"`
}

// windowState is the page's window: its bar, its leave confirmation, and
// how it closed ("" while open).
type windowState struct {
	bar     NavigationBar
	confirm *LeaveConfirm
	closed  string
	asking  bool // a leave confirmation is on screen
}

// The limits of enableLeaveConfirm's texts, in characters.
var leaveTextLimits = []struct {
	name string
	most int
}{{"title", 16}, {"content", 80}, {"confirmText", 8}, {"cancelText", 8}}

var errWindowClosed = ErrorDoc{Errno: ErrnoInternal, When: "the window was closed (`tt.closeWindow`, or a person left); `ttShim.reset()` opens it again"}

func init() {
	register(&API{
		Namespace: "tt", Name: "closeWindow", Kind: KindAsync, BeforeConfig: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errWindowClosed},
				Controls: []string{"`ttShim.on(\"close\", …)`: hears it", "`ttShim.reset()`: opens the window again"},
			}
		}),
		Handle: func(c *Call) Result {
			c.Shim.closeWindow(closedByAPI)
			return c.OK(nil)
		},
	})
	register(&API{
		Namespace: "tt", Name: "enableLeaveConfirm", Kind: KindAsync, Asks: DialogLeaveConfirm,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errWindowClosed,
					{Errno: ErrnoInvalidParam, When: "`effect` is missing, empty or holds other than `\"back\"` and `\"close\"`, " +
						"a text is not a string or too long (title 16, content 80, button texts 8 characters), or title and content are both empty"}},
				Controls: []string{"`ttShim.leave(effect)` or the bar's back and close buttons: ask it",
					"`ttShim.answer(\"confirm\" | \"cancel\")`, or `answers: {enableLeaveConfirm: …}`: answer it", prerequisitesControl},
			}
		}),
		Handle: enableLeaveConfirm,
	})
	register(&API{
		Namespace: "tt", Name: "disableLeaveConfirm", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errWindowClosed},
				Controls: []string{prerequisitesControl},
			}
		}),
		Handle: func(c *Call) Result {
			c.Shim.window.confirm = nil
			return c.OK(nil)
		},
	})
}

func enableLeaveConfirm(c *Call) Result {
	effect, err := c.Args.Strings("effect", true)
	if err != nil {
		return c.Param(err)
	}
	if len(effect) == 0 {
		return c.paramText("effect cannot be empty")
	}
	for _, e := range effect {
		if e != LeaveBack && e != LeaveClose {
			return c.paramText(fmt.Sprintf(`effect should hold "back" or "close", not %s`, quoted(e)))
		}
	}
	texts := map[string]string{}
	for _, limit := range leaveTextLimits {
		text, err := c.Args.String(limit.name, false)
		if err != nil {
			return c.Param(err)
		}
		if n := utf8.RuneCountInString(text); n > limit.most {
			return c.paramText(fmt.Sprintf("%s is %d characters long; at most %d are allowed", limit.name, n, limit.most))
		}
		texts[limit.name] = text
	}
	if texts["title"] == "" && texts["content"] == "" {
		return c.paramText("title and content cannot both be empty")
	}
	c.Shim.window.confirm = &LeaveConfirm{Effect: slices.Compact(slices.Sorted(slices.Values(effect))),
		Title: texts["title"], Content: texts["content"], ConfirmText: texts["confirmText"], CancelText: texts["cancelText"]}
	return c.OK(nil)
}

// windowClosedFailure answers every call once the window closed: the page
// is gone for the client, and a test sees what still calls.
func (s *Shim) windowClosedFailure(c *Call) (Result, bool) {
	if s.window.closed == "" {
		return Result{}, false
	}
	return c.Fail(ErrnoInternal, fmt.Sprintf("internal error: the window is closed (%s); ttShim.reset() opens it again", s.window.closed)), true
}

// closeWindow closes the window: the overlay covers the page, the bar
// goes, and the loader tells ttShim's "close" listeners.
func (s *Shim) closeWindow(by string) {
	s.window.closed = by
	s.window.bar.Shown = false
	s.UI.HideNavigationBar()
	s.UI.ShowWindowClosed(WindowClosed{By: by, Language: s.cfg.Client.Language})
	s.Emit(closedEvent, Fields{"by": by})
}

// LeaveResult is what ttShim.leave answers at once: whether the page was
// left, or the id of the confirmation it waits on (the "@leave" event
// ends it).
type LeaveResult struct {
	Left    bool `json:"left"`
	Pending int  `json:"pending,omitempty"`
}

// Leave is the person leaving the page by effect ("back" or "close"):
// the window closes at once, unless enableLeaveConfirm asked for a
// confirmation of that effect, which then decides.
func (s *Shim) Leave(effect string) (LeaveResult, error) {
	if effect != LeaveBack && effect != LeaveClose {
		return LeaveResult{}, fmt.Errorf(`how should be "back" or "close", not %s`, quoted(effect))
	}
	if s.window.closed != "" {
		return LeaveResult{}, fmt.Errorf("the window is already closed (%s)", s.window.closed)
	}
	confirm := s.window.confirm
	if confirm == nil || !slices.Contains(confirm.Effect, effect) {
		s.closeWindow(effect)
		return LeaveResult{Left: true}, nil
	}
	if s.window.asking {
		return LeaveResult{}, fmt.Errorf("the leave confirmation is already on screen")
	}
	api, _ := Lookup("tt.enableLeaveConfirm")
	c := &Call{API: api, Shim: s}
	asked := *confirm
	asked.Leaving = effect
	var id int
	res := c.Ask(Question{
		Dialog: Dialog{Kind: DialogLeaveConfirm, Leave: &asked, Dismiss: Answer{Choice: "cancel"}},
		Decide: func(a Answer) (Result, error) {
			left, err := decideLeave(a)
			if err != nil {
				return Result{}, err
			}
			s.window.asking = false
			if left {
				s.closeWindow(effect)
			}
			if id != 0 {
				s.Emit(leftEvent, Fields{"id": id, "left": left})
			}
			return c.OK(Fields{"left": left}), nil
		},
	})
	switch res.Outcome {
	case OutcomePending:
		s.window.asking = true
		id = res.Pending
		return LeaveResult{Pending: id}, nil
	case OutcomeOK:
		left, _ := res.Fields["left"].(bool)
		return LeaveResult{Left: left}, nil
	}
	errString, _ := res.Fields["errString"].(string)
	return LeaveResult{}, fmt.Errorf("%s", errString)
}

func decideLeave(a Answer) (bool, error) {
	switch a.Choice {
	case "confirm":
		return true, nil
	case "cancel":
		return false, nil
	}
	return false, fmt.Errorf(`it takes "confirm" or "cancel"`)
}
