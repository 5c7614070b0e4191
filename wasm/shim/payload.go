package shim

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
)

// payload is what the loader sends with a call:
// {"g":tapped,"v":[window],"a":option}, or {"e":why,"k":key} when the
// option could not be read. It is read by hand, not by encoding/json's
// reflection, which would be most of a call's cost in WebAssembly.
type payload struct {
	option     []byte // the option's JSON, nil when the page passed none
	tapState   int8   // 0: the loader did not say; tappedYes / tappedNo
	viewport   *Viewport
	unreadable string
	key        string
	// threw is set when the loader sent a reason, even an empty one: a
	// page can throw "".
	threw bool
}

const (
	tappedYes = 1
	tappedNo  = -1
)

var errPayload = errors.New("the loader's payload is not an object")

func readPayload(raw []byte) (payload, error) {
	var p payload
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return p, nil // as encoding/json reads null into a struct: nothing
	}
	r := jsonDecoder{data: raw}
	if !r.take('{') {
		return p, errPayload
	}
	if !r.take('}') {
		for {
			key, err := r.key()
			if err != nil {
				return p, err
			}
			value, err := r.span()
			if err != nil {
				return p, err
			}
			if err := p.set(key, value); err != nil {
				return p, err
			}
			if r.take('}') {
				break
			}
			if !r.take(',') {
				return p, errPayload
			}
		}
	}
	if r.skipSpace(); r.at < len(r.data) {
		return p, errPayload
	}
	return p, nil
}

func (p *payload) set(key string, value []byte) error {
	switch key {
	case "a":
		p.option = value
	case "g":
		switch string(value) {
		case "true":
			p.tapState = tappedYes
		case "false":
			p.tapState = tappedNo
		case "null":
			p.tapState = 0
		default:
			return errors.New("the user activation is not a boolean")
		}
	case "v":
		v, err := readViewport(value)
		if err != nil {
			return err
		}
		p.viewport = &v
	case "e":
		p.threw = p.threw || string(value) != "null"
		return setString(&p.unreadable, value)
	case "k":
		return setString(&p.key, value)
	}
	return nil
}

// setString reads a string member as encoding/json would into a string
// field: null leaves it as it was. The page's own error messages can be
// megabytes long, which the decoder reads in one pass.
func setString(field *string, value []byte) error {
	v, err := decodeJSON(value)
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

// readViewport reads [width, height, screenWidth, screenHeight,
// pixelRatio, dark (1 or 0)].
func readViewport(value []byte) (Viewport, error) {
	bad := errors.New("the window size is not readable")
	inner, ok := bytes.CutPrefix(bytes.TrimSpace(value), []byte("["))
	if inner, ok = bytes.CutSuffix(inner, []byte("]")); !ok {
		return Viewport{}, bad
	}
	var n [6]float64
	fields := bytes.Split(inner, []byte(","))
	if len(fields) != len(n) {
		return Viewport{}, bad
	}
	for i, field := range fields {
		f, err := strconv.ParseFloat(string(bytes.TrimSpace(field)), 64)
		if err != nil || f < 0 || f > 1e7 {
			return Viewport{}, bad
		}
		n[i] = f
	}
	return Viewport{Width: n[0], Height: n[1], ScreenWidth: n[2], ScreenHeight: n[3], PixelRatio: n[4], DarkMode: n[5] != 0}, nil
}

// The payload's members are walked without decoding their values; a
// value handed out is checked by whoever decodes it.

// key reads a member's name and its colon.
func (d *jsonDecoder) key() (string, error) {
	if d.skipSpace(); d.at >= len(d.data) || d.data[d.at] != '"' {
		return "", errPayload
	}
	key, err := d.string()
	if err != nil {
		return "", err
	}
	if !d.take(':') {
		return "", errPayload
	}
	return key, nil
}

// span returns the extent of the next value.
func (d *jsonDecoder) span() ([]byte, error) {
	d.skipSpace()
	start := d.at
	if d.at >= len(d.data) {
		return nil, errPayload
	}
	switch d.data[d.at] {
	case '"':
		if !d.skipString() {
			return nil, errPayload
		}
	case '{', '[':
		if !d.skipNested() {
			return nil, errPayload
		}
	default:
		for d.at < len(d.data) && strings.IndexByte(",}] \t\n\r", d.data[d.at]) < 0 {
			d.at++
		}
		if d.at == start {
			return nil, errPayload
		}
	}
	return d.data[start:d.at], nil
}

// skipString passes a string, escapes and all.
func (d *jsonDecoder) skipString() bool {
	if d.at >= len(d.data) || d.data[d.at] != '"' {
		return false
	}
	end, closed := stringEnd(d.data, d.at+1)
	d.at = end
	return closed
}

// skipNested passes an object or array, to its matching close.
func (d *jsonDecoder) skipNested() bool {
	depth := 0
	for d.at < len(d.data) {
		switch d.data[d.at] {
		case '"':
			if !d.skipString() {
				return false
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		}
		d.at++
		if depth == 0 {
			return true
		}
	}
	return false
}
