package shim

import (
	"bytes"
	"encoding/json"
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
	r := jsonReader{data: raw}
	if !r.take('{') {
		return p, errPayload
	}
	if !r.take('}') {
		for {
			key, err := r.key()
			if err != nil {
				return p, err
			}
			value, err := r.value()
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
		return json.Unmarshal(value, &p.unreadable)
	case "k":
		return json.Unmarshal(value, &p.key)
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

// jsonReader walks one JSON object's members without decoding their
// values; a value it hands out is checked by whoever decodes it.
type jsonReader struct {
	data []byte
	at   int
}

func (r *jsonReader) skipSpace() {
	for r.at < len(r.data) {
		switch r.data[r.at] {
		case ' ', '\t', '\n', '\r':
			r.at++
		default:
			return
		}
	}
}

// take consumes c, after any space, when it comes next.
func (r *jsonReader) take(c byte) bool {
	r.skipSpace()
	if r.at < len(r.data) && r.data[r.at] == c {
		r.at++
		return true
	}
	return false
}

// key reads a member's name and its colon.
func (r *jsonReader) key() (string, error) {
	r.skipSpace()
	start := r.at
	if !r.skipString() {
		return "", errPayload
	}
	var key string
	if err := json.Unmarshal(r.data[start:r.at], &key); err != nil {
		return "", err
	}
	if !r.take(':') {
		return "", errPayload
	}
	return key, nil
}

// value returns the extent of the next value.
func (r *jsonReader) value() ([]byte, error) {
	r.skipSpace()
	start := r.at
	if r.at >= len(r.data) {
		return nil, errPayload
	}
	switch r.data[r.at] {
	case '"':
		if !r.skipString() {
			return nil, errPayload
		}
	case '{', '[':
		if !r.skipNested() {
			return nil, errPayload
		}
	default:
		for r.at < len(r.data) && strings.IndexByte(",}] \t\n\r", r.data[r.at]) < 0 {
			r.at++
		}
		if r.at == start {
			return nil, errPayload
		}
	}
	return r.data[start:r.at], nil
}

// skipString passes a string, escapes and all.
func (r *jsonReader) skipString() bool {
	if r.at >= len(r.data) || r.data[r.at] != '"' {
		return false
	}
	for r.at++; r.at < len(r.data); r.at++ {
		switch r.data[r.at] {
		case '\\':
			r.at++
		case '"':
			r.at++
			return true
		}
	}
	return false
}

// skipNested passes an object or array, to its matching close.
func (r *jsonReader) skipNested() bool {
	depth := 0
	for r.at < len(r.data) {
		switch r.data[r.at] {
		case '"':
			if !r.skipString() {
				return false
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		}
		r.at++
		if depth == 0 {
			return true
		}
	}
	return false
}
