//go:build js && wasm

// Package bridge carries calls between the loader and the shim through
// linear memory: the loader writes "name\npayload" into a buffer Go owns and
// calls an export, which answers with JSON in another buffer. No js.Value
// crosses per call, which keeps a call to microseconds.
package bridge

import (
	"bytes"
	"fmt"
	"os"
	"unsafe"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/internal/jsonwire"
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
	s.Events = emit
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
	if _, err := HostCall("settle", id, string(appendEnvelope(nil, res))); err != nil {
		fmt.Fprintf(os.Stderr, "ttshim: cannot settle the call waiting on dialog %d: %v\n", id, err)
	}
}

// emit hands a client event to the page's listeners through the loader's
// host.event.
func emit(event string, data []byte) {
	if _, err := HostCall("event", event, string(data)); err != nil {
		fmt.Fprintf(os.Stderr, "ttshim: cannot tell the page of the %s event: %v\n", event, err)
	}
}

// buffer hands the loader room for requests of up to size bytes. The
// room stays where it is until the loader asks for more, so it asks only
// when a request outgrows it.
//
//go:wasmexport ttshim_buffer
func buffer(size int32) int32 {
	if cap(in) < int(size) {
		in = make([]byte, size)
	}
	in = in[:cap(in)]
	return int32(uintptr(unsafe.Pointer(unsafe.SliceData(in))))
}

// call answers the request of n bytes in the buffer; the result packs the
// answer's address (high 32 bits) and length. A pure API's answer that the
// loader already holds comes back as minus its memo id instead.
//
//go:wasmexport ttshim_call
func call(n int32) int64 {
	if n < 0 || int(n) > len(in) {
		n = 0
	}
	name, payload, _ := bytes.Cut(in[:n], []byte("\n"))
	reply, remembered := answer(out[:0], name, payload)
	if remembered != 0 {
		return -int64(remembered)
	}
	out = reply
	return int64(uintptr(unsafe.Pointer(unsafe.SliceData(out))))<<32 | int64(len(out))
}

// appendEnvelope writes an API's answer for the loader (shim's
// Result.AppendEnvelope), or the error the loader throws when it cannot be
// encoded.
func appendEnvelope(dst []byte, res shim.Result) []byte {
	reply, err := res.AppendEnvelope(dst)
	if err != nil {
		return append(dst, marshal(controlReply{Error: "ttshim cannot encode its answer: " + err.Error()})...)
	}
	return reply
}

// controlReply is ttShim.*'s answer: a value, or the error to throw.
type controlReply struct {
	Value any    `json:"ok,omitempty"`
	Error string `json:"error,omitempty"`
}

// answer appends the reply to a request, or returns the memo id of an
// answer the loader already holds. It never panics: a panic here would
// kill the runtime for good.
func answer(dst, name, payload []byte) (reply []byte, remembered int) {
	defer func() {
		if p := recover(); p != nil {
			reply = append(dst, marshal(controlReply{Error: fmt.Sprintf("ttshim internal error in %s: %v", name, p)})...)
		}
	}()
	if op, ok := bytes.CutPrefix(name, []byte("ttShim.")); ok {
		value, err := control(string(op), payload)
		if err != nil {
			return append(dst, marshal(controlReply{Error: err.Error()})...), 0
		}
		return append(dst, marshal(controlReply{Value: value})...), 0
	}
	api, ok := shim.LookupBytes(name)
	if !ok {
		return appendEnvelope(dst, client.Invoke(string(name), payload)), 0
	}
	res := client.InvokeAPI(api, payload)
	if id, _, first := res.Remembered(); id != 0 && !first {
		return dst, id
	}
	return appendEnvelope(dst, res), 0
}

func control(op string, payload []byte) (any, error) {
	switch op {
	case "config":
		return jsonwire.Raw(client.Config().JSON()), nil
	case "configure":
		return true, client.Configure(payload)
	case "reset":
		client.Reset()
		return true, nil
	case "calls":
		api, err := jsonwire.DecodeString(payload)
		if err != nil && len(payload) > 0 {
			return nil, fmt.Errorf("ttShim.calls(api): api should be a string")
		}
		return jsonwire.Raw(client.CallsJSON(api)), nil
	case "changes":
		since, err := jsonwire.DecodeInt(payload)
		if err != nil {
			return nil, fmt.Errorf("the log's changes since a revision: %v", err)
		}
		return client.Changes(since), nil
	case "session":
		return client.Session(), nil
	case "exchangeCode":
		code, err := jsonwire.DecodeString(payload)
		if err != nil {
			return nil, fmt.Errorf("ttShim.exchangeCode(code): code should be a string")
		}
		return client.ExchangeCode(code)
	case "record":
		r := jsonwire.ReadObject(payload)
		api, call, outcome, result := r.String("api"), r.String("payload"), r.String("outcome"), r.Object("result")
		if r.Err != nil {
			return nil, fmt.Errorf("ttshim cannot log an overridden call: %v", r.Err)
		}
		return true, client.RecordOverride(api, []byte(call), shim.Outcome(outcome), result)
	case "abort":
		id, err := jsonwire.DecodeInt(payload)
		if err != nil {
			return nil, fmt.Errorf("RequestTask.abort(): no such call")
		}
		client.Abort(id)
		return true, nil
	case "dialogs":
		return client.Dialogs(), nil
	case "fileURL":
		path, err := jsonwire.DecodeString(payload)
		if err != nil {
			return nil, fmt.Errorf("ttShim.fileURL(path): path should be a string")
		}
		return client.FileURL(path)
	case "fs":
		// A FileSystemManager method: its name and its option as the
		// loader encodes any call's.
		r := jsonwire.ReadObject(payload)
		method, call := r.String("name"), r.String("payload")
		if r.Err != nil {
			return nil, fmt.Errorf("ttshim cannot read a FileSystemManager call: %v", r.Err)
		}
		return jsonwire.Raw(appendEnvelope(nil, client.ReadFile(method, []byte(call)))), nil
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
	return windowControl(op, payload)
}

func marshal(v any) []byte {
	data, err := jsonwire.Marshal(v)
	if err != nil {
		data, _ = jsonwire.Marshal(controlReply{Error: "ttshim cannot encode its answer: " + err.Error()})
	}
	return data
}
