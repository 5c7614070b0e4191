package jsonwire

import "testing"

func TestReadPayload(t *testing.T) {
	tests := []struct {
		raw       string
		option    string // "" when none
		notTapped bool
		window    *Window
	}{
		{`{}`, "", false, nil},
		{`null`, "", false, nil},
		{` { "a" : { "x" : [1, "}" , {"y":"]\""}] } } `, `{ "x" : [1, "}" , {"y":"]\""}] }`, false, nil},
		{`{"g":true,"a":{}}`, `{}`, false, nil},
		{`{"a":"\"}","g":false}`, `"\"}"`, true, nil},
		{`{"g":false,"g":null}`, "", false, nil}, // null says nothing, as encoding/json reads it into a *bool
		{`{"v":[390,844,1170,2532,3,1]}`, "", false,
			&Window{Width: 390, Height: 844, ScreenWidth: 1170, ScreenHeight: 2532, PixelRatio: 3, DarkMode: true}},
		{`{"v":[1280.5, 720, 1280, 720, 1.25, 0],"a":null}`, `null`, false,
			&Window{Width: 1280.5, Height: 720, ScreenWidth: 1280, ScreenHeight: 720, PixelRatio: 1.25}},
		{`{"later":{"keys":[]},"a":5}`, `5`, false, nil}, // keys it does not know are skipped
		{`{"a":1,"a":2}`, `2`, false, nil},               // the last wins, as in encoding/json
	}
	for _, tt := range tests {
		p, err := ReadPayload([]byte(tt.raw))
		if err != nil {
			t.Errorf("ReadPayload(%s): %v", tt.raw, err)
			continue
		}
		if string(p.Option) != tt.option || p.NotTapped != tt.notTapped {
			t.Errorf("ReadPayload(%s) = option %q not tapped %v, want %q %v", tt.raw, p.Option, p.NotTapped, tt.option, tt.notTapped)
		}
		if (p.Window == nil) != (tt.window == nil) || p.Window != nil && *p.Window != *tt.window {
			t.Errorf("ReadPayload(%s) window = %+v, want %+v", tt.raw, p.Window, tt.window)
		}
	}
}

func TestReadPayloadRefusesWhatTheLoaderNeverWrites(t *testing.T) {
	for _, raw := range []string{
		``, `[]`, `"a"`, `{`, `{"a":{}`, `{"a":}`, `{"a":1,}`, `{"a" 1}`, `{a:1}`, `{"a":1}x`, `{"a":"open`,
		`{"a":[1,2}`, `{"g":"yes"}`, `{"g":1}`, `{"v":[1,2]}`, `{"v":[1,2,3,4,5,"x"]}`, `{"v":[1,2,3,4,5,-1]}`,
		`{"v":[1,2,3,4,5,1e300]}`, `{"v":"[1,2,3,4,5,6]"}`, `{"e":5}`, `{"k":[]}`, `{"\u00":1}`,
	} {
		if p, err := ReadPayload([]byte(raw)); err == nil {
			t.Errorf("ReadPayload(%s) = %+v, want an error", raw, p)
		}
	}
	// What is not an object at all is worded as one written wrong.
	for _, raw := range []string{``, `[]`, `{"a":1,}`} {
		if _, err := ReadPayload([]byte(raw)); err == nil || err.Error() != "the loader's payload is not an object" {
			t.Errorf("ReadPayload(%s): %v", raw, err)
		}
	}
}
