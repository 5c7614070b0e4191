package shim

import (
	"encoding/json"
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
}

type callLog struct {
	entries []LogEntry
	start   int // index of the oldest entry once the ring is full
}

func (l *callLog) add(api string, args any, res Result, at time.Time) {
	e := LogEntry{API: api, Args: args, Outcome: res.Outcome, Result: res.Fields, Time: at.UnixMilli()}
	if len(l.entries) < LogLimit {
		l.entries = append(l.entries, e)
		return
	}
	l.entries[l.start] = e
	l.start = (l.start + 1) % LogLimit
}

// Calls lists the log oldest first; api filters by full ("tt.enterProfile")
// or bare ("enterProfile") name.
func (s *Shim) Calls(api string) []LogEntry {
	l := &s.log
	out := make([]LogEntry, 0, len(l.entries))
	for i := range l.entries {
		e := l.entries[(l.start+i)%len(l.entries)]
		if api == "" || e.API == api || strings.HasSuffix(e.API, "."+api) {
			out = append(out, e)
		}
	}
	return out
}

// CallsJSON is Calls as the bridge returns it.
func (s *Shim) CallsJSON(api string) []byte {
	data, _ := json.Marshal(s.Calls(api))
	return data
}
