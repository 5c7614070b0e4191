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
	switch r.byte() % 18 {
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
		return float32(math.Float64frombits(r.uint64()))
	case 15:
		return r.sample(depth)
	case 16:
		return []byte(r.string())
	case 17:
		return map[int]any{int(int8(r.byte())): r.value(depth + 1), int(int8(r.byte())): r.value(depth + 1)}
	}
	return nil
}

// sample is a struct of the kinds of field Marshal writes by reflection.
type sample struct {
	Name     string `json:"name"`
	Skipped  string `json:"-"`
	Empty    string `json:"empty,omitempty"`
	Count    int    `json:"count,omitempty"`
	Ratio    float32
	Flag     bool           `json:"flag,omitempty"`
	Kind     sampleKind     `json:"kind"`
	Bytes    []byte         `json:"bytes,omitempty"`
	Next     *sample        `json:"next,omitempty"`
	Any      any            `json:"any"`
	ByNumber map[uint8]bool `json:"byNumber"`
	Pair     [2]string      `json:"pair"`
	Spaced   spaced         `json:"spaced"`
	sampleEmbedded
	hidden int
}

type sampleKind string

type sampleEmbedded struct {
	Inner string `json:"inner,omitempty"`
	Depth int
}

// spaced writes its own JSON, with spaces that Marshal takes out.
type spaced []int

func (s spaced) MarshalJSON() ([]byte, error) {
	return json.MarshalIndent([]int(s), " ", "\t")
}

func (r *treeReader) sample(depth int) *sample {
	s := &sample{Name: r.string(), Skipped: r.string(), Empty: r.string(), Count: int(int8(r.byte())),
		Ratio: float32(int8(r.byte())) / 8, Flag: r.byte()%2 == 1, Kind: sampleKind(r.string()),
		Bytes: []byte(r.string()), Any: r.value(depth + 1), Pair: [2]string{r.string(), r.string()},
		Spaced: spaced{int(r.byte()), int(r.byte())}, sampleEmbedded: sampleEmbedded{r.string(), depth}, hidden: 1}
	if r.byte()%2 == 1 {
		s.ByNumber = map[uint8]bool{r.byte(): true, r.byte(): false}
	}
	if r.byte()%3 == 1 && depth < 12 {
		s.Next = r.sample(depth + 1)
	}
	return s
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
		{15, 1, '<', 1, 's', 0, 3, 200, 1, 1, 'k', 2, 0, 1, 16, 1, 0xff, 1, 'a', 0, 7, 9, 1, 'i', 1, 4, 5, 1, 1}, // a struct
		{17, 3, 2, 1, 'x', 0xff, 14, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f},                                               // int keys, a float32
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

// Raw is written as encoding/json writes a RawMessage, wherever it sits.
func TestRawIsWrittenAsARawMessage(t *testing.T) {
	raw := []byte(" [ 1 ,\n\t\"a \\\" b\" , { \"k\" : null } ] ")
	for _, c := range []struct{ ours, theirs any }{
		{Raw(raw), json.RawMessage(raw)},
		{struct{ R Raw }{raw}, struct{ R json.RawMessage }{raw}},
		{map[string]any{"r": Raw(raw)}, map[string]any{"r": json.RawMessage(raw)}},
		{map[string]Raw{"r": raw}, map[string]json.RawMessage{"r": raw}},
		{[]Raw{raw, nil}, []json.RawMessage{raw, nil}},
	} {
		got, err := Marshal(c.ours)
		want, _ := json.Marshal(c.theirs)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("Marshal(%#v) = %s, %v; json.Marshal: %s", c.ours, got, err, want)
		}
	}
}

// MarshalKeepingHTML writes what an Encoder with SetEscapeHTML(false)
// writes, less its newline.
func FuzzMarshalKeepingHTML(f *testing.F) {
	f.Add([]byte{7, 2, 3, '<', '&', '>', 2, 9, '\\', 'u', '0', '0', '3', 'c', '"', '\n', 0xe2})
	f.Fuzz(func(t *testing.T, data []byte) {
		v := (&treeReader{data: data}).value(0)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		wantErr := enc.Encode(v)
		got, err := MarshalKeepingHTML(v)
		switch {
		case (err != nil) != (wantErr != nil):
			t.Fatalf("MarshalKeepingHTML(%#v): error %v; Encoder: %v", v, err, wantErr)
		case err == nil && !bytes.Equal(got, bytes.TrimSuffix(want.Bytes(), []byte("\n"))):
			t.Fatalf("MarshalKeepingHTML(%#v) =\n %s\nEncoder:\n %s", v, got, want.Bytes())
		}
	})
}
