package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"ttshim/wasm/cmd/internal/wasmfile"
)

const (
	// sectionName is the custom section the loader reads.
	sectionName = "ttshim.findfunctab"
	// bucketSize is a findfunctab bucket: a uint32 function index and 16
	// subbucket offsets.
	bucketSize = 20
	// bucketsPerFunction is how many buckets each function's 64 Ki PCs
	// take, at 4096 PCs a bucket.
	bucketsPerFunction = 16
	// minBuckets keeps a table from being found by chance in other data.
	minBuckets = 64 * bucketsPerFunction
	// segmentGap is the run of zeros that starts a new data segment, as
	// Go's linker splits them: a segment's header costs about as much.
	segmentGap = 8
)

// funcTab is where the table is in memory: buckets of bucketSize from
// address; buckets is 0 when the module has none.
type funcTab struct {
	address, buckets uint32
}

// segment is an active data segment of memory 0.
type segment struct {
	offset int64
	data   []byte
}

// pack takes the findfunctab out of module's data and adds the section
// that tells the loader to write it; it checks that what the loader
// writes back makes memory what it was.
func pack(module []byte) ([]byte, funcTab, error) {
	sections, err := wasmfile.Sections(module)
	if err != nil {
		return nil, funcTab{}, err
	}
	dataAt := -1
	for i, s := range sections {
		switch {
		case s.ID == 11:
			dataAt = i
		case s.ID == 12:
			return nil, funcTab{}, errors.New("a data count section, which Go's linker does not write")
		case s.CustomName() == sectionName:
			return nil, funcTab{}, errors.New("packed already")
		}
	}
	if dataAt < 0 {
		return module, funcTab{}, nil
	}
	segments, err := readSegments(sections[dataAt].Body)
	if err != nil {
		return nil, funcTab{}, err
	}
	base, memory := image(segments)
	at, buckets := findTable(memory)
	if buckets == 0 {
		return module, funcTab{}, nil
	}
	table := funcTab{address: uint32(base + int64(at)), buckets: uint32(buckets)}
	packedMemory := bytes.Clone(memory)
	clear(packedMemory[at : at+buckets*bucketSize])
	sections[dataAt].Body = writeSegments(split(base, packedMemory))
	sections = append(sections, wasmfile.Section{ID: 0, Body: table.section()})
	packed := wasmfile.Encode(sections)
	if err := checkUnpacks(packed, base, memory); err != nil {
		return nil, funcTab{}, err
	}
	return packed, table, nil
}

// section is the custom section that names the table to the loader.
func (t funcTab) section() []byte {
	body := wasmfile.AppendULEB(nil, uint64(len(sectionName)))
	body = append(body, sectionName...)
	for _, n := range []uint32{t.address, t.buckets, bucketsPerFunction} {
		body = binary.LittleEndian.AppendUint32(body, n)
	}
	return body
}

func readSegments(body []byte) ([]segment, error) {
	r := wasmfile.NewReader(body)
	n := r.ULEB()
	segments := make([]segment, 0, min(n, uint64(len(body))))
	for range n {
		if flags := r.ULEB(); flags != 0 && r.Err() == nil {
			return nil, fmt.Errorf("a data segment with flags %d, where Go's linker writes active ones of memory 0", flags)
		}
		if r.Byte() != 0x41 { // i32.const
			r.Fail(errors.New("a data segment's offset is not an i32.const"))
		}
		offset := r.SLEB()
		if r.Byte() != 0x0b { // end
			r.Fail(errors.New("a data segment's offset is not one instruction"))
		}
		data := r.Bytes(int(r.ULEB()))
		if r.Err() != nil {
			return nil, fmt.Errorf("data section: %w", r.Err())
		}
		segments = append(segments, segment{offset, data})
	}
	if !r.Done() {
		return nil, errors.New("data section: bytes after its segments")
	}
	return segments, nil
}

// image lays the segments out as memory from the lowest offset, base.
func image(segments []segment) (base int64, memory []byte) {
	if len(segments) == 0 {
		return 0, nil
	}
	base, end := segments[0].offset, int64(0)
	for _, s := range segments {
		base, end = min(base, s.offset), max(end, s.offset+int64(len(s.data)))
	}
	memory = make([]byte, end-base)
	for _, s := range segments {
		copy(memory[s.offset-base:], s.data)
	}
	return base, memory
}

