package shim

import (
	"strings"
	"testing"
)

// viewerRecorder keeps the viewers tt.previewImage opened, oldest first.
type viewerRecorder struct{ shown []Viewer }

func (u *fakeUI) ShowViewer(v Viewer) { u.viewers.shown = append(u.viewers.shown, v) }

// wantErrno checks a failure's errno and errString.
func wantErrno(t *testing.T, res Result, errno int, errString string) {
	t.Helper()
	if res.Outcome != OutcomeFail || res.Fields["errno"] != errno || res.Fields["errString"] != errString {
		t.Errorf("want %d %q, got %s %v", errno, errString, res.Outcome, res.Fields)
	}
}

func TestPreviewImageOpensTheViewerAtCurrent(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"android","language":"ja_JP"}}`)
	path, data := fsPicked(t, h)
	res := h.call(t, "tt.previewImage", map[string]any{"urls": []string{"https://cdn.example/a.png", path}, "current": path})
	wantOK(t, res, "previewImage")
	v := h.ui.viewers.shown[0]
	if v.Current != 1 || v.URLs[0] != "https://cdn.example/a.png" || v.URLs[1] != dataURI("image/png", data) || !v.Mobile || v.Language != "ja_JP" {
		t.Errorf("viewer %+v", v)
	}
	// A current that is not in urls opens the first.
	wantOK(t, h.call(t, "tt.previewImage", map[string]any{"urls": []string{"a.png", "b.png"}, "current": "c.png"}), "previewImage")
	if v := h.ui.viewers.shown[1]; v.Current != 0 || len(v.URLs) != 2 {
		t.Errorf("viewer %+v", v)
	}
	wantErrno(t, h.call(t, "tt.previewImage", map[string]any{"urls": []string{"ttfile://temp/no.png"}}), ErrnoNoFile, "File does not exist: ttfile://temp/no.png")
	wantErrno(t, h.call(t, "tt.previewImage", map[string]any{"urls": []string{}}), ErrnoInvalidParam, "Parameter error. urls should hold at least one URL")
	wantErrno(t, h.call(t, "tt.previewImage", nil), ErrnoInvalidParam, "Parameter error. urls cannot be empty")
	wantErrno(t, h.call(t, "tt.previewImage", map[string]any{"urls": []string{"a"}, "current": 1}), ErrnoInvalidParam, "Parameter error. current is of wrong type")
	if len(h.ui.viewers.shown) != 2 {
		t.Errorf("a failed call opened a viewer: %d", len(h.ui.viewers.shown))
	}
}

func TestGetImageInfo(t *testing.T) {
	h := newHarness(t, notStrict, `{"media":{"images":[{"name":"a.png","width":30,"height":20},`+
		`{"name":"b.jpg","url":"https://cdn.example/b.jpg","width":1200,"height":800,"type":"jpeg"}]}}`)
	got := ciDeliveries(h)
	ciAsk(t, h, nil)
	if err := h.AnswerOldest(Answer{Select: []string{"a.png"}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	path := (*got)[0].Fields["tempFilePaths"].([]string)[0]
	res := h.call(t, "tt.getImageInfo", map[string]any{"src": path})
	wantOK(t, res, "getImageInfo")
	if res.Fields["width"] != 30 || res.Fields["height"] != 20 || res.Fields["type"] != "png" || res.Fields["path"] != path {
		t.Errorf("a temporary file: %v", res.Fields)
	}
	// A fixture's URL is downloaded to a new temporary file.
	res = h.call(t, "tt.getImageInfo", map[string]any{"src": "https://cdn.example/b.jpg"})
	downloaded, _ := res.Fields["path"].(string)
	if res.Fields["width"] != 1200 || res.Fields["type"] != "jpeg" || !strings.HasPrefix(downloaded, "ttfile://temp/") || !strings.HasSuffix(downloaded, ".jpg") {
		t.Errorf("a fixture URL: %v", res.Fields)
	}
	if url, err := h.FileURL(downloaded); err != nil || url != "https://cdn.example/b.jpg" {
		t.Errorf("the downloaded file: %q %v", url, err)
	}
	wantErrno(t, h.call(t, "tt.getImageInfo", map[string]any{"src": "https://elsewhere.example/x.png"}), ErrnoImageLoad,
		"Unable to load image: https://elsewhere.example/x.png is not a picture of media.images")
	wantErrno(t, h.call(t, "tt.getImageInfo", map[string]any{"src": "ttfile://temp/x.png"}), ErrnoNoFile, "File does not exist: ttfile://temp/x.png")
	wantErrno(t, h.call(t, "tt.getImageInfo", map[string]any{"src": 5}), ErrnoInvalidParam, "Parameter error. src is of wrong type")
	wantErrno(t, h.call(t, "tt.getImageInfo", nil), ErrnoInvalidParam, "Parameter error. src cannot be empty")
}

func TestCompressImageGivesANewPath(t *testing.T) {
	h := newHarness(t, notStrict)
	path, data := fsPicked(t, h)
	res := h.call(t, "tt.compressImage", map[string]any{"src": path, "quality": 50})
	wantOK(t, res, "compressImage")
	compressed := res.Fields["tempFilePath"].(string)
	if compressed == path || !strings.HasPrefix(compressed, "ttfile://temp/") {
		t.Fatalf("tempFilePath %q", compressed)
	}
	if url, _ := h.FileURL(compressed); url != dataURI("image/png", data) {
		t.Errorf("the compressed file is not the picture")
	}
	for _, q := range []any{0, 101, -5} {
		res := h.call(t, "tt.compressImage", map[string]any{"src": path, "quality": q})
		if !strings.HasPrefix(res.Fields["errString"].(string), "Parameter error. quality should be from 1 to 100, got ") {
			t.Errorf("quality %v: %v", q, res.Fields)
		}
	}
	wantErrno(t, h.call(t, "tt.compressImage", map[string]any{"src": "ttfile://temp/x.png"}), ErrnoNoFile, "File does not exist: ttfile://temp/x.png")
	wantErrno(t, h.call(t, "tt.compressImage", map[string]any{"src": path, "quality": "80"}), ErrnoInvalidParam, "Parameter error. quality is of wrong type")
}

func TestSaveImageToPhotosAlbum(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"ios"}}`)
	path, _ := fsPicked(t, h)
	wantOK(t, h.call(t, "tt.saveImageToPhotosAlbum", map[string]any{"filePath": path}), "saveImageToPhotosAlbum")
	calls := h.Calls("saveImageToPhotosAlbum")
	if len(calls) != 1 || !strings.Contains(mustJSON(calls[0]), path) {
		t.Errorf("the save is not in the log: %+v", calls)
	}
	wantErrno(t, h.call(t, "tt.saveImageToPhotosAlbum", map[string]any{"filePath": "https://cdn.example/a.png"}), ErrnoInvalidPath,
		"Is invalid filePath: https://cdn.example/a.png is a network URL")
	wantErrno(t, h.call(t, "tt.saveImageToPhotosAlbum", map[string]any{"filePath": "ttfile://temp/1.webp"}), ErrnoImageUnsupported,
		"Image format not supported: ttfile://temp/1.webp")
	wantErrno(t, h.call(t, "tt.saveImageToPhotosAlbum", map[string]any{"filePath": "ttfile://temp/1.png"}), ErrnoNoFile, "File does not exist: ttfile://temp/1.png")
	wantErrno(t, h.call(t, "tt.saveImageToPhotosAlbum", nil), ErrnoInvalidParam, "Parameter error. filePath cannot be empty")
	// Android's album takes webp, as PC's does bmp.
	h = newHarness(t, notStrict, `{"client":{"platform":"android"}}`)
	wantErrno(t, h.call(t, "tt.saveImageToPhotosAlbum", map[string]any{"filePath": "ttfile://temp/1.webp"}), ErrnoNoFile, "File does not exist: ttfile://temp/1.webp")
}
