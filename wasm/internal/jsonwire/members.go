package jsonwire

import (
	"errors"
	"iter"
	"strings"
)

// ErrNotObject is what Members answers for data that is not an object.
var ErrNotObject = errors.New("not a JSON object")

// errMalformed is what Members and Stringify answer for an object written
// wrong. Its words are the payload's: every other object they walk is
// part of an option that Decode read whole before, so only the loader's
// payload can be written wrong.
var errMalformed = errors.New("the loader's payload is not an object")

// Member is one member of an object: its name, and its value as the JSON
// it was written as.
type Member struct {
	Name  string
	Value []byte
}

// Members walks the object in data, in the order its members are
// written, duplicates included, without decoding their values: whoever
// decodes one checks it. Data that is not an object ends the walk at once
// with ErrNotObject; an object written wrong ends it where it goes wrong,
// as does anything but space after it.
func Members(data []byte) iter.Seq2[Member, error] {
	return func(yield func(Member, error) bool) {
		d := decoder{data: data}
		if !d.take('{') {
			yield(Member{}, ErrNotObject)
			return
		}
		var walk memberWalk
		for d.nextMember(&walk) {
			value, err := d.span()
			if err != nil {
				yield(Member{}, err)
				return
			}
			if !yield(Member{Name: walk.key.name, Value: value}, nil) {
				return
			}
		}
		switch d.skipSpace(); {
		case walk.err != nil:
			yield(Member{}, walk.err)
		case d.at < len(d.data):
			yield(Member{}, errMalformed)
		}
	}
}

// key is a member's name as written (quotes, escapes and all) and as read
// (unless the walk leaves it unread).
type key struct {
	quoted []byte
	name   string
}

// memberWalk is how far a walk of an object's members went: Decode's,
// Members' and Stringify's walks are loops over nextMember, not
// iterators, which the compiler would copy into each of them. It holds
// no decoder, so that what the loop keeps of a key (a map key) does not
// make the decoder escape to the heap.
type memberWalk struct {
	// located words punctuation out of place as Decode does, by where it
	// is and what was wanted there; otherwise it is errMalformed.
	located bool
	// unread leaves each key as written, for Stringify, which copies it.
	unread bool
	begun  bool
	key    key // the member nextMember read last
	err    error
}

// nextMember reads the next member's key and its colon, in the object
// whose { the caller took, and leaves d at the value, which the caller
// must read before it asks for the next. It reports false past the
// object's }, or at an error, kept in w.err.
func (d *decoder) nextMember(w *memberWalk) bool {
	if d.take('}') {
		return false
	}
	if w.begun && !d.take(',') {
		return d.misplaced(w, "want a comma or }")
	}
	w.begun = true
	if d.skipSpace(); d.at >= len(d.data) || d.data[d.at] != '"' {
		return d.misplaced(w, "want a key")
	}
	start := d.at
	if w.unread {
		if !d.skipString() {
			w.err = errMalformed
			return false
		}
		w.key = key{quoted: d.data[start:d.at]}
	} else {
		name, err := d.string()
		if err != nil {
			w.err = err
			return false
		}
		w.key = key{quoted: d.data[start:d.at], name: name}
	}
	if !d.take(':') {
		return d.misplaced(w, "want a colon")
	}
	return true
}

func (d *decoder) misplaced(w *memberWalk, want string) bool {
	w.err = errMalformed
	if w.located {
		w.err = d.errorf(want)
	}
	return false
}

// span returns the extent of the next value, without checking it.
func (d *decoder) span() ([]byte, error) {
	d.skipSpace()
	start := d.at
	if d.at >= len(d.data) {
		return nil, errMalformed
	}
	switch d.data[d.at] {
	case '"':
		if !d.skipString() {
			return nil, errMalformed
		}
	case '{', '[':
		if !d.skipNested() {
			return nil, errMalformed
		}
	default:
		for d.at < len(d.data) && strings.IndexByte(",}] \t\n\r", d.data[d.at]) < 0 {
			d.at++
		}
		if d.at == start {
			return nil, errMalformed
		}
	}
	return d.data[start:d.at], nil
}

// skipString passes a string, escapes and all.
func (d *decoder) skipString() bool {
	if d.at >= len(d.data) || d.data[d.at] != '"' {
		return false
	}
	end, closed := stringEnd(d.data, d.at+1)
	d.at = end
	return closed
}

// skipNested passes an object or array, to its matching close.
func (d *decoder) skipNested() bool {
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
