//go:build js && wasm

// Package bridge carries calls between the loader and the shim through
// linear memory: the loader writes "name\npayload" into a buffer Go owns and
// calls an export, which answers with JSON in another buffer. No js.Value
// crosses per call, which keeps a call to microseconds.
package bridge

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unsafe"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

var (
	client *shim.Shim
	in     []byte
	out    []byte
)

// Serve makes the exports answer for s, and hands the page the results of
// calls that waited on a dialog or the network.
func Serve(s *shim.Shim) {
	client = s
	s.Deliver = deliver
	// Background work finishes on other goroutines; its results settle
	// here, one at a time, on this one.
	go func() {
		for done := range s.Completions() {
			s.Complete(done)
		}
	}()
	// Goroutines an export starts wait for the next event: the loader
	// fires this empty one after a call goes pending, so they run.
	wake, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any { return nil })
	if err == nil {
		err = host.Set("wake", wake.Value())
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "ttshim: cannot give the loader its wake-up call: %v\n", err)
	}
}

// deliver settles a pending call through the loader's host.settle.
func deliver(id int, res shim.Result) {
	if _, err := HostCall("settle", id, string(marshal(envelopeOf(res)))); err != nil {
		fmt.Fprintf(os.Stderr, "ttshim: cannot settle the call waiting on dialog %d: %v\n", id, err)
	}
}

// buffer hands the loader room for a request of size bytes.
//
//go:wasmexport ttshim_buffer
func buffer(size int32) int32 {
	if size < 0 {
		size = 0
	}
	if cap(in) < int(size) {
		in = make([]byte, size)
	}
	in = in[:size]
	return int32(uintptr(unsafe.Pointer(unsafe.SliceData(in))))
}

// call answers the request of n bytes in the buffer; the result packs the
// answer's address (high 32 bits) and length.
//
//go:wasmexport ttshim_call
func call(n int32) int64 {
	if n < 0 || int(n) > len(in) {
		n = 0
	}
	name, payload, _ := strings.Cut(string(in[:n]), "\n")
	out = append(out[:0], answer(name, []byte(payload))...)
	return int64(uintptr(unsafe.Pointer(unsafe.SliceData(out))))<<32 | int64(len(out))
}

// envelope is an API's answer: outcome, the object for callbacks, whether
// callbacks run at all, a *Sync API's return value, and the dialog a
// pending call waits on.
type envelope struct {
	Outcome shim.Outcome `json:"o"`
	Fields  shim.Fields  `json:"r"`
	Silent  bool         `json:"s,omitempty"`
	Return  any          `json:"v,omitempty"`
	Pending int          `json:"p,omitempty"`
}

func envelopeOf(res shim.Result) envelope {
	return envelope{Outcome: res.Outcome, Fields: res.Fields, Silent: res.Silent, Return: res.Return, Pending: res.Pending}
}

// controlReply is ttShim.*'s answer: a value, or the error to throw.
type controlReply struct {
	Value any    `json:"ok,omitempty"`
	Error string `json:"error,omitempty"`
}

// answer never panics: a panic here would kill the runtime for good.
func answer(name string, payload []byte) (reply []byte) {
	defer func() {
		if p := recover(); p != nil {
			reply = marshal(controlReply{Error: fmt.Sprintf("ttshim internal error in %s: %v", name, p)})
		}
	}()
	if op, ok := strings.CutPrefix(name, "ttShim."); ok {
		value, err := control(op, payload)
		if err != nil {
			return marshal(controlReply{Error: err.Error()})
		}
		return marshal(controlReply{Value: value})
	}
	return marshal(envelopeOf(client.Invoke(name, payload)))
}

func control(op string, payload []byte) (any, error) {
	switch op {
	case "config":
		return json.RawMessage(client.Config().JSON()), nil
	case "configure":
		return true, client.Configure(payload)
	case "reset":
		client.Reset()
		return true, nil
	case "calls":
		var api string
		if err := json.Unmarshal(payload, &api); err != nil && len(payload) > 0 {
			return nil, fmt.Errorf("ttShim.calls(api): api should be a string")
		}
		return json.RawMessage(client.CallsJSON(api)), nil
	case "session":
		return client.Session(), nil
	case "exchangeCode":
		var code string
		if err := json.Unmarshal(payload, &code); err != nil {
			return nil, fmt.Errorf("ttShim.exchangeCode(code): code should be a string")
		}
		return client.ExchangeCode(code)
	case "record":
		var r struct {
			API     string       `json:"api"`
			Payload string       `json:"payload"`
			Outcome shim.Outcome `json:"outcome"`
			Result  shim.Fields  `json:"result"`
		}
		if err := json.Unmarshal(payload, &r); err != nil {
			return nil, fmt.Errorf("ttshim cannot log an overridden call: %v", err)
		}
		return true, client.RecordOverride(r.API, []byte(r.Payload), r.Outcome, r.Result)
	case "abort":
		var id int
		if err := json.Unmarshal(payload, &id); err != nil {
			return nil, fmt.Errorf("RequestTask.abort(): no such call")
		}
		client.Abort(id)
		return true, nil
	case "dialogs":
		return client.Dialogs(), nil
	case "answer":
		decision, err := shim.ParseAnswer(payload)
		if err != nil {
			return nil, fmt.Errorf("ttShim.answer(decision): %v", err)
		}
		if err := client.AnswerOldest(decision, shim.AnsweredByTest); err != nil {
			return nil, fmt.Errorf("ttShim.answer(decision): %v", err)
		}
		return true, nil
	}
	return nil, fmt.Errorf("ttShim.%s is not a function", op)
}

func marshal(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		data, _ = json.Marshal(controlReply{Error: "ttshim cannot encode its answer: " + err.Error()})
	}
	return data
}
