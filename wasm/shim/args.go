package shim

import (
	"bytes"
	"fmt"
	"math"

	"ttshim/wasm/internal/jsonwire"
)

// Args is one call's option object as the page passed it.
type Args struct {
	kind   string // JS type of the option itself: "Object", "Undefined", "Number"…
	values map[string]any
	text   any    // the argument when it is not an object
	raw    []byte // the option's JSON, nil when there was none
	// notTapped is set when the browser said the page had no user
	// activation at the time of the call.
	notTapped bool
	viewport  *Viewport
}

// emptyObject is the option of most calls, which needs no decoding.
var emptyObject = []byte("{}")

// DecodeArgs reads the loader's payload. An unreadable option (a throwing
// getter, a cycle) comes back as an error with the loader's reason.
func DecodeArgs(raw []byte) (Args, error) {
	p, err := jsonwire.ReadPayload(raw)
	if err != nil {
		return Args{}, fmt.Errorf("arguments are not readable: %v", err)
	}
	if p.Threw {
		reason := clipped(p.Reason)
		if reason == "" {
			reason = `""` // what the page threw
		}
		if p.Key != "" {
			return Args{}, fmt.Errorf("%s cannot be read: %s", clipped(p.Key), reason)
		}
		return Args{}, fmt.Errorf("arguments are not readable: %s", reason)
	}
	args := Args{kind: "Undefined", notTapped: p.NotTapped, viewport: (*Viewport)(p.Window)}
	switch {
	case p.Option == nil:
		return args, nil
	case bytes.Equal(p.Option, emptyObject):
		// raw may be the bridge's buffer, which the next call reuses:
		// whatever Args keeps is its own.
		args.kind, args.raw = "Object", emptyObject
		return args, nil
	}
	option, err := jsonwire.Decode(p.Option)
	if err != nil {
		return Args{}, fmt.Errorf("arguments are not readable: %v", err)
	}
	args.kind, args.text, args.raw = jsonwire.JSType(option), option, bytes.Clone(p.Option)
	if m, ok := option.(map[string]any); ok && args.kind == "Object" {
		args.values = m
	}
	return args, nil
}

// ArgsOf builds Args from Go values, for tests and internal callers.
func ArgsOf(values map[string]any) Args {
	return Args{kind: "Object", values: values}
}

// IsObject reports whether the option was an object or absent (which the
// client treats as an empty object).
func (a Args) IsObject() bool { return a.kind == "Object" || a.kind == "Undefined" || a.kind == "Null" }

// Text is the argument itself when the page passed a string.
func (a Args) Text() (string, bool) {
	s, ok := a.text.(string)
	return s, ok
}

// RawJSON is name's value as the page's JSON.stringify wrote it, keys in
// the page's order (nil when absent).
func (a Args) RawJSON(name string) jsonwire.Raw {
	var found jsonwire.Raw
	for m, err := range jsonwire.Members(a.raw) {
		if err != nil {
			return nil
		}
		if m.Name == name {
			found = m.Value // the last of duplicate keys wins, as in Raw
		}
	}
	return found
}

// Viewport is the window the loader measured for the call, or a desktop
// one when it sent none.
func (a Args) Viewport() Viewport {
	if a.viewport == nil {
		return defaultViewport
	}
	return *a.viewport
}

// Tapped reports whether the call came from a user gesture; without word
// from the browser it assumes one.
func (a Args) Tapped() bool { return !a.notTapped }

// Kind is the JS type name of the option.
func (a Args) Kind() string { return a.kind }

// Has reports whether the option carries name at all.
func (a Args) Has(name string) bool {
	_, ok := a.values[name]
	return ok
}

// Raw is the value of name as decoded from JSON.
func (a Args) Raw(name string) any { return a.values[name] }

// TypeOf is the JS type name of name's value ("Undefined" when absent).
func (a Args) TypeOf(name string) string {
	v, ok := a.values[name]
	if !ok {
		return "Undefined"
	}
	return jsonwire.JSType(v)
}

// ParamError says what is wrong with one parameter; the namespace words it.
type ParamError struct {
	Name  string
	Want  string // JS type expected: "String", "Number", "Array"…
	Got   string // JS type received
	Empty bool   // required and missing or empty
	// Reason overrides the standard wording when a rule beyond type fails.
	Reason string
}

func (e *ParamError) Error() string {
	switch {
	case e.Reason != "":
		return e.Reason
	case e.Empty:
		return e.Name + " cannot be empty"
	default:
		return e.Name + " is of wrong type"
	}
}

