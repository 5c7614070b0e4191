package jsonwire

import "errors"

// Stringify is data, the loader's JSON of a page's value, as the page's
// JSON.stringify writes that value: the loader tags what JSON cannot
// carry, and stringify writes NaN and ±Infinity as null, leaves functions
// and symbols out of objects (null in arrays) and refuses BigInt. Data is
// copied in one pass, keys in order, as a 10 MB body must not take
// seconds; it comes from an option Decode read, and is not checked again.
func Stringify(data []byte) ([]byte, error) {
	if data == nil {
		return nil, nil
	}
	d := decoder{data: data}
	out, _, err := d.restringify(make([]byte, 0, len(data)))
	return out, err
}

// restringify appends the value at d.at to out, rewriting the loader's
// tags; leftOut reports a function or symbol, which an object leaves out.
func (d *decoder) restringify(out []byte) (_ []byte, leftOut bool, err error) {
	if d.skipSpace(); d.at >= len(d.data) {
		return out, false, errMalformed
	}
	switch d.data[d.at] {
	case '{':
		start := d.at
		tag := d.tagOf()
		d.at = start
		switch tag {
		case "Number", "Function", "Symbol":
			_, err := d.span()
			return append(out, "null"...), tag != "Number", err
		case "BigInt":
			return out, false, errors.New("a BigInt cannot be written as JSON")
		}
		return d.restringifyObject(out)
	case '[':
		return d.restringifyArray(out)
	}
	value, err := d.span()
	return append(out, value...), false, err
}

// tagOf reads the loader's tag at d.at, {"@@js": "<type>", …}, or "".
func (d *decoder) tagOf() string {
	if !d.take('{') {
		return ""
	}
	var walk memberWalk
	if !d.nextMember(&walk) || walk.key.name != TagKey {
		return ""
	}
	if d.skipSpace(); d.at >= len(d.data) || d.data[d.at] != '"' {
		return ""
	}
	tag, _ := d.string()
	return tag
}

func (d *decoder) restringifyObject(out []byte) ([]byte, bool, error) {
	d.at++ // {
	out = append(out, '{')
	written := 0
	walk := memberWalk{unread: true}
	for d.nextMember(&walk) {
		before := len(out)
		if written > 0 {
			out = append(out, ',')
		}
		out = append(append(out, walk.key.quoted...), ':')
		var leftOut bool
		var err error
		if out, leftOut, err = d.restringify(out); err != nil {
			return out, false, err
		}
		if leftOut {
			out = out[:before]
		} else {
			written++
		}
	}
	if walk.err != nil {
		return out, false, walk.err
	}
	return append(out, '}'), false, nil
}

func (d *decoder) restringifyArray(out []byte) ([]byte, bool, error) {
	d.at++ // [
	out = append(out, '[')
	for items := 0; !d.take(']'); items++ {
		if items > 0 {
			if !d.take(',') {
				return out, false, errMalformed
			}
			out = append(out, ',')
		}
		var err error
		if out, _, err = d.restringify(out); err != nil {
			return out, false, err
		}
	}
	return append(out, ']'), false, nil
}
