package shim

import (
	"strings"
	"testing"
)

// documentRecorder records tt.openDocument's viewers, oldest first.
type documentRecorder struct{ documents []DocumentView }

func (r *documentRecorder) ShowDocument(v DocumentView) { r.documents = append(r.documents, v) }

// pickFile gives the page one of the tenant's files, by name.
func (h *harness) pickFile(t *testing.T, name string) string {
	t.Helper()
	d := h.askDialog(t, "tt.filePicker", nil, DialogFiles)
	res := h.answerDialog(t, d, Answer{Select: []string{name}})
	wantOK(t, res, "filePicker")
	return res.Fields["list"].([]Fields)[0]["path"].(string)
}

func TestOpenDocumentOpensFilesAndCloudDocuments(t *testing.T) {
	h := newHarness(t, notStrict, clientPatch("ios", "7.45.0"), `{"client":{"language":"en_US"}}`)
	path := h.pickFile(t, "产品介绍.pdf")
	wantOK(t, h.call(t, "tt.openDocument", map[string]any{"filePath": path, "showMenu": false}), "openDocument")
	doc := h.Config().Documents[1]
	wantOK(t, h.call(t, "tt.openDocument", map[string]any{"filePath": doc.URL, "fileType": "cloudFile"}), "openDocument")
	if len(h.ui.documents) != 2 {
		t.Fatalf("viewers %+v", h.ui.documents)
	}
	file, cloud := h.ui.documents[0], h.ui.documents[1]
	if file.Name != "产品介绍.pdf" || file.Type != "pdf" || file.Size != 356421 || !strings.HasPrefix(file.URL, "data:application/pdf;base64,JVBERi0x") ||
		file.Cloud || !file.Mobile {
		t.Errorf("file viewer %+v", file)
	}
	if cloud.Name != doc.Title || !cloud.Cloud || cloud.Owner != "Chen Jing" || cloud.URL != doc.URL || cloud.Type != DocSheet {
		t.Errorf("cloud viewer %+v", cloud)
	}
	if calls := h.Calls("openDocument"); calls[0].Outcome != OutcomeOK {
		t.Errorf("logged %+v", calls[0])
	}
}

func TestOpenDocumentRefusals(t *testing.T) {
	h := newHarness(t, notStrict)
	notes, pdf := h.pickFile(t, "会议纪要.txt"), h.pickFile(t, "产品介绍.pdf")
	for _, tc := range []struct {
		option    map[string]any
		errno     int
		errString string
	}{
		{map[string]any{}, ErrnoInvalidParam, "Parameter error. filePath cannot be empty"},
		{map[string]any{"filePath": pdf, "fileType": "txt"}, ErrnoInvalidParam,
			`Parameter error. fileType should be one of "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "zip", "cloudFile", "eml", got "txt"`},
		{map[string]any{"filePath": pdf, "fileType": "zip"}, ErrnoNotSupported, "feature not support: fileType zip is not available on pc 7.45.0"},
		{map[string]any{"filePath": pdf, "fileType": "docx"}, ErrnoInternal, "internal error: " + pdf[len("ttfile://temp/"):] + " is not a docx file"},
		{map[string]any{"filePath": notes}, ErrnoInternal, "internal error: " + notes[len("ttfile://temp/"):] +
			" cannot be opened: this client opens doc, docx, xls, xlsx, ppt, pptx, pdf, eml files"},
		{map[string]any{"filePath": "ttfile://temp/nope.pdf"}, ErrnoNoFile, "File does not exist: ttfile://temp/nope.pdf"},
		{map[string]any{"filePath": "https://example.cn/a.pdf"}, ErrnoInvalidPath, "Is invalid filePath: https://example.cn/a.pdf"},
		{map[string]any{"filePath": "https://example.cn/docx/x", "fileType": "cloudFile"}, ErrnoInternal,
			"internal error: https://example.cn/docx/x is not a cloud document of this tenant"},
		{map[string]any{"filePath": "x", "fileType": "cloudFile"}, ErrnoInvalidPath, "Is invalid filePath: x is not a cloud document's link"},
		{map[string]any{"filePath": pdf, "showMenu": "yes"}, ErrnoInvalidParam, "Parameter error. showMenu is of wrong type"},
	} {
		wantFail(t, h.call(t, "tt.openDocument", tc.option), "openDocument", tc.errno, tc.errString)
	}
	if len(h.ui.documents) != 0 {
		t.Errorf("a refusal opened %+v", h.ui.documents)
	}
	h = newHarness(t, notStrict, clientPatch("harmony", "7.45.0"))
	wantFail(t, h.call(t, "tt.openDocument", map[string]any{"filePath": "ttfile://temp/a.docx", "fileType": "docx"}), "openDocument",
		ErrnoNotSupported, "feature not support: fileType docx is not available on harmony 7.45.0")
}

