package shim

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestDecodeArgs(t *testing.T) {
	tests := []struct {
		payload  string
		kind     string
		isObject bool
		types    map[string]string // TypeOf for some keys
		text     string            // Text() when the option is a string
	}{
		{`{}`, "Undefined", true, map[string]string{"openid": "Undefined"}, ""},
		{`null`, "Undefined", true, nil, ""},
		{`{"a":null}`, "Null", true, nil, ""},
		{`{"a":{}}`, "Object", true, map[string]string{"openid": "Undefined"}, ""},
		{`{"a":{"openid":"ou_1","left":100,"top":null,"ok":true,"ids":["a"],"o":{"k":1}}}`, "Object", true,
			map[string]string{"openid": "String", "left": "Number", "top": "Null", "ok": "Boolean",
				"ids": "Array", "o": "Object", "nope": "Undefined"}, ""},
		{`{"a":{"left":{"@@js":"Number","v":"NaN"},"cb":{"@@js":"Function"},"big":{"@@js":"BigInt"}}}`, "Object", true,
			map[string]string{"left": "Number", "cb": "Function", "big": "BigInt"}, ""},
		{`{"a":5}`, "Number", false, nil, ""},
		{`{"a":"enterProfile"}`, "String", false, nil, "enterProfile"},
		{`{"a":""}`, "String", false, nil, ""},
		{`{"a":[1,2]}`, "Array", false, nil, ""},
		{`{"a":false}`, "Boolean", false, nil, ""},
		{`{"a":{"@@js":"Function"}}`, "Function", false, nil, ""},
		{`{"a":{"@@js":"Number","v":"NaN"}}`, "Number", false, nil, ""},
		{`{"a":{"@@js":"Number","v":"-Infinity"}}`, "Number", false, nil, ""},
		{`{"a":{"@@js":"Symbol"}}`, "Symbol", false, nil, ""},
		{`{"a":{"@@js":7}}`, "Object", true, map[string]string{"@@js": "Number"}, ""},
		{`{"a":5,"e":null}`, "Number", false, nil, ""},
		{`{"a":true,"g":null}`, "Boolean", false, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.payload, func(t *testing.T) {
			args, err := DecodeArgs([]byte(tt.payload))
			if err != nil {
				t.Fatalf("DecodeArgs: %v", err)
			}
			if args.Kind() != tt.kind || args.IsObject() != tt.isObject {
				t.Errorf("kind %q isObject %v, want %q %v", args.Kind(), args.IsObject(), tt.kind, tt.isObject)
			}
			for name, want := range tt.types {
				if got := args.TypeOf(name); got != want {
					t.Errorf("TypeOf(%q) = %q, want %q", name, got, want)
				}
				if args.Has(name) != (want != "Undefined") {
					t.Errorf("Has(%q) = %v", name, args.Has(name))
				}
			}
			text, isText := args.Text()
			if isText != (tt.kind == "String") || text != tt.text {
				t.Errorf("Text() = %q, %v", text, isText)
			}
		})
	}
}

