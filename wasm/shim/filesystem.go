package shim

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"ttshim/wasm/internal/jsonwire"
)

// Errnos of the file system (Errno 错误码, 通用).
const (
	ErrnoNoFile      = 203
	ErrnoTooLarge    = 210
	ErrnoInvalidPath = 213
)

// maxRead is the most one read returns (readFile's page: 10 MB).
const maxRead = 10 << 20

// FileSystemManagerTag is getFileSystemManager's value on the wire: the
// loader answers it with its one manager object, whose methods call
// ReadFile.
const FileSystemManagerTag = "FileSystemManager"

func init() {
	register(&API{
		Namespace: "tt", Name: "getFileSystemManager", Kind: KindSync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin},
				Controls: []string{
					"the manager's `readFile` and `readFileSync` read the files `tt.chooseImage` gave the page; its other methods fail with errno 103",
				},
			}
		}),
		NeedsLogin: true,
		Handle: func(c *Call) Result {
			res := c.OK(nil)
			res.Return = map[string]any{jsonwire.TagKey: FileSystemManagerTag}
			return res
		},
	})
}

// encodings are readFile's, and the PC client's subset.
var (
	encodings   = []string{"ascii", "base64", "binary", "hex", "ucs2", "ucs-2", "utf16le", "utf-16le", "utf-8", "utf8", "latin1"}
	pcEncodings = []string{"base64", "hex", "utf-8", "utf8"}
)

// ReadFile is FileSystemManager.readFile (name "readFile") or
// readFileSync: a file's bytes from position, at most length, as the
// encoding's text or, with none, an ArrayBuffer.
func (s *Shim) ReadFile(name string, payload []byte) Result {
	args, err := DecodeArgs(payload)
	if err != nil {
		return paramError(name, err.Error())
	}
	if !args.IsObject() {
		return paramError(name, "parameter should be Object instead of "+args.Kind())
	}
	r := paramReader{args: args}
	path := r.string("filePath", true)
	encoding := r.string("encoding", false)
	position := r.number("position", 0)
	length := r.number("length", -1)
	if r.err != nil {
		return paramError(name, r.err.Error())
	}
	allowed := encodings
	if s.cfg.Client.Platform == PlatformPC {
		allowed = pcEncodings
	}
	if encoding != "" && !slices.Contains(allowed, strings.ToLower(encoding)) {
		return paramError(name, fmt.Sprintf("encoding %s is not supported on %s (it takes %s)", quoted(encoding), s.cfg.Client.Platform, quoteAll(allowed)))
	}
	if !strings.HasPrefix(path, "ttfile://") && (strings.Contains(path, "://") || strings.HasPrefix(path, "../")) {
		return Failure(name, ErrnoInvalidPath, "Is invalid filePath: "+clipped(path))
	}
	file, ok := s.files.temp[path]
	if !ok {
		return Failure(name, ErrnoNoFile, "File does not exist: "+clipped(path))
	}
	if file.data == nil {
		return Failure(name, ErrnoNoFile, "File does not exist: "+clipped(path)+" comes from "+clipped(file.image.URL)+", whose bytes ttshim does not have")
	}
	data := file.data
	if !isWholeIn(position, 0, float64(max(len(data)-1, 0))) {
		return paramError(name, fmt.Sprintf("position should be a whole number from 0 to %d, got %v", max(len(data)-1, 0), position))
	}
	if args.Has("length") && !isWholeIn(length, 0, float64(len(data))) {
		return paramError(name, fmt.Sprintf("length should be a whole number from 0 to %d, got %v", len(data), length))
	}
	data = data[int(position):]
	if length >= 0 && int(length) < len(data) {
		data = data[:int(length)]
	}
	if len(data) > maxRead {
		return Failure(name, ErrnoTooLarge, "Data to read exceeds size limit")
	}
	return Success(name, Fields{"data": encoded(data, strings.ToLower(encoding))})
}

// encoded is data as readFile gives it in encoding: text, or a tagged
// ArrayBuffer when there is none.
func encoded(data []byte, encoding string) any {
	switch encoding {
	case "":
		return map[string]any{jsonwire.TagKey: "ArrayBuffer", "base64": base64.StdEncoding.EncodeToString(data)}
	case "base64":
		return base64.StdEncoding.EncodeToString(data)
	case "hex":
		return hex.EncodeToString(data)
	case "utf8", "utf-8":
		return strings.ToValidUTF8(string(data), string(utf8.RuneError))
	case "ascii":
		out := make([]rune, len(data))
		for i, b := range data {
			out[i] = rune(b & 0x7f)
		}
		return string(out)
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		units := make([]uint16, len(data)/2)
		for i := range units {
			units[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		}
		return string(utf16.Decode(units))
	}
	// latin1 and binary: one character per byte.
	out := make([]rune, len(data))
	for i, b := range data {
		out[i] = rune(b)
	}
	return string(out)
}
