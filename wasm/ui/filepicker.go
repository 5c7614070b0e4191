//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"
	"strings"
	"time"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// filesTemplate and the rows fileRows writes hold no user data: names,
// owners and sizes are filled in as text afterwards.
var (
	//go:embed templates/files.html
	filesMarkup string
	//go:embed files.css
	filesStyles string

	filesTemplate = markup(filesMarkup)
)

// filesTexts are the drive pickers' words; docsModified takes the owner
// and the date, the sizes a number.
var filesTexts = map[string]shim.I18n{
	"docsTitle":        {ZhCN: "选择云文档", EnUS: "Select Docs", JaJP: "ドキュメントを選択"},
	"docsConfirm":      {ZhCN: "选择", EnUS: "Select", JaJP: "選択"},
	"docsEmpty":        {ZhCN: "没有云文档", EnUS: "No docs", JaJP: "ドキュメントがありません"},
	"docsModified":     {ZhCN: "%s · %s 更新", EnUS: "%s · Updated %s", JaJP: "%s · %s 更新"},
	"filesTitle":       {ZhCN: "选择文件", EnUS: "Select a file", JaJP: "ファイルを選択"},
	"filesSystem":      {ZhCN: "文件", EnUS: "Files", JaJP: "ファイル"},
	"filesEmpty":       {ZhCN: "没有文件", EnUS: "No files", JaJP: "ファイルがありません"},
	"docType.doc":      {ZhCN: "文档", EnUS: "Docs", JaJP: "ドキュメント"},
	"docType.docx":     {ZhCN: "文档", EnUS: "Docs", JaJP: "ドキュメント"},
	"docType.sheet":    {ZhCN: "电子表格", EnUS: "Sheets", JaJP: "シート"},
	"docType.bitable":  {ZhCN: "多维表格", EnUS: "Base", JaJP: "Base"},
	"docType.mindnote": {ZhCN: "思维笔记", EnUS: "MindNotes", JaJP: "マインドノート"},
	"docType.slides":   {ZhCN: "幻灯片", EnUS: "Slides", JaJP: "スライド"},
	"docType.file":     {ZhCN: "文件", EnUS: "File", JaJP: "ファイル"},
	"docType.wiki":     {ZhCN: "知识库", EnUS: "Wiki", JaJP: "Wiki"},
	"docType.folder":   {ZhCN: "文件夹", EnUS: "Folder", JaJP: "フォルダ"},
}

func init() {
	for key, words := range filesTexts {
		texts[key] = words
	}
	stylesheet += filesStyles
}

// fileRows is the picker's rows, row i's input carrying value i, named
// by the row's name and described by its owner and date, or its size.
func fileRows(p *shim.FilePicker) string {
	kind := "checkbox"
	if p.MaxNum == 1 {
		kind = "radio"
	}
	var sb strings.Builder
	for i := range p.Items {
		fmt.Fprintf(&sb, `<label class="row"><input type="%s" name="ttshim-file" value="%d" aria-labelledby="ttshim-file-%d" `+
			`aria-describedby="ttshim-file-%d-sub"><span class="row-icon" aria-hidden="true"></span>`+
			`<span class="row-text"><span class="row-name" id="ttshim-file-%d"></span>`+
			`<span class="row-sub" id="ttshim-file-%d-sub"></span></span></label>`, kind, i, i, i, i, i)
	}
	return sb.String()
}

// filePickerState is the open picker: its rows and the names picked, in
// the order the person picked them.
type filePickerState struct {
	reply   func(shim.Answer) error
	lang    string
	picker  *shim.FilePicker
	rows    []safejs.Value
	order   []string
	search  safejs.Value
	count   safejs.Value
	alert   safejs.Value
	empty   safejs.Value
	confirm safejs.Value
}

