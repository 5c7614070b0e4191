package jsonwire

import (
	"encoding/base64"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Marshaler is a value that writes its own JSON, as json.Marshaler does.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Raw is JSON already written, as json.RawMessage: Append writes it
// without its spaces, and does not check it.
type Raw []byte

// MarshalJSON writes r as Append does, so that encoding/json (in tests,
// in native tools) reads it as a RawMessage too.
func (r Raw) MarshalJSON() ([]byte, error) {
	return appendRaw(nil, r), nil
}

func appendRaw(dst []byte, r Raw) []byte {
	if r == nil {
		return append(dst, "null"...)
	}
	return appendCompact(dst, r)
}

// Marshal is v's JSON as json.Marshal writes it: the kinds of Go values
// and the `json:"name,omitempty"` and `json:"-"` tags ttshim's types use.
// It is how the page's build leaves encoding/json out: that package is
// 660 KB of ttshim.wasm, every one of which each boot compiles.
func Marshal(v any) ([]byte, error) {
	return Append(nil, v)
}

// MarshalKeepingHTML is Marshal with <, > and & left as they are, as
// JSON.stringify and an Encoder with SetEscapeHTML(false) write them.
func MarshalKeepingHTML(v any) ([]byte, error) {
	data, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	out := data[:0] // each escape shrinks to one byte, so out never passes i
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' {
			out = append(out, data[i])
			continue
		}
		switch escape := string(data[i+1 : min(i+6, len(data))]); {
		case escape == "u003c", escape == "u003e", escape == "u0026":
			b, _ := strconv.ParseUint(escape[1:], 16, 8)
			out = append(out, byte(b))
			i += 5
		default: // any other escape, \\ included, stays
			out = append(out, data[i], data[i+1])
			i++
		}
	}
	return out, nil
}

// appendValue writes what Append's type switch does not know, by
// reflection.
func appendValue(dst []byte, v reflect.Value) ([]byte, error) {
	if !v.IsValid() {
		return append(dst, "null"...), nil
	}
	if v.Type().Implements(marshalerType) {
		if (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) && v.IsNil() {
			return append(dst, "null"...), nil
		}
		data, err := v.Interface().(Marshaler).MarshalJSON()
		if err != nil {
			return dst, err
		}
		return appendCompact(dst, data), nil
	}
	switch v.Kind() {
	case reflect.Bool:
		return strconv.AppendBool(dst, v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.AppendInt(dst, v.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.AppendUint(dst, v.Uint(), 10), nil
	case reflect.Float32:
		return appendFloat(dst, v.Float(), 32)
	case reflect.Float64:
		return appendFloat(dst, v.Float(), 64)
	case reflect.String:
		return appendString(dst, v.String()), nil
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return append(dst, "null"...), nil
		}
		if v.Kind() == reflect.Interface {
			return Append(dst, v.Elem().Interface())
		}
		return appendValue(dst, v.Elem())
	case reflect.Struct:
		return appendStruct(dst, v)
	case reflect.Map:
		return appendMap(dst, v)
	case reflect.Slice:
		if v.IsNil() {
			return append(dst, "null"...), nil
		}
		if v.Type().Elem().Kind() == reflect.Uint8 && !v.Type().Elem().Implements(marshalerType) {
			dst = append(dst, '"')
			return append(base64.StdEncoding.AppendEncode(dst, v.Bytes()), '"'), nil
		}
		return appendList(dst, v)
	case reflect.Array:
		return appendList(dst, v)
	}
	return dst, errors.New("json: unsupported type: " + v.Type().String())
}

var marshalerType = reflect.TypeFor[Marshaler]()

func appendList(dst []byte, v reflect.Value) ([]byte, error) {
	dst = append(dst, '[')
	for i := range v.Len() {
		if i > 0 {
			dst = append(dst, ',')
		}
		var err error
		if dst, err = appendValue(dst, v.Index(i)); err != nil {
			return dst, err
		}
	}
	return append(dst, ']'), nil
}

// appendMap writes a map whose keys are strings or integers, keys sorted
// as their text.
func appendMap(dst []byte, v reflect.Value) ([]byte, error) {
	if v.IsNil() {
		return append(dst, "null"...), nil
	}
	type member struct {
		key   string
		value reflect.Value
	}
	members := make([]member, 0, v.Len())
	for iter := v.MapRange(); iter.Next(); {
		var key string
		switch k := iter.Key(); k.Kind() {
		case reflect.String:
			key = k.String()
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			key = strconv.FormatInt(k.Int(), 10)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			key = strconv.FormatUint(k.Uint(), 10)
		default:
			return dst, errors.New("json: unsupported type: " + v.Type().String())
		}
		members = append(members, member{key, iter.Value()})
	}
	slices.SortFunc(members, func(a, b member) int { return strings.Compare(a.key, b.key) })
	dst = append(dst, '{')
	for i, m := range members {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(appendString(dst, m.key), ':')
		var err error
		if dst, err = appendValue(dst, m.value); err != nil {
			return dst, err
		}
	}
	return append(dst, '}'), nil
}

func appendStruct(dst []byte, v reflect.Value) ([]byte, error) {
	dst = append(dst, '{')
	first := true
	for _, f := range fieldsOf(v.Type()) {
		value := v.FieldByIndex(f.index)
		if f.omitEmpty && isEmpty(value) {
			continue
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = append(appendString(dst, f.name), ':')
		var err error
		if dst, err = appendValue(dst, value); err != nil {
			return dst, err
		}
	}
	return append(dst, '}'), nil
}

// isEmpty is omitempty's empty: false, 0, "", nil, and no elements.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Struct:
		return false
	}
	return v.IsZero()
}

// field is a struct field as JSON names it.
type field struct {
	name      string
	index     []int
	omitEmpty bool
}

var fieldCache sync.Map // reflect.Type → []field

// fieldsOf lists the members a struct type writes, in order: its exported
// fields, named by their tags, with the fields of untagged embedded
// structs in their place. (encoding/json also drops names that embedding
// makes ambiguous; ttshim's types have none.)
func fieldsOf(t reflect.Type) []field {
	if cached, ok := fieldCache.Load(t); ok {
		return cached.([]field)
	}
	var fields []field
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" || (!sf.IsExported() && !sf.Anonymous) {
			continue
		}
		name, options, _ := strings.Cut(tag, ",")
		if sf.Anonymous && name == "" && sf.Type.Kind() == reflect.Struct {
			for _, inner := range fieldsOf(sf.Type) {
				inner.index = append([]int{i}, inner.index...)
				fields = append(fields, inner)
			}
			continue
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		fields = append(fields, field{name: name, index: []int{i}, omitEmpty: options == "omitempty"})
	}
	fieldCache.Store(t, fields)
	return fields
}

// appendCompact appends JSON without the spaces between its tokens.
func appendCompact(dst, data []byte) []byte {
	inString := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case inString:
			dst = append(dst, c)
			if c == '\\' && i+1 < len(data) {
				i++
				dst = append(dst, data[i])
			} else if c == '"' {
				inString = false
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			dst = append(dst, c)
			inString = c == '"'
		}
	}
	return dst
}
