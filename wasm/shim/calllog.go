package shim

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
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
	// Overridden marks a call a test's ttShim.override answered.
	Overridden bool `json:"overridden,omitempty"`
}

// loggedCall is an entry with the number a pending call finds it by.
type loggedCall struct {
	LogEntry
	seq int
}

type callLog struct {
	entries []loggedCall
	start   int // index of the oldest entry once the ring is full
	lastSeq int
}

// add logs a call and returns its entry, whose seq finds it again when a
// pending call settles.
func (l *callLog) add(api string, args any, res Result, dialog *DialogRecord, at time.Time) *loggedCall {
	l.lastSeq++
	e := loggedCall{LogEntry{API: api, Args: args, Outcome: res.Outcome, Result: res.Fields, Time: at.UnixMilli(),
		Dialog: dialog}, l.lastSeq}
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

// settle records how a pending call ended, if its entry is still kept.
func (l *callLog) settle(seq int, res Result, dialog *DialogRecord) {
	for i := len(l.entries) - 1; i >= 0; i-- {
		e := &l.entries[(l.start+i)%len(l.entries)]
		if e.seq == seq {
			e.Outcome, e.Result, e.Dialog = res.Outcome, res.Fields, dialog
			return
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
	args, err := DecodeArgs(payload)
	var logged any
	if err == nil {
		logged = args.LoggedArgs()
	}
	s.log.add(api.FullName(), logged, Result{Outcome: outcome, Fields: fields}, nil, s.Now()).Overridden = true
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
			out = append(out, e.LogEntry)
		}
	}
	return out
}

// CallsJSON is Calls as the bridge returns it.
func (s *Shim) CallsJSON(api string) []byte {
	data, _ := json.Marshal(s.Calls(api))
	return data
}
