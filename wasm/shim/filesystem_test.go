package shim

import (
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"

	"ttshim/wasm/internal/jsonwire"
)

// fsPicked gives the harness one file, the drawn sunrise.png, and
// returns its path and bytes.
func fsPicked(t *testing.T, h *harness) (string, []byte) {
	t.Helper()
	got := ciDeliveries(h)
	ciAsk(t, h, nil)
	if err := h.AnswerOldest(Answer{Select: []string{"sunrise.png"}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	return (*got)[0].Fields["tempFilePaths"].([]string)[0], drawImage(h.Config().Media.Images[0])
}

func TestGetFileSystemManagerAnswersTheManagerTag(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "tt.getFileSystemManager", nil)
	wantOK(t, res, "getFileSystemManager")
	if tag, _ := res.Return.(map[string]any); tag[jsonwire.TagKey] != FileSystemManagerTag {
		t.Errorf("returns %v", res.Return)
	}
}

func TestReadFileEncodingsAndRanges(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"android"}}`)
	path, data := fsPicked(t, h)
	read := func(option map[string]any) Result {
		option["filePath"] = path
		return h.ReadFile("readFile", payloadOf(t, option))
	}
	res := read(map[string]any{})
	wantOK(t, res, "readFile")
	buffer := res.Fields["data"].(map[string]any)
	if buffer[jsonwire.TagKey] != "ArrayBuffer" || buffer["base64"] != base64.StdEncoding.EncodeToString(data) {
		t.Errorf("with no encoding: %.60v", buffer)
	}
	for encoding, want := range map[string]string{
		"base64": base64.StdEncoding.EncodeToString(data[1:5]), "hex": hex.EncodeToString(data[1:5]),
		"utf8": "PNG\r", "ascii": "PNG\r", "latin1": "PNG\r", "ucs2": "\u4e50\u0d47",
	} {
		if got := read(map[string]any{"encoding": encoding, "position": 1, "length": 4}).Fields["data"]; got != want {
			t.Errorf("%s: %q, want %q", encoding, got, want)
		}
	}
	if got := read(map[string]any{"encoding": "hex", "position": len(data) - 2}).Fields["data"]; got != hex.EncodeToString(data[len(data)-2:]) {
		t.Errorf("to the end: %v", got)
	}
	for option, want := range map[string]map[string]any{
		"Parameter error. position should be a whole number from 0 to " + itoa(len(data)-1) + ", got " + itoa(len(data)):                                                               {"position": len(data)},
		"Parameter error. length should be a whole number from 0 to " + itoa(len(data)) + ", got -1":                                                                                   {"length": -1},
		`Parameter error. encoding "gbk" is not supported on android (it takes "ascii", "base64", "binary", "hex", "ucs2", "ucs-2", "utf16le", "utf-16le", "utf-8", "utf8", "latin1")`: {"encoding": "gbk"},
	} {
		if res := read(want); res.Fields["errString"] != option {
			t.Errorf("%v: %v", want, res.Fields["errString"])
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestReadFileFailures(t *testing.T) {
	h := newHarness(t, notStrict)
	path, _ := fsPicked(t, h)
	cases := map[string]struct {
		payload string
		errno   int
		want    string
	}{
		"missing":      {`{"a":{"filePath":"ttfile://temp/1.png"}}`, ErrnoNoFile, "File does not exist: ttfile://temp/1.png"},
		"not a path":   {`{"a":{"filePath":"https://example.com/a.png"}}`, ErrnoInvalidPath, "Is invalid filePath: https://example.com/a.png"},
		"no filePath":  {`{"a":{}}`, ErrnoInvalidParam, "Parameter error. filePath cannot be empty"},
		"wrong type":   {`{"a":{"filePath":3}}`, ErrnoInvalidParam, "Parameter error. filePath is of wrong type"},
		"not object":   {`{"a":"x"}`, ErrnoInvalidParam, "Parameter error. parameter should be Object instead of String"},
		"unreadable":   {`{"e":"TypeError: boom","k":"filePath"}`, ErrnoInvalidParam, "Parameter error. filePath cannot be read: TypeError: boom"},
		"PC encodings": {`{"a":{"filePath":"` + path + `","encoding":"latin1"}}`, ErrnoInvalidParam, `Parameter error. encoding "latin1" is not supported on pc (it takes "base64", "hex", "utf-8", "utf8")`},
	}
	for name, tc := range cases {
		res := h.ReadFile("readFileSync", []byte(tc.payload))
		if res.Outcome != OutcomeFail || res.Fields["errno"] != tc.errno || res.Fields["errString"] != tc.want ||
			res.Fields["errMsg"] != "readFileSync:fail "+tc.want {
			t.Errorf("%s: %v", name, res.Fields)
		}
	}
	// An http fixture has no bytes in the page.
	h = newHarness(t, notStrict, `{"media":{"images":[{"name":"b.jpg","url":"https://cdn.example/b.jpg","width":2,"height":2,"type":"jpeg"}]}}`)
	got := ciDeliveries(h)
	ciAsk(t, h, nil)
	if err := h.AnswerOldest(Answer{Index: intPtr(0)}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	remote := (*got)[0].Fields["tempFilePaths"].([]string)[0]
	res := h.ReadFile("readFile", payloadOf(t, map[string]any{"filePath": remote}))
	if s, _ := res.Fields["errString"].(string); res.Fields["errno"] != ErrnoNoFile || !strings.Contains(s, "whose bytes ttshim does not have") {
		t.Errorf("an http fixture: %v", res.Fields)
	}
}
