package jsonwire

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth is encoding/json's nesting limit, kept so that both accept
// the same documents.
const maxDepth = 10000

// Decode reads one JSON document as json.Unmarshal into an `any` does,
// value for value: objects as map[string]any (the last of duplicate
// keys wins), arrays as []any, numbers as float64, and invalid UTF-8 and
// lone surrogates in strings as U+FFFD; it fails where Unmarshal fails. It
// reads in one pass, where encoding/json scans twice, a byte at a time
// through a state machine: for a page's 10 MB string, in WebAssembly, that
// is seconds.
func Decode(data []byte) (any, error) {
	d := decoder{data: data}
	v, err := d.value(0)
	if err != nil {
		return nil, err
	}
	if d.skipSpace(); d.at < len(d.data) {
		return nil, d.errorf("data after the value")
	}
	return v, nil
}

// decoder reads data from at, which each of its readers moves past what
// it read.
type decoder struct {
	data []byte
	at   int
}

func (d *decoder) errorf(what string) error {
	return fmt.Errorf("invalid JSON at byte %d: %s", d.at, what)
}

func (d *decoder) skipSpace() {
	for d.at < len(d.data) {
		switch d.data[d.at] {
		case ' ', '\t', '\n', '\r':
			d.at++
		default:
			return
		}
	}
}

// take consumes c, after any space, when it comes next.
func (d *decoder) take(c byte) bool {
	d.skipSpace()
	if d.at < len(d.data) && d.data[d.at] == c {
		d.at++
		return true
	}
	return false
}

// value reads the value at d.at; depth counts the arrays and objects it
// is inside.
func (d *decoder) value(depth int) (any, error) {
	d.skipSpace()
	if d.at >= len(d.data) {
		return nil, d.errorf("unexpected end")
	}
	switch c := d.data[d.at]; {
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return nil, d.errorf("exceeded max depth")
		}
		if c == '{' {
			return d.object(depth + 1)
		}
		return d.array(depth + 1)
	case c == '"':
		return d.string()
	case c == '-' || '0' <= c && c <= '9':
		return d.number()
	}
	for _, literal := range []struct {
		text  string
		value any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if end := d.at + len(literal.text); end <= len(d.data) && string(d.data[d.at:end]) == literal.text {
			d.at = end
			return literal.value, nil
		}
	}
	return nil, d.errorf("unexpected character")
}

func (d *decoder) object(depth int) (any, error) {
	d.at++ // {
	m := map[string]any{}
	walk := memberWalk{located: true}
	for d.nextMember(&walk) {
		var err error
		if m[walk.key.name], err = d.value(depth); err != nil {
			return nil, err
		}
	}
	if walk.err != nil {
		return nil, walk.err
	}
	return m, nil
}

func (d *decoder) array(depth int) (any, error) {
	d.at++ // [
	list := []any{}
	if d.take(']') {
		return list, nil
	}
	for {
		item, err := d.value(depth)
		if err != nil {
			return nil, err
		}
		list = append(list, item)
		if d.take(']') {
			return list, nil
		}
		if !d.take(',') {
			return nil, d.errorf("want a comma or ]")
		}
	}
}

// number checks JSON's grammar, then converts as encoding/json does, which
// refuses what does not fit a float64.
func (d *decoder) number() (any, error) {
	start := d.at
	digits := func() int {
		n := 0
		for d.at < len(d.data) && '0' <= d.data[d.at] && d.data[d.at] <= '9' {
			d.at++
			n++
		}
		return n
	}
	if d.data[d.at] == '-' {
		d.at++
	}
	if d.at < len(d.data) && d.data[d.at] == '0' {
		d.at++
	} else if digits() == 0 {
		return nil, d.errorf("want a digit")
	}
	if d.at < len(d.data) && d.data[d.at] == '.' {
		d.at++
		if digits() == 0 {
			return nil, d.errorf("want a digit after the point")
		}
	}
	if d.at < len(d.data) && (d.data[d.at] == 'e' || d.data[d.at] == 'E') {
		d.at++
		if d.at < len(d.data) && (d.data[d.at] == '+' || d.data[d.at] == '-') {
			d.at++
		}
		if digits() == 0 {
			return nil, d.errorf("want a digit in the exponent")
		}
	}
	f, err := strconv.ParseFloat(string(d.data[start:d.at]), 64)
	if err != nil {
		return nil, fmt.Errorf("number %s does not fit a float64", d.data[start:d.at])
	}
	return f, nil
}

