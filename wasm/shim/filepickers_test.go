package shim

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestDocsPickerListsTheDriveAndAnswersItsLinks(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`)
	d := h.askDialog(t, "tt.docsPicker", map[string]any{"pickerTitle": "Attach a spec"}, DialogDocs)
	p := d.Files
	if p.Title != "Attach a spec" || p.Confirm != "" || len(p.Items) != len(h.Config().Documents) {
		t.Fatalf("picker %+v", p)
	}
	first := p.Items[0]
	if first.Name != "2026 产品路线图" || first.Type != DocDocx || first.Owner != "Li Na" ||
		!strings.HasPrefix(first.URL, "https://ttshim.feishu.cn/docx/doxcn") || first.Modified == 0 {
		t.Errorf("first row %+v", first)
	}
	for _, bad := range []Answer{choiceAnswer("allow"), {Select: []string{}}, {Select: []string{"nope"}},
		{Select: []string{first.Name, first.Name}}, indexAnswer(99)} {
		if err := h.Answer(d.ID, bad, AnsweredByTest); err == nil {
			t.Errorf("the picker took %s", answerText(bad))
		}
	}
	res := h.answerDialog(t, d, Answer{Select: []string{"Q4 销售周报", first.Name}})
	wantOK(t, res, "docsPicker")
	want := []Fields{{"filePath": p.Items[1].URL, "fileName": "Q4 销售周报"}, {"filePath": first.URL, "fileName": first.Name}}
	if got := res.Fields["fileList"]; !reflect.DeepEqual(got, want) {
		t.Errorf("fileList %v, want %v", got, want)
	}
	d = h.askDialog(t, "tt.docsPicker", nil, DialogDocs)
	res = h.answerDialog(t, d, choiceAnswer(PickerCancel))
	if res.Outcome != OutcomeCancel || res.Fields["errMsg"] != "docsPicker:cancel" || res.Fields["errno"] != ErrnoInternal {
		t.Errorf("cancel %s %v", res.Outcome, res.Fields)
	}
	wantFail(t, h.call(t, "tt.docsPicker", map[string]any{"pickerConfirm": 3}), "docsPicker", ErrnoInvalidParam,
		"Parameter error. pickerConfirm is of wrong type")
}

func indexAnswer(i int) Answer { return Answer{Index: &i} }

func TestFilePickerGivesReadableTemporaryFiles(t *testing.T) {
	h := newHarness(t, notStrict)
	d := h.askDialog(t, "tt.filePicker", map[string]any{"maxNum": 2}, DialogFiles)
	if d.Files.MaxNum != 2 || d.Files.System || len(d.Files.Items) != 5 {
		t.Fatalf("picker %+v", d.Files)
	}
	if err := h.Answer(d.ID, Answer{Select: []string{"logo.png", "会议纪要.txt", "Q4 预算.xlsx"}}, AnsweredByTest); err == nil {
		t.Error("the picker took three past maxNum 2")
	}
	res := h.answerDialog(t, d, Answer{Select: []string{"会议纪要.txt", "logo.png"}})
	wantOK(t, res, "filePicker")
	list := res.Fields["list"].([]Fields)
	path := list[0]["path"].(string)
	if !regexp.MustCompile(`^ttfile://temp/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}-会议纪要\.txt$`).MatchString(path) {
		t.Errorf("path %q", path)
	}
	text := h.Config().Files[3].Content
	if list[0]["name"] != "会议纪要.txt" || list[0]["size"] != len(text) {
		t.Errorf("first %v", list[0])
	}
	read := h.ReadFile("readFile", payloadOf(t, map[string]any{"filePath": path, "encoding": "utf8"}))
	if read.Fields["data"] != text {
		t.Errorf("readFile %v", read.Fields)
	}
	png := h.ReadFile("readFile", payloadOf(t, map[string]any{"filePath": list[1]["path"], "encoding": "base64"}))
	if data, _ := png.Fields["data"].(string); !strings.HasPrefix(data, "iVBORw0KGgo") || list[1]["size"].(int) < 100 {
		t.Errorf("the drawn logo %v, %v", list[1], png.Fields)
	}
	if url, err := h.FileURL(path); err != nil || !strings.HasPrefix(url, "data:text/plain;charset=utf-8;base64,") {
		t.Errorf("fileURL %q %v", url, err)
	}
	wantFail(t, h.call(t, "tt.filePicker", map[string]any{"maxNum": 0}), "filePicker", ErrnoInvalidParam,
		"Parameter error. maxNum should be a positive integer, got 0")
}

