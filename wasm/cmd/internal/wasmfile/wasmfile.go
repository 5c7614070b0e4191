// Package wasmfile reads and writes a WebAssembly module's binary form as
// far as ttshim's build tools need: its sections, and the LEB128 numbers
// they are written in.
package wasmfile

import (
	"bytes"
	"errors"
	"fmt"
)

// Section is one section of a module: its id (0 for a custom section) and
// its body.
type Section struct {
	ID   byte
	Body []byte
}

// Header is what every module of WebAssembly 1.0 starts with.
var Header = []byte("\x00asm\x01\x00\x00\x00")

// Sections splits a module into its sections, in order.
func Sections(module []byte) ([]Section, error) {
	if len(module) < len(Header) || !bytes.Equal(module[:4], Header[:4]) {
		return nil, errors.New("not a wasm module")
	}
	var sections []Section
	r := &Reader{b: module, at: len(Header)}
	for r.at < len(module) {
		id := r.Byte()
		size := int(r.ULEB())
		if r.err != nil || size > len(module)-r.at {
			return nil, errors.New("truncated section")
		}
		sections = append(sections, Section{ID: id, Body: module[r.at : r.at+size]})
		r.at += size
	}
	return sections, nil
}

// Encode writes sections as a module.
func Encode(sections []Section) []byte {
	out := append([]byte(nil), Header...)
	for _, s := range sections {
		out = AppendULEB(append(out, s.ID), uint64(len(s.Body)))
		out = append(out, s.Body...)
	}
	return out
}

// CustomName is a custom section's name, or "" for any other section.
func (s Section) CustomName() string {
	if s.ID != 0 {
		return ""
	}
	return NewReader(s.Body).Name()
}

// Reader reads a section's body from its start; the first thing it cannot
// read is Err, after which it reads zeros.
type Reader struct {
	b   []byte
	at  int
	err error
}

// NewReader reads b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Err is the first error.
func (r *Reader) Err() error { return r.err }

// Done reports whether everything is read, or reading failed.
func (r *Reader) Done() bool { return r.err != nil || r.at >= len(r.b) }

// Byte reads a byte.
func (r *Reader) Byte() byte {
	if r.at >= len(r.b) {
		r.Fail(errors.New("unexpected end"))
		return 0
	}
	c := r.b[r.at]
	r.at++
	return c
}

// Bytes reads the next n bytes.
func (r *Reader) Bytes(n int) []byte {
	if n < 0 || n > len(r.b)-r.at {
		r.Fail(errors.New("unexpected end"))
		return nil
	}
	b := r.b[r.at : r.at+n]
	r.at += n
	return b
}

// Skip passes n bytes.
func (r *Reader) Skip(n int) { r.Bytes(n) }

// ULEB reads an unsigned LEB128 number.
func (r *Reader) ULEB() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.Byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 || r.err != nil {
			return v
		}
	}
	r.Fail(errors.New("bad LEB128"))
	return v
}

// SLEB reads a signed LEB128 number.
func (r *Reader) SLEB() int64 {
	var v int64
	for shift := 0; shift < 64; shift += 7 {
		c := r.Byte()
		v |= int64(c&0x7f) << shift
		if c < 0x80 || r.err != nil {
			if shift+7 < 64 && c&0x40 != 0 {
				v |= -1 << (shift + 7)
			}
			return v
		}
	}
	r.Fail(errors.New("bad LEB128"))
	return v
}

// Name reads a name: its length, then its bytes.
func (r *Reader) Name() string {
	return string(r.Bytes(int(r.ULEB())))
}

// Fail makes err the reader's error, unless it failed before.
func (r *Reader) Fail(err error) {
	if r.err == nil {
		r.err = fmt.Errorf("at byte %d: %w", r.at, err)
	}
}

// AppendULEB appends v as unsigned LEB128.
func AppendULEB(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// AppendSLEB appends v as signed LEB128.
func AppendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
