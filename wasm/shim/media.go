package shim

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"math/bits"
	"strings"
)

// MediaImage is one picture of the "media.images" fixture: what the image
// picker offers. Without a URL, ttshim draws it, a PNG of Width×Height.
type MediaImage struct {
	Name   string `json:"name"`
	URL    string `json:"url,omitempty"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
	// Size is the byte size chooseImage reports; 0 means the drawn PNG's
	// own (or the data: URI's bytes).
	Size int    `json:"size,omitempty"`
	Type string `json:"type"`
}

// Media is the "media" key: the album and camera's pictures and videos.
type Media struct {
	Images []MediaImage `json:"images"`
	Videos []MediaVideo `json:"videos"`
}

// defaultImages are a phone album's believable first pictures, drawn on
// first use so the wasm embeds no image and boot draws none.
func defaultImages() []MediaImage {
	return []MediaImage{
		{Name: "sunrise.png", Width: 640, Height: 480, Type: "png"},
		{Name: "whiteboard.png", Width: 480, Height: 640, Type: "png"},
		{Name: "team-lunch.png", Width: 800, Height: 450, Type: "png"},
	}
}

// imageTypes are the values of an image's "type", as getImageInfo names
// formats.
var imageTypes = []string{"png", "jpeg", "gif", "webp", "bmp"}

// drawImage is the PNG ttshim draws for a fixture without a URL: a
// vertical gradient between two colours derived from its name, so each
// image looks different and the same on every load. It is written here,
// not with image/png and compress/zlib, which would add 300 KB to the
// wasm: each row is one colour, so its deflate stream is, per row, the
// filter byte and one pixel, then copies of that pixel.
func drawImage(m MediaImage) []byte {
	h := fnv.New32a()
	h.Write([]byte(m.Name))
	seed := h.Sum32()
	from := [3]uint8{uint8(seed), uint8(seed >> 8), uint8(seed >> 16)}
	to := [3]uint8{255 - from[0]/2, 255 - from[1]/3, 255 - from[2]/4}
	width, height := max(m.Width, 1), max(m.Height, 1)
	sum := adler32.New()
	w := bitWriter{out: []byte{0x78, 0x01}}
	w.bits(1, 1) // the last block
	w.bits(1, 2) // fixed Huffman codes
	row := make([]byte, 1+3*width)
	for y := 0; y < height; y++ {
		for c := 0; c < 3; c++ {
			row[1+c] = uint8((int(from[c])*(height-y) + int(to[c])*y) / height)
		}
		for x := 4; x < len(row); x++ {
			row[x] = row[x-3]
		}
		sum.Write(row)
		for _, b := range row[:4] {
			w.literal(b)
		}
		for n := len(row) - 4; n > 0; {
			length := min(n, 258)
			if n-length > 0 && n-length < 3 {
				length = n - 3
			}
			w.copyBack3(length)
			n -= length
		}
	}
	w.symbol(256) // end of block
	w.flush()
	pixels := binary.BigEndian.AppendUint32(w.out, sum.Sum32())
	header := binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, uint32(width)), uint32(height))
	header = append(header, 8, 2, 0, 0, 0) // 8-bit RGB, no interlace
	out := []byte("\x89PNG\r\n\x1a\n")
	for _, chunk := range []struct {
		kind string
		data []byte
	}{{"IHDR", header}, {"IDAT", pixels}, {"IEND", nil}} {
		out = binary.BigEndian.AppendUint32(out, uint32(len(chunk.data)))
		start := len(out)
		out = append(append(out, chunk.kind...), chunk.data...)
		out = binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
	}
	return out
}

// bitWriter writes a deflate stream (RFC 1951) with its fixed codes.
type bitWriter struct {
	out []byte
	acc uint32
	n   uint
}

func (w *bitWriter) bits(v uint32, n uint) {
	w.acc |= v << w.n
	for w.n += n; w.n >= 8; w.n -= 8 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
	}
}

// code writes a Huffman code, which deflate packs from its top bit.
func (w *bitWriter) code(c uint32, n uint) {
	w.bits(bits.Reverse32(c)>>(32-n), n)
}

func (w *bitWriter) literal(b byte) {
	if b < 144 {
		w.code(0x30+uint32(b), 8)
	} else {
		w.code(0x190+uint32(b)-144, 9)
	}
}

// symbol writes a length symbol or the end of the block (256 to 285).
func (w *bitWriter) symbol(sym int) {
	if sym < 280 {
		w.code(uint32(sym-256), 7)
	} else {
		w.code(0xc0+uint32(sym-280), 8)
	}
}

// lengthBases are the shortest copy each length symbol from 257 stands
// for.
var lengthBases = [...]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}

// copyBack3 repeats the last three bytes (one pixel) for length bytes,
// 3 to 258.
func (w *bitWriter) copyBack3(length int) {
	i := len(lengthBases) - 1
	for lengthBases[i] > length {
		i--
	}
	w.symbol(257 + i)
	if i >= 8 && i < 28 {
		w.bits(uint32(length-lengthBases[i]), uint((i-4)/4))
	}
	w.code(2, 5) // distance 3
}

func (w *bitWriter) flush() {
	if w.n > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc, w.n = 0, 0
	}
}

// dataURIBytes decodes a base64 data: URI; ok is false for any other URL.
func dataURIBytes(url string) (data []byte, mime string, ok bool) {
	rest, found := strings.CutPrefix(url, "data:")
	if !found {
		return nil, "", false
	}
	meta, payload, found := strings.Cut(rest, ",")
	mime, encoding, _ := strings.Cut(meta, ";")
	if !found || encoding != "base64" {
		return nil, "", false
	}
	data, err := base64.StdEncoding.DecodeString(payload)
	return data, mime, err == nil
}

// tempFile is a file under ttfile://temp: an image or a video a picker
// gave the page.
type tempFile struct {
	image MediaImage
	// video is set for a video (mediavideo.go), whose image is empty.
	video *MediaVideo
	// data is its bytes, when ttshim has them (drawn, or from a data:
	// URI); a fixture at an http URL has none.
	data []byte
	// mime is a picked file's media type (filepickers.go); empty for a
	// picture or a video.
	mime string
}

// files is the simulated file system: its temporary directory and, as
// tt.saveFile moves files there, its user directory.
type files struct {
	temp map[string]*tempFile // by path, ttfile://temp/… or ttfile://user/…
	seq  int
	// drawn keeps the PNGs drawn, by fixture, so a second pick does not
	// draw again.
	drawn map[MediaImage][]byte
}

func (f *files) clear() { *f = files{temp: map[string]*tempFile{}, drawn: f.drawn} }

// bytesOf is a fixture's content, if ttshim has it.
func (f *files) bytesOf(m MediaImage) []byte {
	if m.URL != "" {
		data, _, _ := dataURIBytes(m.URL)
		return data
	}
	if f.drawn == nil {
		f.drawn = map[MediaImage][]byte{}
	}
	if data, ok := f.drawn[m]; ok {
		return data
	}
	data := drawImage(m)
	f.drawn[m] = data
	return data
}

// add puts a copy of the fixture in the temporary directory, under a new
// name made as the client makes them (a millisecond timestamp), and
// returns its path.
func (s *Shim) addTempFile(m MediaImage) (string, *tempFile) {
	s.files.seq++
	ext := m.Type
	if ext == "jpeg" {
		ext = "jpg"
	}
	path := fmt.Sprintf("ttfile://temp/%d%03d.%s", s.Now().UnixMilli(), s.files.seq%1000, ext)
	file := &tempFile{image: m, data: s.files.bytesOf(m)}
	if m.Size == 0 && file.data != nil {
		file.image.Size = len(file.data)
	}
	s.files.temp[path] = file
	return path, file
}

// FileURL is a URL the page can load a ttfile:// path's content from: a
// data: URI of its bytes, or the fixture's own URL (ttShim.fileURL).
func (s *Shim) FileURL(path string) (string, error) {
	file, ok := s.files.temp[path]
	if !ok {
		return "", fmt.Errorf("ttShim.fileURL(path): %s is not a file of this page's temporary directory", clipped(path))
	}
	if file.data == nil || strings.HasPrefix(file.image.URL, "data:") {
		return file.image.URL, nil
	}
	if file.video != nil {
		return dataURI("video/mp4", file.data), nil
	}
	if file.mime != "" {
		return dataURI(file.mime, file.data), nil
	}
	// What ttshim draws is a PNG, whatever the fixture's type says.
	return dataURI("image/png", file.data), nil
}

func dataURI(mime string, data []byte) string {
	return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data)
}

// validate checks the images as a whole: each is named, once, with its
// size in pixels.
func (m Media) validate() error {
	seen := map[string]bool{}
	for i, img := range m.Images {
		switch {
		case img.Name == "":
			return fmt.Errorf(`"media.images[%d].name" cannot be empty`, i)
		case seen[img.Name]:
			return fmt.Errorf(`"media.images[%d].name" %q appears twice`, i, img.Name)
		case img.Width == 0 || img.Height == 0:
			return fmt.Errorf(`"media.images[%d]" needs its "width" and "height"`, i)
		}
		seen[img.Name] = true
	}
	return m.validateVideos(seen)
}