func TestFilePickerHonoursWhatEachClientDoes(t *testing.T) {
	option := map[string]any{"isSystem": true, "pickerTitle": "T", "pickerConfirm": "C", "supportFileTypes": []string{"pdf", ".TXT"}}
	for _, tc := range []struct {
		patch, title, confirm string
		system                bool
		items                 int
	}{
		{clientPatch("pc", "7.45.0"), "T", "", false, 5}, // PC: no system picker, no confirm text, no filter
		{clientPatch("ios", "7.45.0"), "", "", true, 5},  // the phone's own picker
		{clientPatch("harmony", "7.45.0"), "", "", true, 5},
		{`{"mode":"gadget","client":{"platform":"android","version":"3.7.0"}}`, "", "", false, 5}, // isSystem from V3.8.0, titles from V3.37.0
	} {
		h := newHarness(t, notStrict, tc.patch)
		d := h.askDialog(t, "tt.filePicker", option, DialogFiles)
		if p := d.Files; p.Title != tc.title || p.Confirm != tc.confirm || p.System != tc.system || len(p.Items) != tc.items ||
			(tc.system && p.MaxNum != 1) {
			t.Errorf("%s: picker %+v", tc.patch, p)
		}
	}
	h := newHarness(t, notStrict, clientPatch("android", "7.45.0"))
	delete(option, "isSystem")
	d := h.askDialog(t, "tt.filePicker", option, DialogFiles)
	if p := d.Files; p.Title != "T" || p.Confirm != "C" || len(p.Items) != 2 || p.Items[0].Name != "产品介绍.pdf" {
		t.Errorf("android picker %+v", p)
	}
}

func TestFilePickersAnsweredInAdvance(t *testing.T) {
	h := newHarness(t, notStrict, `{"answers":{"filePicker":["Q4 预算.xlsx"],"docsPicker":"cancel"},
		"files":[{"name":"Q4 预算.xlsx","size":12}]}`)
	res := h.call(t, "tt.filePicker", nil)
	wantOK(t, res, "filePicker")
	path := res.Fields["list"].([]Fields)[0]["path"]
	read := h.ReadFile("readFile", payloadOf(t, map[string]any{"filePath": path, "encoding": "hex"}))
	// An xlsx is a zip: its 12 bytes start as one does.
	if data, _ := read.Fields["data"].(string); len(data) != 24 || !strings.HasPrefix(data, "504b0304") {
		t.Errorf("generated body %v", read.Fields)
	}
	if res := h.call(t, "tt.docsPicker", nil); res.Outcome != OutcomeCancel {
		t.Errorf("docsPicker %s %v", res.Outcome, res.Fields)
	}
	if err := h.Configure([]byte(`{"answers":{"filePicker":["nope"]}}`)); err != nil {
		t.Fatal(err)
	}
	if res := h.call(t, "tt.filePicker", nil); res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoInternal {
		t.Errorf("a refused preset %s %v", res.Outcome, res.Fields)
	}
}

func TestDocumentsConfiguration(t *testing.T) {
	h := newHarness(t, `{"documents":[{"title":"Plan","type":"sheet"}],"users":[{"name":{"en_us":"Ann"}}]}`)
	doc := h.Config().Documents[0]
	if doc.Owner != h.Config().Users[0].OpenID || !strings.HasPrefix(doc.URL, "https://ttshim.feishu.cn/sheets/shtcn") || doc.Modified == 0 {
		t.Errorf("derived %+v", doc)
	}
	// A new directory alone keeps the default drive, owned by its people.
	h = newHarness(t, `{"users":[{"name":{"en_us":"Ann"}}]}`)
	if docs := h.Config().Documents; len(docs) != 8 || docs[3].Owner != h.Config().Users[0].OpenID {
		t.Errorf("reowned %+v", docs)
	}
	for patch, want := range map[string]string{
		`{"documents":[{"title":"A"},{"title":"A"}]}`:                `"documents[1].title" "A" appears twice`,
		`{"documents":[{"title":"A","owner":"ou_x"}]}`:               `"documents[0].owner" "ou_x" is not an openId in "users"`,
		`{"documents":[{"type":"doc"}]}`:                             `"documents[0].title" cannot be empty`,
		`{"files":[{"name":"a"},{"name":"a"}]}`:                      `"files[1].name" "a" appears twice`,
		`{"files":[{"name":"a","content":"!","encoding":"base64"}]}`: `"files[0].content" is not base64`,
		`{"documents":[{"title":"A","type":"pdf"}]}`:                 `"documents[0].type" should be one of`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %s", patch, err, want)
		}
	}
}