func (d *DOM) showFilePicker(dialog shim.Dialog, reply func(shim.Answer) error) {
	p, lang := dialog.Files, dialog.Language
	if p == nil {
		report("the file picker", fmt.Errorf("dialog %d carries no files", dialog.ID))
		return
	}
	docs := dialog.Kind == shim.DialogDocs
	title, confirmText, emptyText := text(lang, "filesTitle"), text(lang, "confirm"), text(lang, "filesEmpty")
	switch {
	case docs:
		title, confirmText, emptyText = text(lang, "docsTitle"), text(lang, "docsConfirm"), text(lang, "docsEmpty")
	case p.System:
		title = text(lang, "filesSystem")
	}
	if p.Title != "" {
		title = p.Title
	}
	if p.Confirm != "" {
		confirmText = p.Confirm
	}
	s := &filePickerState{reply: reply, lang: lang, picker: p}
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "picker files", title, filesTemplate)
	b.fill(el, ".picker-title", title)
	s.search = b.call(el, "querySelector", ".search")
	b.call(s.search, "setAttribute", "aria-label", text(lang, "search"))
	b.call(s.search, "setAttribute", "placeholder", text(lang, "search"))
	list := b.call(el, "querySelector", ".list")
	b.set(list, "innerHTML", fileRows(p))
	rows := b.call(list, "querySelectorAll", ".row")
	for i, item := range p.Items {
		row := b.index(rows, i)
		icon := b.call(row, "querySelector", ".row-icon")
		b.set(icon, "className", "row-icon type-icon "+cssToken(item.Type))
		b.set(icon, "textContent", shortType(item.Type))
		b.fill(row, ".row-name", item.Name)
		b.fill(row, ".row-sub", rowDetail(lang, item, docs))
		s.rows = append(s.rows, row)
	}
	s.empty = b.call(el, "querySelector", ".empty")
	b.set(s.empty, "textContent", emptyText)
	b.set(s.empty, "hidden", len(p.Items) > 0)
	s.count = b.call(el, "querySelector", ".count")
	s.alert = b.call(el, "querySelector", ".limit")
	cancel := b.call(el, "querySelector", ".cancel")
	s.confirm = b.call(el, "querySelector", ".confirm")
	b.set(cancel, "textContent", text(lang, "cancel"))
	b.set(s.confirm, "textContent", confirmText)
	s.show(b, "")
	view := d.attachModal(b, layer, el, "the file picker")
	if view == nil {
		return
	}
	dismiss := func(safejs.Value) { report("the answer to the file picker", reply(dialog.Dismiss)) }
	for _, err := range []error{
		view.on(list, "change", s.changed),
		view.on(s.search, "input", func(safejs.Value) { s.filter() }),
		view.on(s.confirm, "click", func(safejs.Value) {
			report("the answer to the file picker", reply(shim.Answer{Select: append([]string{}, s.order...)}))
		}),
		view.on(cancel, "click", dismiss),
		view.on(d.document, "keydown", onEscape(dismiss)),
	} {
		report("the file picker's controls", err)
	}
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = s.search.Call("focus")
}

// changed follows a row's input: a pick past maxNum is refused with the
// limit shown; a radio replaces the pick.
func (s *filePickerState) changed(event safejs.Value) {
	b := &builder{}
	target, i, checked, ok := changedRow(b, event, len(s.picker.Items))
	if !ok {
		return
	}
	name := s.picker.Items[i].Name
	switch {
	case !checked:
		s.order = without(s.order, name)
		s.show(b, "")
	case s.picker.MaxNum == 1:
		s.order = []string{name}
		s.show(b, "")
	case s.picker.MaxNum > 0 && len(s.order) >= s.picker.MaxNum:
		b.set(target, "checked", false)
		s.show(b, fmt.Sprintf(text(s.lang, "pickerLimit"), s.picker.MaxNum))
	default:
		s.order = append(s.order, name)
		s.show(b, "")
	}
	report("the file picker's count", b.err)
}

// show updates the count, the confirm button and the limit alert, cleared
// first so the same alert is announced again.
func (s *filePickerState) show(b *builder, alert string) {
	b.set(s.count, "textContent", fmt.Sprintf(text(s.lang, "pickerCountItems"), len(s.order)))
	b.set(s.confirm, "disabled", len(s.order) == 0)
	b.set(s.alert, "textContent", "")
	if alert != "" {
		b.set(s.alert, "textContent", alert)
	}
}

// filter hides the rows whose name does not hold the search.
func (s *filePickerState) filter() {
	b := &builder{}
	query, _ := b.get(s.search, "value").String()
	query = strings.ToLower(strings.TrimSpace(query))
	shown := 0
	for i, row := range s.rows {
		match := strings.Contains(strings.ToLower(s.picker.Items[i].Name), query)
		b.set(row, "hidden", !match)
		if match {
			shown++
		}
	}
	b.set(s.empty, "hidden", shown > 0)
	report("the file picker's search", b.err)
}

// rowDetail is a row's second line: a document's type, owner and date,
// or a file's size.
func rowDetail(lang string, item shim.PickerFile, doc bool) string {
	if !doc {
		return byteSize(item.Size)
	}
	// The drive shows dates in the tenant's zone, Beijing's by default.
	date := time.UnixMilli(int64(item.Modified)).In(time.FixedZone("CST", 8*3600)).Format("2006-01-02")
	return text(lang, "docType."+item.Type) + " · " + fmt.Sprintf(text(lang, "docsModified"), item.Owner, date)
}

// byteSize is a size as the client shows one: 356.4 KB.
func byteSize(n int) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KB", float64(n)/1024)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// docIcons are what a document's icon reads, by type.
var docIcons = map[string]string{shim.DocDoc: "doc", shim.DocDocx: "doc", shim.DocSheet: "sht", shim.DocBitable: "base",
	shim.DocMindnote: "mind", shim.DocSlides: "ppt", shim.DocFile: "file", shim.DocWiki: "wiki", shim.DocFolder: ""}

// shortType is the type drawn on a row's icon.
func shortType(t string) string {
	if icon, ok := docIcons[t]; ok {
		return icon
	}
	if len(t) > 4 {
		return t[:4]
	}
	return t
}

// cssToken is a type's class, "type-" and the letters and digits of it,
// apart from the layout's own classes ("sheet").
func cssToken(t string) string {
	return "type-" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, strings.ToLower(t))
}