func TestSaveFileMovesATemporaryFile(t *testing.T) {
	h := newHarness(t, notStrict, clientPatch("android", "7.45.0"))
	from := h.pickFile(t, "会议纪要.txt")
	res := h.call(t, "tt.saveFile", map[string]any{"tempFilePath": from, "filePath": "ttfile://user/notes/周会.txt"})
	wantOK(t, res, "saveFile")
	if res.Fields["savedFilePath"] != "ttfile://user/notes/周会.txt" {
		t.Errorf("saved %v", res.Fields)
	}
	read := h.ReadFile("readFile", payloadOf(t, map[string]any{"filePath": "ttfile://user/notes/周会.txt", "encoding": "utf8"}))
	if read.Fields["data"] != h.Config().Files[3].Content {
		t.Errorf("read back %v", read.Fields)
	}
	wantFail(t, h.ReadFile("readFile", payloadOf(t, map[string]any{"filePath": from})), "readFile", ErrnoNoFile, "File does not exist: "+from)
	wantFail(t, h.call(t, "tt.saveFile", map[string]any{"tempFilePath": from}), "saveFile", ErrnoNoFile, "File does not exist: "+from)
	// Without filePath, a name of the client's.
	res = h.call(t, "tt.saveFile", map[string]any{"tempFilePath": h.pickFile(t, "logo.png")})
	if saved, _ := res.Fields["savedFilePath"].(string); !strings.HasPrefix(saved, "ttfile://user/") || !strings.HasSuffix(saved, ".png") {
		t.Errorf("saved %v", res.Fields)
	}
	other := h.pickFile(t, "Q4 预算.xlsx")
	for _, tc := range []struct {
		option    map[string]any
		errno     int
		errString string
	}{
		{map[string]any{}, ErrnoInvalidParam, "Parameter error. tempFilePath cannot be empty"},
		{map[string]any{"tempFilePath": "ttfile://user/notes/周会.txt"}, ErrnoInvalidPath,
			"Is invalid filePath: ttfile://user/notes/周会.txt is not under ttfile://temp/"},
		{map[string]any{"tempFilePath": other, "filePath": "https://example.cn/a"}, ErrnoInvalidPath,
			"Is invalid filePath: https://example.cn/a should be a file name under ttfile://user/"},
		{map[string]any{"tempFilePath": other, "filePath": "ttfile://user/../a"}, ErrnoInvalidPath,
			"Is invalid filePath: ttfile://user/../a should be a file name under ttfile://user/"},
		{map[string]any{"tempFilePath": other, "filePath": "ttfile://user/" + strings.Repeat("a", 256)}, ErrnoNameTooLong,
			"File name too long: ttfile://user/" + strings.Repeat("a", 256)},
	} {
		wantFail(t, h.call(t, "tt.saveFile", tc.option), "saveFile", tc.errno, tc.errString)
	}
	h.Reset()
	wantFail(t, h.ReadFile("readFile", payloadOf(t, map[string]any{"filePath": "ttfile://user/notes/周会.txt"})), "readFile",
		ErrnoNoFile, "File does not exist: ttfile://user/notes/周会.txt")
}

func TestSaveFileKeepsTheUserDirectoryUnder200MB(t *testing.T) {
	h := newHarness(t, notStrict, `{"files":[{"name":"a.pdf","size":52428800}]}`)
	for range 4 {
		wantOK(t, h.call(t, "tt.saveFile", map[string]any{"tempFilePath": h.pickFile(t, "a.pdf")}), "saveFile")
	}
	wantFail(t, h.call(t, "tt.saveFile", map[string]any{"tempFilePath": h.pickFile(t, "a.pdf")}), "saveFile",
		ErrnoTotalSizeLimit, "Total size limit exceeded: the user directory holds at most 200 MB")
}
