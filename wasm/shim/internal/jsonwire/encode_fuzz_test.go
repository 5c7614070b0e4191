// Append against json.Marshal, byte for byte, on value trees built
// from the fuzzer's bytes.

package jsonwire

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"testing"
)

// treeReader builds a value tree from bytes: each node's kind, then what
// it holds. When the bytes run out, the tree ends in nil leaves.
type treeReader struct {
	data []byte
}

func (r *treeReader) byte() byte {
	if len(r.data) == 0 {
		return 0
	}
	b := r.data[0]
	r.data = r.data[1:]
	return b
}

func (r *treeReader) uint64() uint64 {
	var raw [8]byte
	n := copy(raw[:], r.data)
	r.data = r.data[n:]
	return binary.LittleEndian.Uint64(raw[:])
}

// string is up to 255 of the next bytes, as they are: invalid UTF-8,
// control characters, <>& and U+2028 included.
func (r *treeReader) string() string {
	n := min(int(r.byte()), len(r.data))
	s := string(r.data[:n])
	r.data = r.data[n:]
	return s
}

func (r *treeReader) value(depth int) any {
	if len(r.data) == 0 || depth > 12 {
		return nil
	}
	switch r.byte() % 16 {
	case 1:
		return r.byte()%2 == 1
	case 2:
		return r.string()
	case 3:
		return math.Float64frombits(r.uint64()) // NaN, ±Inf, -0, denormals…
	case 4:
		return float64(int64(r.uint64())) / math.Pow(10, float64(r.byte()%40))
	case 5:
		return int(int64(r.uint64()))
	case 6:
		return int64(r.uint64())
	case 7, 8:
		m := map[string]any{}
		for n := r.byte() % 6; n > 0; n-- {
			m[r.string()] = r.value(depth + 1)
		}
		if r.byte()%2 == 0 {
			return Object(m)
		}
		return m
	case 9:
		list := []any{}
		for n := r.byte() % 6; n > 0; n-- {
			list = append(list, r.value(depth+1))
		}
		return list
	case 10:
		list := []string{}
		for n := r.byte() % 6; n > 0; n-- {
			list = append(list, r.string())
		}
		return list
	case 11:
		m := map[string]string{}
		for n := r.byte() % 6; n > 0; n-- {
			m[r.string()] = r.string()
		}
		return m
	case 12:
		return [][]any{nil, {}}[r.byte()%2] // []any(nil) and []any{}
	case 13:
		return []any{[]string(nil), map[string]any(nil), Object(nil), map[string]string(nil)}[r.byte()%4]
	case 14:
		return float32(math.Float64frombits(r.uint64())) // not Append's: json.Marshal's
	}
	return nil
}

func FuzzAppend(f *testing.F) {
	for _, seed := range [][]byte{
		{2, 8, '<', '>', '&', 0xe2, 0x80, 0xa8, 0x7f, '\n'},                    // HTML, U+2028, DEL
		{2, 6, 0xff, 'a', 0xed, 0xa0, 0x80, 0x01},                              // invalid UTF-8, a control character
		{3, 0, 0, 0, 0, 0, 0, 0, 0x80},                                         // -0
		{3, 1, 0, 0, 0, 0, 0, 0, 0},                                            // the smallest denormal
		{3, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f},                                      // +Inf
		{3, 1, 0, 0, 0, 0, 0, 0xf8, 0x7f},                                      // NaN
		{4, 1, 0, 0, 0, 0, 0, 0, 0, 7},                                         // 1e-7
		{4, 0, 0, 0x10, 0x63, 0x2d, 0x5e, 0xc7, 0x6b, 0},                       // a huge float
		{7, 3, 1, 'b', 5, 1, 2, 0, 1, 'a', 9, 2, 1, 1, 2, 1, 'x', 0},           // a map with nested values
		{9, 2, 3, 0, 0, 0, 0, 0, 0, 0xf8, 0x7f, 2, 1, 'x'},                     // NaN inside a list
		{11, 2, 1, '&', 1, 0xff, 1, 'z', 0},                                    // map[string]string
		{12, 0, 12, 1, 13, 0, 13, 1, 13, 2, 13, 3, 10, 1, 2, 0xe2, 0x80, 0xa9}, // nils and empties
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &treeReader{data: data}
		v := r.value(0)
		want, wantErr := json.Marshal(v)
		got, err := Append([]byte("prefix"), v)
		switch {
		case (err != nil) != (wantErr != nil):
			t.Fatalf("Append(%#v): error %v; json.Marshal: %v", v, err, wantErr)
		case err == nil && !bytes.Equal(got, append([]byte("prefix"), want...)):
			t.Fatalf("Append(%#v) =\n %s\njson.Marshal:\n %s", v, got[len("prefix"):], want)
		}
	})
}