// findTable finds the longest run of buckets in which bucket i holds
// i/bucketsPerFunction and nothing else, starting with a function 0 whose
// buckets are all zero: where it is in memory, and its length in buckets.
func findTable(memory []byte) (at, buckets int) {
	first := bucketsPerFunction * bucketSize // function 1's first bucket
	for i := first; i+bucketSize <= len(memory); i++ {
		if memory[i] != 1 {
			continue
		}
		start := i - first
		n := bucketsAt(memory, start)
		if n > buckets {
			at, buckets = start, n
		}
		if n >= minBuckets {
			i = start + n*bucketSize - 1
		}
	}
	if buckets < minBuckets {
		return 0, 0
	}
	return at, buckets
}

// bucketsAt counts the buckets from start that hold what the table's do.
func bucketsAt(memory []byte, start int) int {
	var zeros [bucketSize - 4]byte
	n := 0
	for at := start; at+bucketSize <= len(memory); at += bucketSize {
		if binary.LittleEndian.Uint32(memory[at:]) != uint32(n/bucketsPerFunction) ||
			!bytes.Equal(memory[at+4:at+bucketSize], zeros[:]) {
			break
		}
		n++
	}
	return n
}

// split cuts memory into segments at every run of segmentGap zeros.
func split(base int64, memory []byte) []segment {
	var segments []segment
	for i := 0; i < len(memory); {
		if memory[i] == 0 {
			i++
			continue
		}
		end, zeros := i, 0
		for end < len(memory) && zeros < segmentGap {
			if memory[end] == 0 {
				zeros++
			} else {
				zeros = 0
			}
			end++
		}
		data := bytes.TrimRight(memory[i:end], "\x00")
		segments = append(segments, segment{base + int64(i), data})
		i = end
	}
	return segments
}

func writeSegments(segments []segment) []byte {
	body := wasmfile.AppendULEB(nil, uint64(len(segments)))
	for _, s := range segments {
		body = append(body, 0, 0x41) // active, memory 0; i32.const
		body = append(wasmfile.AppendSLEB(body, s.offset), 0x0b)
		body = append(wasmfile.AppendULEB(body, uint64(len(s.data))), s.data...)
	}
	return body
}

// checkUnpacks reads packed as the loader does, and checks that its data
// and the table written back make memory as it was.
func checkUnpacks(packed []byte, base int64, memory []byte) error {
	got, err := unpack(packed)
	if err != nil {
		return err
	}
	if end := int(base) + len(memory); base < 0 || end > len(got) || !bytes.Equal(got[base:end], memory) {
		return errors.New("the packed module does not unpack to the memory it was linked with")
	}
	return nil
}

// unpack is the memory a module's data makes from address 0, with the
// findfunctab written back as js/loader/functab.js writes it.
func unpack(module []byte) ([]byte, error) {
	sections, err := wasmfile.Sections(module)
	if err != nil {
		return nil, err
	}
	var memory []byte
	grow := func(n int) {
		if n > len(memory) {
			memory = append(memory, make([]byte, n-len(memory))...)
		}
	}
	for _, s := range sections {
		switch {
		case s.ID == 11:
			segments, err := readSegments(s.Body)
			if err != nil {
				return nil, err
			}
			for _, seg := range segments {
				grow(int(seg.offset) + len(seg.data))
				copy(memory[seg.offset:], seg.data)
			}
		case s.CustomName() == sectionName:
			r := wasmfile.NewReader(s.Body)
			r.Name()
			fields := r.Bytes(12)
			if r.Err() != nil {
				return nil, r.Err()
			}
			address := int(binary.LittleEndian.Uint32(fields))
			buckets := int(binary.LittleEndian.Uint32(fields[4:]))
			perFunction := int(binary.LittleEndian.Uint32(fields[8:]))
			grow(address + buckets*bucketSize)
			for i := range buckets {
				binary.LittleEndian.PutUint32(memory[address+i*bucketSize:], uint32(i/perFunction))
			}
		}
	}
	return memory, nil
}