// String reads a string parameter. A required one must be non-empty.
func (a Args) String(name string, required bool) (string, *ParamError) {
	v, ok := a.values[name]
	if !ok || v == nil {
		if required {
			return "", &ParamError{Name: name, Want: "String", Got: a.TypeOf(name), Empty: true}
		}
		return "", nil
	}
	s, isString := v.(string)
	if !isString {
		return "", &ParamError{Name: name, Want: "String", Got: jsonwire.JSType(v)}
	}
	if required && s == "" {
		return "", &ParamError{Name: name, Want: "String", Got: "String", Empty: true}
	}
	return s, nil
}

// Number reads a finite number parameter, or def when absent.
func (a Args) Number(name string, def float64) (float64, *ParamError) {
	v, ok := a.values[name]
	if !ok || v == nil {
		return def, nil
	}
	// NaN and ±Infinity arrive tagged; they are numbers, just not usable ones.
	if tag, ok := v.(map[string]any); ok && tag[jsonwire.TagKey] == "Number" {
		return 0, &ParamError{Name: name, Want: "finite Number", Got: fmt.Sprint(tag["v"])}
	}
	f, isNumber := v.(float64)
	if !isNumber || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, &ParamError{Name: name, Want: "Number", Got: jsonwire.JSType(v)}
	}
	return f, nil
}

// Bool reads a boolean parameter, or def when absent.
func (a Args) Bool(name string, def bool) (bool, *ParamError) {
	v, ok := a.values[name]
	if !ok || v == nil {
		return def, nil
	}
	b, isBool := v.(bool)
	if !isBool {
		return false, &ParamError{Name: name, Want: "Boolean", Got: jsonwire.JSType(v)}
	}
	return b, nil
}

// Strings reads an array of strings. A required one may be empty but present.
func (a Args) Strings(name string, required bool) ([]string, *ParamError) {
	v, ok := a.values[name]
	if !ok || v == nil {
		if required {
			return nil, &ParamError{Name: name, Want: "Array", Got: a.TypeOf(name), Empty: true}
		}
		return nil, nil
	}
	list, isList := v.([]any)
	if !isList {
		return nil, &ParamError{Name: name, Want: "Array", Got: jsonwire.JSType(v)}
	}
	out := make([]string, 0, len(list))
	for _, item := range list {
		s, isString := item.(string)
		if !isString {
			return nil, &ParamError{Name: name, Want: "Array", Got: "Array",
				Reason: name + " must hold only strings"}
		}
		out = append(out, s)
	}
	return out, nil
}

// loggedArgs is an option as the call log shows it: the values the page
// passed, less the functions (callbacks never reach Go at all). An argument
// that is not an object (canIUse's string) is logged as passed.
func loggedArgs(raw []byte) any {
	option, err := jsonwire.Decode(raw)
	if raw == nil || err != nil {
		return nil
	}
	return withoutFunctions(option)
}

func withoutFunctions(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if tag, ok := x[jsonwire.TagKey].(string); ok {
			if tag == "Function" {
				return nil
			}
			return x
		}
		out := make(map[string]any, len(x))
		for k, item := range x {
			if m, ok := item.(map[string]any); ok && m[jsonwire.TagKey] == "Function" {
				continue
			}
			out[k] = withoutFunctions(item)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, item := range x {
			out[i] = withoutFunctions(item)
		}
		return out
	}
	return v
}

// paramReader reads parameters one after another until the first that is
// wrong, which it keeps: a handler reads its options top to bottom and
// checks once. A read after the error answers the zero value.
type paramReader struct {
	args Args
	err  *ParamError
}

func (r *paramReader) bool(name string, def bool) (v bool) {
	if r.err == nil {
		v, r.err = r.args.Bool(name, def)
	}
	return v
}

func (r *paramReader) number(name string, def float64) (v float64) {
	if r.err == nil {
		v, r.err = r.args.Number(name, def)
	}
	return v
}

// isWholeIn reports whether n is a whole number from lo to hi: what a count,
// a limit or an offset must be (NaN is none).
func isWholeIn(n, lo, hi float64) bool {
	return n >= lo && n <= hi && n == math.Trunc(n)
}

func (r *paramReader) string(name string, required bool) (v string) {
	if r.err == nil {
		v, r.err = r.args.String(name, required)
	}
	return v
}

func (r *paramReader) strings(name string, required bool) (v []string) {
	if r.err == nil {
		v, r.err = r.args.Strings(name, required)
	}
	return v
}
