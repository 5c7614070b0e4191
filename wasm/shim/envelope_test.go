package shim

import (
	"encoding/json"
	"math"
	"testing"
)

// The envelope is the loader's half of the wire format (js/loader/bridge.js
// reads it): each member, alone and all together, in its order.
func TestAppendEnvelope(t *testing.T) {
	ok := func() Result { return Success("getSystemInfo", Fields{"a": 1}) }
	remembered := func(first bool) Result {
		res, err := ok().withJSON()
		if err != nil {
			t.Fatal(err)
		}
		res.json.id, res.json.oldest, res.firstTime = 3, 1, first
		res.Fields["a"] = 2 // what was encoded is what goes out
		return res
	}
	with := func(res Result, change func(*Result)) Result {
		change(&res)
		return res
	}
	const r = `"r":{"a":1,"errMsg":"getSystemInfo:ok"}`
	tests := []struct {
		name string
		res  Result
		want string
	}{
		{"o and r", ok(), `{"o":"ok",` + r + `}`},
		{"o as the log says it", Cancel("chooseContact", 0, "cancel"),
			`{"o":"cancel","r":{"errMsg":"chooseContact:cancel","errString":"cancel","errno":0}}`},
		{"s", with(ok(), func(r *Result) { r.Silent = true }), `{"o":"ok",` + r + `,"s":true}`},
		{"v", with(ok(), func(r *Result) { r.Return = map[string]any{"b": []string{"<&>"}} }),
			`{"o":"ok",` + r + `,"v":{"b":["\u003c\u0026\u003e"]}}`},
		{"v false", with(ok(), func(r *Result) { r.Return = false }), `{"o":"ok",` + r + `,"v":false}`},
		{"w", with(ok(), func(r *Result) { r.Warn = "warn" }), `{"o":"ok",` + r + `,"w":"warn"}`},
		{"p", with(ok(), func(r *Result) { r.Outcome, r.Pending = OutcomePending, 7 }), `{"o":"pending",` + r + `,"p":7}`},
		{"d", with(ok(), func(r *Result) { r.Dialog = &DialogRecord{Kind: "consent"} }),
			`{"o":"ok",` + r + `,"d":{"kind":"consent","answer":null}}`},
		{"m, the first time", remembered(true), `{"o":"ok",` + r + `,"m":[3,1]}`},
		{"no m after it", remembered(false), `{"o":"ok",` + r + `}`},
		{"all of them", with(remembered(true), func(r *Result) {
			r.Silent, r.Return, r.Warn, r.Pending = true, "x", "error", 9
			r.Dialog = &DialogRecord{Kind: "contacts", AnsweredBy: "user"}
		}), `{"o":"ok",` + r + `,"s":true,"v":"x","w":"error","p":9,"d":{"kind":"contacts","answer":null,"answeredBy":"user"},"m":[3,1]}`},
	}
	for _, tt := range tests {
		got, err := tt.res.AppendEnvelope([]byte("before"))
		if err != nil || string(got) != "before"+tt.want {
			t.Errorf("%s: AppendEnvelope = %s, %v; want before%s", tt.name, got, err, tt.want)
		}
		if !json.Valid(got[len("before"):]) {
			t.Errorf("%s: %s is not JSON", tt.name, got)
		}
	}
}

// An answer JSON cannot carry leaves what was written before it alone.
func TestAppendEnvelopeCannotEncode(t *testing.T) {
	for name, res := range map[string]Result{
		"r": Success("getSystemInfo", Fields{"n": math.NaN()}),
		"v": {Outcome: OutcomeOK, Fields: Fields{}, Return: math.Inf(1)},
	} {
		got, err := res.AppendEnvelope([]byte("before"))
		if err == nil || err.Error() != "json: unsupported value: NaN or ±Infinity" || string(got) != "before" {
			t.Errorf("%s: AppendEnvelope = %q, %v", name, got, err)
		}
	}
}
