package jsonwire

import (
	"errors"
	"strings"
	"testing"
)

// members lists the walk as name=value pairs, and how it ended.
func members(data string) (string, error) {
	var pairs []string
	for m, err := range Members([]byte(data)) {
		if err != nil {
			return strings.Join(pairs, " "), err
		}
		pairs = append(pairs, m.Name+"="+string(m.Value))
	}
	return strings.Join(pairs, " "), nil
}

func TestMembers(t *testing.T) {
	tests := []struct{ data, want string }{
		{`{}`, ""},
		{` { } `, ""},
		{`{"b":1,"a":"x","b":[1,{"c":"]}"}],"\u00e9":null}`, `b=1 a="x" b=[1,{"c":"]}"}] é=null`},
		{` { "a" : { "b" : 2 } , "c" : true } `, `a={ "b" : 2 } c=true`},
		{`{"a":nul}`, "a=nul"}, // values are not checked: whoever decodes one does
	}
	for _, tt := range tests {
		if got, err := members(tt.data); got != tt.want || err != nil {
			t.Errorf("Members(%s) = %s, %v; want %s", tt.data, got, err, tt.want)
		}
	}
}

func TestMembersRefuses(t *testing.T) {
	tests := []struct{ data, walked, err string }{
		{``, "", ErrNotObject.Error()},
		{`[1]`, "", ErrNotObject.Error()},
		{`"{}"`, "", ErrNotObject.Error()},
		{`{"a":1,}`, "a=1", errMalformed.Error()},
		{`{"a":1 "b":2}`, "a=1", errMalformed.Error()},
		{`{"a" 1}`, "", errMalformed.Error()},
		{`{a:1}`, "", errMalformed.Error()},
		{`{"a":}`, "", errMalformed.Error()},
		{`{"a":1`, "a=1", errMalformed.Error()},
		{`{"a":1}x`, "a=1", errMalformed.Error()},
		{`{"a":"open`, "", errMalformed.Error()},
		{`{"\u00":1}`, "", "invalid JSON at byte 2: invalid escape"},
		{`{"a`, "", "invalid JSON at byte 3: unterminated string"},
	}
	for _, tt := range tests {
		walked, err := members(tt.data)
		if walked != tt.walked || err == nil || err.Error() != tt.err {
			t.Errorf("Members(%s) walked %q, then %v; want %q, then %q", tt.data, walked, err, tt.walked, tt.err)
		}
	}
	if _, err := members(`5`); !errors.Is(err, ErrNotObject) {
		t.Errorf("Members(5): %v, not ErrNotObject", err)
	}
}

// A loop that stops early stops the walk: nothing after it is read.
func TestMembersStopsWhenTheLoopDoes(t *testing.T) {
	for m, err := range Members([]byte(`{"a":1,"b":2,}`)) {
		if err != nil || m.Name != "a" {
			t.Fatalf("first member %+v, %v", m, err)
		}
		break
	}
}

// Decode words an object written wrong by where it went wrong.
func TestDecodeObjectErrors(t *testing.T) {
	for data, want := range map[string]string{
		`{1:2}`:          "invalid JSON at byte 1: want a key",
		`{"a" 1}`:        "invalid JSON at byte 5: want a colon",
		`{"a":1 "b":2}`:  "invalid JSON at byte 7: want a comma or }",
		`{"a":1,}`:       "invalid JSON at byte 7: want a key",
		`{"a":{"b":1]}`:  "invalid JSON at byte 11: want a comma or }",
		`{"a":"\u00"}`:   "invalid JSON at byte 6: invalid escape",
		`{"a":1,"b":2`:   "invalid JSON at byte 12: want a comma or }",
		`{"a":[1,2}`:     "invalid JSON at byte 9: want a comma or ]",
		`{"a":1}{"b":2}`: "invalid JSON at byte 7: data after the value",
	} {
		if _, err := Decode([]byte(data)); err == nil || err.Error() != want {
			t.Errorf("Decode(%s): %v; want %q", data, err, want)
		}
	}
}
