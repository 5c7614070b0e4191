package jsonwire

import (
	"errors"
	"math"
)

// Valid reports whether data is one JSON document.
func Valid(data []byte) bool {
	_, err := Decode(data)
	return err == nil
}

// DecodeString reads data as a JSON string.
func DecodeString(data []byte) (string, error) {
	v, err := Decode(data)
	if err != nil {
		return "", err
	}
	s, ok := v.(string)
	if !ok {
		return "", errors.New("want a string, got " + kindOf(v))
	}
	return s, nil
}

// DecodeInt reads data as a JSON number that is an integer.
func DecodeInt(data []byte) (int, error) {
	v, err := Decode(data)
	if err != nil {
		return 0, err
	}
	n, ok := integer(v)
	if !ok {
		return 0, errors.New("want an integer, got " + kindOf(v))
	}
	return int(n), nil
}

// Reader reads the members of an object, as encoding/json reads them into
// a struct's fields, without its reflection: an absent or null member is
// zero, and the first member of another type is Err.
type Reader struct {
	object map[string]any
	Err    error
}

// ReadObject decodes data to read its members; data that is no object is
// Err.
func ReadObject(data []byte) *Reader {
	v, err := Decode(data)
	if err != nil {
		return &Reader{Err: err}
	}
	object, ok := v.(map[string]any)
	if !ok {
		return &Reader{Err: errors.New("want an object, got " + kindOf(v))}
	}
	return &Reader{object: object}
}

// String is the string member key holds.
func (r *Reader) String(key string) string {
	return member[string](r, key, "a string")
}

// Int is the integer member key holds.
func (r *Reader) Int(key string) int64 {
	f := member[float64](r, key, "an integer")
	n, ok := integer(f)
	if !ok && r.Err == nil {
		r.Err = errors.New(`member "` + key + `" should be an integer, got a number with a fraction or too large`)
	}
	return n
}

// Object is the object member key holds.
func (r *Reader) Object(key string) Object {
	return member[map[string]any](r, key, "an object")
}

// List is the array member key holds.
func (r *Reader) List(key string) []any {
	return member[[]any](r, key, "an array")
}

// member is key's value as a T, zero when absent or null; a value of
// another type is an error.
func member[T any](r *Reader, key, want string) T {
	var zero T
	v := r.object[key]
	if r.Err != nil || v == nil {
		return zero
	}
	t, ok := v.(T)
	if !ok {
		r.Err = errors.New(`member "` + key + `" should be ` + want + ", got " + kindOf(v))
	}
	return t
}

// integer is v as an int64, if v is a number with no fraction that a
// float64 holds exactly.
func integer(v any) (int64, bool) {
	f, ok := v.(float64)
	if !ok || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
		return 0, false
	}
	return int64(f), true
}

// kindOf names a decoded value in errors.
func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case float64:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	}
	return "an object"
}
