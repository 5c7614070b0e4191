package jsonwire

import (
	"bytes"
	"errors"
	"strconv"
)

// Payload is what the loader sends with a call:
// {"g":tapped,"v":[window],"a":option}, or {"e":why,"k":key} when the
// option could not be read. It is read by hand, not by encoding/json's
// reflection, which would be most of a call's cost in WebAssembly.
type Payload struct {
	// Option is the option's JSON, as it is in the payload; nil when the
	// page passed none.
	Option []byte
	// NotTapped is set when the browser said the page had no user
	// activation at the time of the call.
	NotTapped bool
	// Window is nil when the loader measured none.
	Window *Window
	// Threw is set when the loader sent a reason, even an empty one: a
	// page can throw "".
	Threw bool
	// Reason is why the option could not be read, and Key the member
	// whose getter threw ("" for the option itself).
	Reason, Key string
}

// Window is the window the loader measured for the call, sent as
// [width, height, screenWidth, screenHeight, pixelRatio, dark (1 or 0)].
type Window struct {
	Width, Height             float64
	ScreenWidth, ScreenHeight float64
	PixelRatio                float64
	DarkMode                  bool
}

// ReadPayload reads the payload as encoding/json would read it into a
// struct with these members, and refuses what the loader never writes: a
// member of the wrong type, a window that is not six numbers from 0 to 1e7.
func ReadPayload(raw []byte) (Payload, error) {
	var p Payload
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return p, nil // as encoding/json reads null into a struct: nothing
	}
	for m, err := range Members(raw) {
		if errors.Is(err, ErrNotObject) {
			return p, errMalformed
		}
		if err == nil {
			err = p.set(m.Name, m.Value)
		}
		if err != nil {
			return p, err
		}
	}
	return p, nil
}

func (p *Payload) set(key string, value []byte) error {
	switch key {
	case "a":
		p.Option = value
	case "g":
		switch string(value) {
		case "true", "null":
			p.NotTapped = false
		case "false":
			p.NotTapped = true
		default:
			return errors.New("the user activation is not a boolean")
		}
	case "v":
		w, err := readWindow(value)
		if err != nil {
			return err
		}
		p.Window = &w
	case "e":
		p.Threw = p.Threw || string(value) != "null"
		return setString(&p.Reason, value)
	case "k":
		return setString(&p.Key, value)
	}
	return nil
}

// setString reads a string member as encoding/json would into a string
// field: null leaves it as it was. The page's own error messages can be
// megabytes long, which Decode reads in one pass.
func setString(field *string, value []byte) error {
	v, err := Decode(value)
	switch s, ok := v.(string); {
	case err != nil:
		return err
	case ok:
		*field = s
	case v != nil:
		return errors.New("the loader's reason is not a string")
	}
	return nil
}

func readWindow(value []byte) (Window, error) {
	bad := errors.New("the window size is not readable")
	inner, ok := bytes.CutPrefix(bytes.TrimSpace(value), []byte("["))
	if inner, ok = bytes.CutSuffix(inner, []byte("]")); !ok {
		return Window{}, bad
	}
	var n [6]float64
	fields := bytes.Split(inner, []byte(","))
	if len(fields) != len(n) {
		return Window{}, bad
	}
	for i, field := range fields {
		f, err := strconv.ParseFloat(string(bytes.TrimSpace(field)), 64)
		if err != nil || f < 0 || f > 1e7 {
			return Window{}, bad
		}
		n[i] = f
	}
	return Window{Width: n[0], Height: n[1], ScreenWidth: n[2], ScreenHeight: n[3], PixelRatio: n[4], DarkMode: n[5] != 0}, nil
}
