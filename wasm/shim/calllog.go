package shim

import (
	"fmt"
	"strings"
	"time"

	"ttshim/wasm/internal/jsonwire"
)

// LogLimit is how many calls the log keeps: the newest, so a long suite's
// memory stays flat.
const LogLimit = 10000

// LogEntry is one call as ttShim.calls() reports it.
type LogEntry struct {
	API     string  `json:"api"`
	Args    any     `json:"args"`
	Outcome Outcome `json:"outcome"`
	Result  Fields  `json:"result"`
	Time    int64   `json:"time"` // milliseconds since the epoch, when ttshim handled the call
	// Dialog is what the call asked the person, and the answer.
	Dialog *DialogRecord `json:"dialog,omitempty"`
	// Settled is when a call that waited (on a dialog or the network)
	// ended, in milliseconds since the epoch.
	Settled int64 `json:"settled,omitempty"`
	// Request is what a tt.request sent, and how it went.
	Request *RequestRecord `json:"request,omitempty"`
	// Overridden marks a call a test's ttShim.override answered.
	Overridden bool `json:"overridden,omitempty"`
}

// RequestRecord is a network call's method and resolved URL, then its
// HTTP status (0 when none came) and how long it took.
type RequestRecord struct {
	Method     string `json:"method"`
	URL        string `json:"url"`
	Status     int    `json:"status,omitempty"`
	DurationMs int64  `json:"durationMs"`
}

// loggedCall is an entry with the number a pending call finds it by. Its
// option stays JSON until the log is read: a long suite's log then holds
// bytes, which the garbage collector need not scan, not trees of maps.
type loggedCall struct {
	LogEntry
	args []byte
	seq  int
	rev  int // the log's revision when this entry last changed
}

type callLog struct {
	entries []loggedCall
	start   int // index of the oldest entry once the ring is full
	// lastSeq and rev go on counting across ttShim.reset, so a reader of
	// Changes never mistakes a new entry for one it has.
	lastSeq int
	rev     int
}

// cleared is an empty log that goes on counting where l left off.
func (l *callLog) cleared() callLog {
	return callLog{lastSeq: l.lastSeq, rev: l.rev + 1}
}

// addEntry logs a call and returns its entry, whose seq finds it again
// when a pending call settles.
func (l *callLog) addEntry(entry LogEntry, args []byte) *loggedCall {
	l.lastSeq++
	l.rev++
	e := loggedCall{entry, args, l.lastSeq, l.rev}
	slot := len(l.entries)
	if slot < LogLimit {
		l.entries = append(l.entries, e)
	} else {
		slot = l.start
		l.entries[slot] = e
		l.start = (l.start + 1) % LogLimit
	}
	return &l.entries[slot]
}

// settle records how and when a pending call ended, if its entry is still
// kept; dialog, when given, replaces the entry's dialog record.
func (l *callLog) settle(seq int, res Result, dialog *DialogRecord, at time.Time) {
	for i := len(l.entries) - 1; i >= 0; i-- {
		e := &l.entries[(l.start+i)%len(l.entries)]
		if e.seq == seq {
			l.rev++
			e.rev = l.rev
			e.Outcome, e.Result, e.Settled = res.Outcome, res.Fields, at.UnixMilli()
			if dialog != nil {
				e.Dialog = dialog
			}
			if e.Request != nil {
				e.Request.Status, _ = res.Fields["statusCode"].(int)
				e.Request.DurationMs = e.Settled - e.Time
			}
			return
		}
	}
}

// remember notes the log entry of pending call id, to settle it later.
func (s *Shim) remember(id, seq int) {
	if call, ok := s.background[id]; ok {
		call.logSeq = seq
		return
	}
	for _, d := range s.dialogs {
		if d.question.Dialog.ID == id {
			d.logSeq = seq
		}
	}
}

// RecordOverride logs a call that ttShim.override answered in the page,
// so the log shows every call, whoever answered it.
func (s *Shim) RecordOverride(fullName string, payload []byte, outcome Outcome, fields Fields) error {
	api, ok := Lookup(fullName)
	if !ok {
		return fmt.Errorf("no API named %s", fullName)
	}
	switch outcome {
	case OutcomeOK, OutcomeFail:
	default:
		return fmt.Errorf("an override's outcome is ok or fail, not %q", outcome)
	}
	args, _ := DecodeArgs(payload)
	s.log.addEntry(LogEntry{API: api.FullName(), Outcome: outcome, Result: fields,
		Time: s.Now().UnixMilli(), Overridden: true}, args.raw)
	return nil
}

// Calls lists the log oldest first; api filters by full ("tt.enterProfile")
// or bare ("enterProfile") name.
func (s *Shim) Calls(api string) []LogEntry {
	l := &s.log
	out := make([]LogEntry, 0, len(l.entries))
	for i := range l.entries {
		e := l.entries[(l.start+i)%len(l.entries)]
		if api == "" || e.API == api || strings.HasSuffix(e.API, "."+api) {
			e.LogEntry.Args = loggedArgs(e.args)
			out = append(out, e.LogEntry)
		}
	}
	return out
}

// LogChanges is what changed in the log since a revision: the entries
// added or settled since, each with its number, and the number of the
// oldest entry kept (older ones, and all of them after ttShim.reset, are
// gone). ttshim/playwright keeps a copy of the log outside the page by
// them, at the cost of what changed rather than of the whole log.
type LogChanges struct {
	Rev   int            `json:"rev"`
	First int            `json:"first"`
	Calls []NumberedCall `json:"calls"`
}

// NumberedCall is a log entry with its number.
type NumberedCall struct {
	Seq int `json:"seq"`
	LogEntry
}

// Changes lists the log's changes since revision since.
func (s *Shim) Changes(since int) LogChanges {
	l := &s.log
	changes := LogChanges{Rev: l.rev, First: l.lastSeq + 1, Calls: []NumberedCall{}}
	for i := range l.entries {
		e := l.entries[(l.start+i)%len(l.entries)]
		if i == 0 {
			changes.First = e.seq
		}
		if e.rev > since {
			e.LogEntry.Args = loggedArgs(e.args)
			changes.Calls = append(changes.Calls, NumberedCall{e.seq, e.LogEntry})
		}
	}
	return changes
}

// CallsJSON is Calls as the bridge returns it.
func (s *Shim) CallsJSON(api string) []byte {
	data, _ := jsonwire.Marshal(s.Calls(api))
	return data
}
