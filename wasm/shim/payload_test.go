package shim

import (
	"strings"
	"testing"
)

func TestReadPayload(t *testing.T) {
	tests := []struct {
		raw      string
		option   string // "" when none
		tapState int8
		viewport *Viewport
	}{
		{`{}`, "", 0, nil},
		{`null`, "", 0, nil},
		{` { "a" : { "x" : [1, "}" , {"y":"]\""}] } } `, `{ "x" : [1, "}" , {"y":"]\""}] }`, 0, nil},
		{`{"g":true,"a":{}}`, `{}`, tappedYes, nil},
		{`{"a":"\"}","g":false}`, `"\"}"`, tappedNo, nil},
		{`{"v":[390,844,1170,2532,3,1]}`, "", 0,
			&Viewport{Width: 390, Height: 844, ScreenWidth: 1170, ScreenHeight: 2532, PixelRatio: 3, DarkMode: true}},
		{`{"v":[1280.5, 720, 1280, 720, 1.25, 0],"a":null}`, `null`, 0,
			&Viewport{Width: 1280.5, Height: 720, ScreenWidth: 1280, ScreenHeight: 720, PixelRatio: 1.25}},
		{`{"later":{"keys":[]},"a":5}`, `5`, 0, nil}, // keys it does not know are skipped
		{`{"a":1,"a":2}`, `2`, 0, nil},               // the last wins, as in encoding/json
	}
	for _, tt := range tests {
		p, err := readPayload([]byte(tt.raw))
		if err != nil {
			t.Errorf("readPayload(%s): %v", tt.raw, err)
			continue
		}
		if string(p.option) != tt.option || p.tapState != tt.tapState {
			t.Errorf("readPayload(%s) = option %q tap %d, want %q %d", tt.raw, p.option, p.tapState, tt.option, tt.tapState)
		}
		if (p.viewport == nil) != (tt.viewport == nil) || p.viewport != nil && *p.viewport != *tt.viewport {
			t.Errorf("readPayload(%s) viewport = %+v, want %+v", tt.raw, p.viewport, tt.viewport)
		}
	}
}

func TestReadPayloadRefusesWhatTheLoaderNeverWrites(t *testing.T) {
	for _, raw := range []string{
		``, `[]`, `"a"`, `{`, `{"a":{}`, `{"a":}`, `{"a":1,}`, `{"a" 1}`, `{a:1}`, `{"a":1}x`, `{"a":"open`,
		`{"a":[1,2}`, `{"g":"yes"}`, `{"g":1}`, `{"v":[1,2]}`, `{"v":[1,2,3,4,5,"x"]}`, `{"v":[1,2,3,4,5,-1]}`,
		`{"v":[1,2,3,4,5,1e300]}`, `{"v":"[1,2,3,4,5,6]"}`, `{"e":5}`, `{"k":[]}`, `{"\u00":1}`,
	} {
		if p, err := readPayload([]byte(raw)); err == nil {
			t.Errorf("readPayload(%s) = %+v, want an error", raw, p)
		}
	}
}

// DecodeArgs words what it cannot read, for the API's parameter error.
func TestDecodeArgsNamesWhatIsUnreadable(t *testing.T) {
	tests := []struct{ raw, want string }{
		{`{"e":"TypeError: cyclic object value","k":"openid"}`, "openid cannot be read: TypeError: cyclic object value"},
		{`{"e":"RangeError: Maximum call stack size exceeded"}`, "arguments are not readable: RangeError: Maximum call stack size exceeded"},
		{`{"a":{"x":1,}}`, "arguments are not readable: "},
		{`{"v":[1]}`, "arguments are not readable: the window size is not readable"},
	}
	for _, tt := range tests {
		_, err := DecodeArgs([]byte(tt.raw))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("DecodeArgs(%s) = %v, want %q", tt.raw, err, tt.want)
		}
	}
}

// The arguments keep nothing of the bridge's buffer, which the next call
// overwrites.
func TestDecodeArgsCopiesTheOption(t *testing.T) {
	for _, raw := range []string{`{"a":{}}`, `{"a":{"openid":"ou_1"}}`, `{"a":"getSystemInfo"}`} {
		buffer := []byte(raw)
		args, err := DecodeArgs(buffer)
		if err != nil {
			t.Fatal(err)
		}
		want := string(args.raw)
		for i := range buffer {
			buffer[i] = 'x'
		}
		if string(args.raw) != want {
			t.Errorf("DecodeArgs(%s): the option changed with the buffer to %q", raw, args.raw)
		}
	}
}
