package jsonwire

import (
	"encoding/json"
	"reflect"
	"testing"
)

// readFields is what Reader reads, as encoding/json reads it into a struct.
type readFields struct {
	S string `json:"s"`
	I int64  `json:"i"`
	O Object `json:"o"`
	L []any  `json:"l"`
}

func TestReaderReadsAsEncodingJSON(t *testing.T) {
	for _, doc := range []string{
		`{"s":"text","i":1733390000123,"o":{"a":[1,null]},"l":[1,"two",{}]}`,
		`{}`, `{"s":null,"i":null,"o":null,"l":null,"other":true}`, `{"i":-0,"i":-42}`, `{"s":"a","s":"last wins"}`,
		`{"s":1}`, `{"i":"1"}`, `{"i":1.5}`, `{"o":[]}`, `{"l":{}}`, `{"o":"x"}`,
		`[]`, `"text"`, `1`, `{"s":"x"`, `{"s":"x"} extra`, ``,
	} {
		r := ReadObject([]byte(doc))
		ours := readFields{S: r.String("s"), I: r.Int("i"), O: r.Object("o"), L: r.List("l")}
		var theirs readFields
		wantErr := json.Unmarshal([]byte(doc), &theirs)
		if (r.Err != nil) != (wantErr != nil) {
			t.Errorf("ReadObject(%s): error %v; json.Unmarshal: %v", doc, r.Err, wantErr)
			continue
		}
		if r.Err == nil && !reflect.DeepEqual(ours, theirs) {
			t.Errorf("ReadObject(%s) = %+v; json.Unmarshal: %+v", doc, ours, theirs)
		}
	}
}

func TestDecodeScalars(t *testing.T) {
	if s, err := DecodeString([]byte(` "tt.request" `)); err != nil || s != "tt.request" {
		t.Errorf("DecodeString: %q, %v", s, err)
	}
	if _, err := DecodeString([]byte(`1`)); err == nil || err.Error() != "want a string, got a number" {
		t.Errorf("DecodeString of a number: %v", err)
	}
	if n, err := DecodeInt([]byte(`-42`)); err != nil || n != -42 {
		t.Errorf("DecodeInt: %d, %v", n, err)
	}
	for _, doc := range []string{`1.5`, `"1"`, `1e300`, ``} {
		if _, err := DecodeInt([]byte(doc)); err == nil {
			t.Errorf("DecodeInt(%s) did not fail", doc)
		}
	}
	if !Valid([]byte(` {"a":[1,2]} `)) || Valid([]byte(`{"a":}`)) || Valid(nil) {
		t.Error("Valid misjudges")
	}
}