func TestDecodeArgsUnreadable(t *testing.T) {
	tests := []struct{ payload, err string }{
		{`{"e":"TypeError: Converting circular structure to JSON"}`,
			"arguments are not readable: TypeError: Converting circular structure to JSON"},
		{`{"e":"reading fail threw Error: no","a":{"openid":"x"}}`, "arguments are not readable: reading fail threw Error: no"},
		{`not json`, "arguments are not readable: "},
		{``, "arguments are not readable: "},
		{`{"a":{"openid":"x"}`, "arguments are not readable: "},
		{`[1]`, "arguments are not readable: "},
		{`{"e":5}`, "arguments are not readable: "},
		// A getter may throw "", which the loader sends as it is.
		{`{"e":""}`, `arguments are not readable: ""`},
		{`{"e":"","k":"openid"}`, `openid cannot be read: ""`},
	}
	for _, tt := range tests {
		t.Run(tt.payload, func(t *testing.T) {
			_, err := DecodeArgs([]byte(tt.payload))
			if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
				t.Fatalf("DecodeArgs(%s) error = %v, want it to start with %q", tt.payload, err, tt.err)
			}
		})
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

func mustArgs(t *testing.T, option string) Args {
	t.Helper()
	args, err := DecodeArgs([]byte(`{"a":` + option + `}`))
	if err != nil {
		t.Fatal(err)
	}
	return args
}

func TestParamErrorWording(t *testing.T) {
	tests := []struct {
		err  ParamError
		want string
	}{
		{ParamError{Name: "openid", Want: "String", Got: "Undefined", Empty: true}, "openid cannot be empty"},
		{ParamError{Name: "left", Want: "Number", Got: "String"}, "left is of wrong type"},
		{ParamError{Name: "scopeList", Empty: true, Reason: "scopeList must hold only strings"}, "scopeList must hold only strings"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%+v.Error() = %q, want %q", tt.err, got, tt.want)
		}
		if got := paramError("enterProfile", tt.err.Error()).Fields["errString"]; got != "Parameter error. "+tt.want {
			t.Errorf("errString %q", got)
		}
	}
}

func TestArgsString(t *testing.T) {
	tests := []struct {
		option   string
		required bool
		want     string
		err      string
		got      string // ParamError.Got
	}{
		{`{"openid":"ou_1"}`, true, "ou_1", "", ""},
		{`{}`, true, "", "openid cannot be empty", "Undefined"},
		{`{"openid":null}`, true, "", "openid cannot be empty", "Null"},
		{`{"openid":""}`, true, "", "openid cannot be empty", "String"},
		{`{"openid":5}`, true, "", "openid is of wrong type", "Number"},
		{`{"openid":["ou_1"]}`, true, "", "openid is of wrong type", "Array"},
		{`{"openid":{"@@js":"Function"}}`, true, "", "openid is of wrong type", "Function"},
		{`{"openid":5}`, false, "", "openid is of wrong type", "Number"},
		{`{}`, false, "", "", ""},
		{`{"openid":""}`, false, "", "", ""},
	}
	for _, tt := range tests {
		got, err := mustArgs(t, tt.option).String("openid", tt.required)
		if got != tt.want || errText(err) != tt.err || (err != nil && err.Got != tt.got) {
			t.Errorf("String(openid, %v) on %s = %q, %v; want %q, %q (got %s)", tt.required, tt.option, got, err, tt.want, tt.err, tt.got)
		}
	}
}

func TestArgsNumber(t *testing.T) {
	tests := []struct {
		option string
		want   float64
		err    string
	}{
		{`{"left":100}`, 100, ""},
		{`{"left":-20.5}`, -20.5, ""},
		{`{"left":0}`, 0, ""},
		{`{}`, 7, ""},
		{`{"left":null}`, 7, ""},
		{`{"left":"100"}`, 0, "left is of wrong type"},
		{`{"left":true}`, 0, "left is of wrong type"},
		{`{"left":{"@@js":"Number","v":"NaN"}}`, 0, "left is of wrong type"},
		{`{"left":{"@@js":"Number","v":"Infinity"}}`, 0, "left is of wrong type"},
		{`{"left":{"@@js":"BigInt"}}`, 0, "left is of wrong type"},
		{`{"left":[1]}`, 0, "left is of wrong type"},
	}
	for _, tt := range tests {
		got, err := mustArgs(t, tt.option).Number("left", 7)
		if got != tt.want || errText(err) != tt.err {
			t.Errorf("Number(left, 7) on %s = %v, %v; want %v, %q", tt.option, got, err, tt.want, tt.err)
		}
	}
}

func TestArgsBool(t *testing.T) {
	tests := []struct {
		option string
		want   bool
		err    string
	}{
		{`{"multi":false}`, false, ""},
		{`{"multi":true}`, true, ""},
		{`{}`, true, ""},
		{`{"multi":null}`, true, ""},
		{`{"multi":"false"}`, false, "multi is of wrong type"},
		{`{"multi":0}`, false, "multi is of wrong type"},
	}
	for _, tt := range tests {
		got, err := mustArgs(t, tt.option).Bool("multi", true)
		if got != tt.want || errText(err) != tt.err {
			t.Errorf("Bool(multi, true) on %s = %v, %v; want %v, %q", tt.option, got, err, tt.want, tt.err)
		}
	}
}

func TestArgsStrings(t *testing.T) {
	tests := []struct {
		option   string
		required bool
		want     []string
		err      string
	}{
		{`{"scopeList":["a","b"]}`, true, []string{"a", "b"}, ""},
		{`{"scopeList":[]}`, true, []string{}, ""},
		{`{}`, true, nil, "scopeList cannot be empty"},
		{`{"scopeList":null}`, true, nil, "scopeList cannot be empty"},
		{`{}`, false, nil, ""},
		{`{"scopeList":"a"}`, true, nil, "scopeList is of wrong type"},
		{`{"scopeList":{"0":"a"}}`, false, nil, "scopeList is of wrong type"},
		{`{"scopeList":["a",1]}`, true, nil, "scopeList must hold only strings"},
		{`{"scopeList":[null]}`, false, nil, "scopeList must hold only strings"},
	}
	for _, tt := range tests {
		got, err := mustArgs(t, tt.option).Strings("scopeList", tt.required)
		if !reflect.DeepEqual(got, tt.want) || errText(err) != tt.err {
			t.Errorf("Strings(scopeList, %v) on %s = %#v, %v; want %#v, %q", tt.required, tt.option, got, err, tt.want, tt.err)
		}
	}
}

func TestArgsOf(t *testing.T) {
	args := ArgsOf(map[string]any{"openid": "ou_1"})
	if !args.IsObject() || args.Kind() != "Object" {
		t.Errorf("ArgsOf is a %s", args.Kind())
	}
	if got, err := args.String("openid", true); got != "ou_1" || err != nil {
		t.Errorf("String = %q, %v", got, err)
	}
}

func TestLoggedArgs(t *testing.T) {
	tests := []struct {
		payload string
		want    string // JSON of the logged args
	}{
		{`{}`, `null`},
		{`{"a":{"openid":"ou_1","left":100,"success":{"@@js":"Function"}}}`, `{"left":100,"openid":"ou_1"}`},
		{`{"a":{"nested":{"cb":{"@@js":"Function"},"k":1},"list":[{"@@js":"Function"},2]}}`,
			`{"list":[null,2],"nested":{"k":1}}`},
		{`{"a":{"left":{"@@js":"Number","v":"NaN"}}}`, `{"left":{"@@js":"Number","v":"NaN"}}`},
		{`{"a":"enterProfile.object.left"}`, `"enterProfile.object.left"`},
		{`{"a":5}`, `5`},
		{`{"a":[1,{"@@js":"Function"}]}`, `[1,null]`},
		{`{"a":{"@@js":"Function"}}`, `null`},
	}
	for _, tt := range tests {
		args, err := DecodeArgs([]byte(tt.payload))
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.Marshal(loggedArgs(args.raw))
		if err != nil || string(got) != tt.want {
			t.Errorf("loggedArgs of %s = %s (%v), want %s", tt.payload, got, err, tt.want)
		}
	}
	// Logging leaves the option itself alone.
	args := mustArgs(t, `{"openid":"ou_1","success":{"@@js":"Function"}}`)
	loggedArgs(args.raw)
	if args.TypeOf("success") != "Function" {
		t.Errorf("loggedArgs removed the function from the option")
	}
}

func errText(err *ParamError) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func FuzzDecodeArgs(f *testing.F) {
	for _, seed := range []string{
		`{}`, `null`, `{"a":null}`, `{"a":{"openid":"ou_1","left":1}}`, `{"a":5}`, `{"a":"s"}`, `{"a":[1,"x"]}`,
		`{"a":{"@@js":"Function"}}`, `{"a":{"left":{"@@js":"Number","v":"NaN"}}}`, `{"e":"cycle"}`,
		`{"a":{"x":{"@@js":"Function"},"y":[{"@@js":"Function"},{"z":{"@@js":"Function"}}]}}`,
		`{"a":{"@@js":{"@@js":"Function"}}}`, `{"a":`, `}`, ``, `{"a":1e400}`, `{"a":{"scopeList":["a",1]}}`,
	} {
		f.Add([]byte(seed))
	}
	kinds := map[string]bool{"Object": true, "Undefined": true, "Null": true, "Number": true, "String": true,
		"Boolean": true, "Array": true, "Function": true, "Symbol": true, "BigInt": true}
	f.Fuzz(func(t *testing.T, payload []byte) {
		args, err := DecodeArgs(payload)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "arguments are not readable: ") {
				t.Fatalf("error %q", err)
			}
			return
		}
		if args.Kind() == "" {
			t.Fatalf("no kind for %q", payload)
		}
		wantObject := args.Kind() == "Object" || args.Kind() == "Undefined" || args.Kind() == "Null"
		if args.IsObject() != wantObject {
			t.Fatalf("kind %s but IsObject %v", args.Kind(), args.IsObject())
		}
		if _, err := json.Marshal(loggedArgs(args.raw)); err != nil {
			t.Fatalf("logged args cannot be encoded: %v", err)
		}
		if !args.IsObject() {
			return
		}
		for _, name := range []string{"openid", "left", "scopeList", "multi", "@@js"} {
			if !kinds[args.TypeOf(name)] && args.Has(name) {
				// A tag the loader never sends names its own type; fine, but
				// an untagged value must be one of JS's.
				if _, tagged := args.Raw(name).(map[string]any); !tagged {
					t.Fatalf("TypeOf(%q) = %q", name, args.TypeOf(name))
				}
			}
			if s, err := args.String(name, true); err != nil && err.Error() == "" || err == nil && s == "" {
				t.Fatalf("String(%q, required) = %q, %v", name, s, err)
			}
			if _, err := args.Number(name, 0); err != nil && !strings.HasPrefix(err.Error(), name+" ") {
				t.Fatalf("Number(%q) error %q", name, err)
			}
			if _, err := args.Bool(name, false); err != nil && !strings.HasPrefix(err.Error(), name+" ") {
				t.Fatalf("Bool(%q) error %q", name, err)
			}
			if list, err := args.Strings(name, true); err == nil && list == nil {
				t.Fatalf("Strings(%q, required) = nil without an error", name)
			}
		}
	})
}
