// ReadPayload against encoding/json, and against the loader: it must read
// any JSON object as json.Unmarshal reads it into loaderPayload, and take
// every payload the loader's encode() can write.

package jsonwire

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// loaderPayload is the payload as encoding/json reads it; "v", the window,
// ReadPayload also checks.
type loaderPayload struct {
	A json.RawMessage `json:"a"`
	G *bool           `json:"g"`
	E string          `json:"e"`
	K string          `json:"k"`
}

func FuzzReadPayload(f *testing.F) {
	for _, seed := range []string{
		`{}`, `null`, `{"a":{"openid":"x"},"g":true}`, `{"g":false,"v":[1280,720,1280,720,1,0],"a":[1,"]"]}`,
		`{"e":"TypeError: cyclic","k":"openid"}`, `{"e":""}`, `{"e":null,"g":null}`, `{"a":1,"a":{"b":2}}`,
		`{"A":5}`, `{"g":"yes"}`, `{"v":[1,2,3]}`, `{"a":"\"}"}`, ` { "a" : [ ] } `, `{"k":"\u00e9","x":{"y":[]}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		p, err := ReadPayload(doc)
		if !json.Valid(doc) || hasFoldedKey(doc) {
			return // ReadPayload need only not panic
		}
		var want loaderPayload
		wantErr := json.Unmarshal(doc, &want)
		windowOK := validWindow(doc)
		switch {
		case wantErr != nil || !windowOK:
			if err == nil {
				t.Fatalf("ReadPayload(%s) accepted it; encoding/json: %v, window ok: %v", doc, wantErr, windowOK)
			}
		case err != nil:
			t.Fatalf("ReadPayload(%s): %v", doc, err)
		case !bytes.Equal(p.Option, want.A) || p.Reason != want.E || p.Key != want.K:
			t.Fatalf("ReadPayload(%s) = a %s e %q k %q; encoding/json: %s %q %q", doc, p.Option, p.Reason, p.Key, want.A, want.E, want.K)
		case p.NotTapped != (want.G != nil && !*want.G):
			t.Fatalf("ReadPayload(%s) not tapped %v; encoding/json %v", doc, p.NotTapped, want.G)
		}
	})
}

// hasFoldedKey reports a top-level key that encoding/json would match to
// a field case-insensitively ("A", "K" the Kelvin sign): the loader writes
// only its own lower-case keys, which ReadPayload matches exactly.
func hasFoldedKey(doc []byte) bool {
	var members map[string]json.RawMessage
	if json.Unmarshal(doc, &members) != nil {
		return false
	}
	for key := range members {
		for _, name := range []string{"a", "g", "e", "k", "v"} {
			if key != name && strings.EqualFold(key, name) {
				return true
			}
		}
	}
	return false
}

// validWindow is readWindow's rule: six numbers from 0 to 1e7, or no "v".
func validWindow(doc []byte) bool {
	var members map[string]json.RawMessage
	if json.Unmarshal(doc, &members) != nil {
		return true // not an object: encoding/json refuses it already
	}
	raw, ok := members["v"]
	if !ok {
		return true
	}
	var n []float64
	if json.Unmarshal(raw, &n) != nil || len(n) != 6 {
		return false
	}
	for _, f := range n {
		if f < 0 || f > 1e7 {
			return false
		}
	}
	return true
}

// FuzzReadPayloadTakesWhatTheLoaderWrites builds payloads as the loader's
// encode() does and reads them back.
func FuzzReadPayloadTakesWhatTheLoaderWrites(f *testing.F) {
	f.Add(uint8(0), false, 1280.0, 720.0, 1.0, false, []byte(`{"openid":"ou_1","left":1}`), "", "")
	f.Add(uint8(1), true, 390.5, 844.0, 3.0, true, []byte(`"getSystemInfo"`), "", "")
	f.Add(uint8(2), true, 0.0, 1e7, 1e-7, false, []byte(``), "", "")
	f.Add(uint8(3), false, 0.0, 0.0, 0.0, false, []byte(``), "TypeError: cyclic \"}\"\n", "openid")
	f.Add(uint8(3), false, 0.0, 0.0, 0.0, false, []byte(``), "", "")
	f.Fuzz(func(t *testing.T, shape uint8, view bool, width, height, ratio float64, dark bool, option []byte, reason, key string) {
		var compact bytes.Buffer
		if len(option) > 0 && (json.Compact(&compact, option) != nil || !bytes.Equal(compact.Bytes(), option)) {
			return // JSON.stringify writes JSON, with no space
		}
		var payload []byte
		wantNotTapped := false
		if shape%4 == 3 {
			// JSON.stringify({e, k}), k left out when there is none.
			payload = append(appendLoaderString([]byte(`{"e":`), reason), '}')
			if key != "" {
				payload = append(appendLoaderString(append(payload[:len(payload)-1], `,"k":`...), key), '}')
			}
		} else {
			payload = []byte("{")
			if shape%4 != 0 {
				wantNotTapped = shape%4 == 2
				payload = append(payload, `"g":`+map[bool]string{true: "false", false: "true"}[wantNotTapped]+","...)
			}
			if view {
				payload = append(payload, `"v":[`...)
				for i, n := range []float64{width, height, width, height, ratio, map[bool]float64{true: 1}[dark]} {
					if i > 0 {
						payload = append(payload, ',')
					}
					payload, _ = Append(payload, inWindow(n))
				}
				payload = append(payload, "],"...)
			}
			if len(option) > 0 {
				payload = append(append(append(payload, `"a":`...), option...), ',')
			}
			if payload[len(payload)-1] == ',' {
				payload = payload[:len(payload)-1]
			}
			payload = append(payload, '}')
		}
		p, err := ReadPayload(payload)
		if err != nil {
			t.Fatalf("ReadPayload(%s): %v", payload, err)
		}
		if shape%4 == 3 {
			if !p.Threw || p.Reason != asSent(reason) || p.Key != asSent(key) {
				t.Fatalf("ReadPayload(%s) = %+v", payload, p)
			}
			return
		}
		if !bytes.Equal(p.Option, option) || p.NotTapped != wantNotTapped || p.Threw || (p.Window != nil) != view {
			t.Fatalf("ReadPayload(%s) = %+v", payload, p)
		}
		if view && (p.Window.Width != inWindow(width) || p.Window.PixelRatio != inWindow(ratio) || p.Window.DarkMode != dark) {
			t.Fatalf("ReadPayload(%s) window = %+v", payload, *p.Window)
		}
	})
}

// inWindow folds n into what a browser window measures: 0 to 1e7.
func inWindow(n float64) float64 {
	if math.IsNaN(n) || math.IsInf(n, 0) {
		return 0
	}
	return math.Mod(math.Abs(n), 1e7)
}

// asSent is s once through JSON, which makes its invalid UTF-8 U+FFFD.
func asSent(s string) string {
	var sent string
	json.Unmarshal(appendLoaderString(nil, s), &sent)
	return sent
}

// appendLoaderString writes s as JSON.stringify does: <, > and & as they
// are, unlike encoding/json.
func appendLoaderString(dst []byte, s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return append(dst, bytes.TrimSuffix(b.Bytes(), []byte("\n"))...)
}