// string reads the string at d.at, its opening quote included. Most
// strings need no unescaping, and are copied as they are.
func (d *decoder) string() (string, error) {
	start := d.at + 1
	end, closed := stringEnd(d.data, start)
	if !closed {
		d.at = end
		return "", d.errorf("unterminated string")
	}
	text := d.data[start : end-1]
	if bytes.IndexByte(text, '\\') < 0 && plainText(text) {
		d.at = end
		return string(text), nil
	}
	out, err := d.unescape(start, end-1)
	d.at = end
	return string(out), err
}

// stringEnd finds the closing quote of the string whose text starts at i,
// and returns the index past it. A quote closes the string unless an odd
// run of backslashes escapes it.
func stringEnd(data []byte, i int) (int, bool) {
	for i <= len(data) {
		q := bytes.IndexByte(data[i:], '"')
		if q < 0 {
			break
		}
		q += i
		run := 0
		for j := q - 1; j >= 0 && data[j] == '\\'; j-- {
			run++
		}
		if run%2 == 0 {
			return q + 1, true
		}
		i = q + 1
	}
	return len(data), false
}

// plainText reports whether text is valid UTF-8 without control
// characters, which JSON strings must escape.
func plainText(text []byte) bool {
	for _, c := range text {
		if c < ' ' {
			return false
		}
	}
	return utf8.Valid(text)
}

// unescape decodes the text of a string, data[i:end], as encoding/json
// does: escapes, and invalid UTF-8 as U+FFFD.
func (d *decoder) unescape(i, end int) ([]byte, error) {
	data := d.data
	out := make([]byte, 0, end-i)
	for i < end {
		next := bytes.IndexByte(data[i:end], '\\')
		if next < 0 {
			next = end - i
		}
		var ok bool
		if out, ok = appendText(out, data[i:i+next]); !ok {
			d.at = i
			return nil, d.errorf("control character in a string")
		}
		if i += next; i == end {
			break
		}
		if unescaped, ok := simpleEscape(data, i); ok {
			out = append(out, unescaped)
			i += 2
			continue
		}
		r := hex4(data[i:])
		if r < 0 {
			d.at = i
			return nil, d.errorf("invalid escape")
		}
		i += 6
		if utf16.IsSurrogate(r) {
			// A pair makes one rune; anything else leaves U+FFFD, as
			// encoding/json does.
			if pair := utf16.DecodeRune(r, hex4(data[i:])); pair != utf8.RuneError {
				out = utf8.AppendRune(out, pair)
				i += 6
				continue
			}
			r = utf8.RuneError
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// appendText appends text with no escapes in it, its invalid UTF-8 as
// U+FFFD; a control character makes it fail.
func appendText(out, text []byte) ([]byte, bool) {
	if plainText(text) {
		return append(out, text...), true
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < ' ' {
			return out, false
		}
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		out = utf8.AppendRune(out, r)
		i += size
	}
	return out, true
}

// simpleEscape reads the two-character escape at data[i], if it is one.
func simpleEscape(data []byte, i int) (byte, bool) {
	if i+1 >= len(data) {
		return 0, false
	}
	switch c := data[i+1]; c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// hex4 reads \uXXXX at the start of s, or answers -1.
func hex4(s []byte) rune {
	if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range s[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
