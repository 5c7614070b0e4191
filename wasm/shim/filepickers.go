package shim

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// tt.docsPicker lists the tenant's cloud documents and tt.filePicker the
// files a person can attach; both are drawn lists the person picks from
// (by click, ttShim.answer or the answers key), one dialog shape for both.

// The two pickers' dialog kinds.
const (
	DialogDocs  = "docs"
	DialogFiles = "files"
)

// PickerCancelled is the pickers' cancel: neither page documents one, so
// it is the client's internal error with its cancel errMsg (choice K102).
const pickerCancelled = "user cancel"

// FilePicker is what a drive picker offers. An empty Title or Confirm is
// the client's own words, in its language.
type FilePicker struct {
	Title   string `json:"title,omitempty"`
	Confirm string `json:"confirm,omitempty"`
	// MaxNum is the most that can be picked; 0 is no limit.
	MaxNum int `json:"maxNum,omitempty"`
	// System is the phone's own file picker rather than Feishu's.
	System bool         `json:"system,omitempty"`
	Items  []PickerFile `json:"items"`
}

// PickerFile is one row: a document (URL, owner, modified) or a file
// (size).
type PickerFile struct {
	Name     string  `json:"name"`
	Type     string  `json:"type"`
	Size     int     `json:"size,omitempty"`
	URL      string  `json:"url,omitempty"`
	Owner    string  `json:"owner,omitempty"` // the owner's name, in the client's language
	Modified float64 `json:"modified,omitempty"`
}

func init() {
	register(&API{
		Namespace: "tt", Name: "docsPicker", Kind: KindAsync, Asks: DialogDocs,
		NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "`pickerTitle` or `pickerConfirm` is not a string"},
					errTooManyDialogs,
					{Errno: ErrnoInternal, When: "cancelled (`docsPicker:cancel`, `user cancel`): Cancel, Escape, `ttShim.answer(\"cancel\")`, `answers` or `ttShim.reset()`"},
					{Errno: ErrnoInternal, When: "`answers`' choice is one the picker would refuse"}},
				Controls: []string{
					"`documents`: the cloud documents listed, in order",
					"`ttShim.answer([titles])`, an index, or `\"cancel\"`: answers the picker on screen; `answers: {docsPicker: …}` in advance",
					prerequisitesControl,
				},
			}
		}),
		Handle: docsPicker,
	})
	register(&API{
		Namespace: "tt", Name: "filePicker", Kind: KindAsync, Asks: DialogFiles,
		NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "an option of the wrong type, or a `maxNum` that is not a positive integer"},
					errTooManyDialogs,
					{Errno: ErrnoInternal, When: "cancelled (`filePicker:cancel`, `user cancel`): Cancel, Escape, `ttShim.answer(\"cancel\")`, `answers` or `ttShim.reset()`"},
					{Errno: ErrnoInternal, When: "`answers`' choice is one the picker would refuse"}},
				Controls: []string{
					"`files`: the files listed, in order, with their bytes or a generated body",
					"`ttShim.answer([names])`, an index, or `\"cancel\"`: answers the picker on screen; `answers: {filePicker: …}` in advance",
					"`client.platform` and `client.version`: which options the client honours (`isSystem`, `supportFileTypes`, `pickerConfirm`)",
					prerequisitesControl,
				},
			}
		}),
		Handle: filePicker,
	})
}

func docsPicker(c *Call) Result {
	r := paramReader{args: c.Args}
	title := r.string("pickerTitle", false)
	confirm := r.string("pickerConfirm", false)
	if r.err != nil {
		return c.Param(r.err)
	}
	cfg := c.Config()
	picker := FilePicker{Title: title, Confirm: confirm, Items: []PickerFile{}}
	for _, d := range cfg.Documents {
		owner, _ := cfg.User(d.Owner)
		picker.Items = append(picker.Items, PickerFile{Name: d.Title, Type: d.Type, URL: d.URL,
			Owner: owner.Name.In(cfg.Client.Language), Modified: d.Modified})
	}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogDocs, Files: &picker, Dismiss: Answer{Choice: PickerCancel}},
		Decide: func(a Answer) (Result, error) {
			picked, res, err := filesPicked(c, picker, a)
			if picked == nil {
				return res, err
			}
			list := make([]Fields, len(picked))
			for i, item := range picked {
				list[i] = Fields{"filePath": item.URL, "fileName": item.Name}
			}
			return c.OK(Fields{"fileList": list}), nil
		},
	})
}

func filePicker(c *Call) Result {
	r := paramReader{args: c.Args}
	maxNum := r.number("maxNum", 0)
	system := r.bool("isSystem", false)
	title := r.string("pickerTitle", false)
	confirm := r.string("pickerConfirm", false)
	types := r.strings("supportFileTypes", false)
	if r.err == nil && c.Args.Raw("maxNum") != nil && !isWholeIn(maxNum, 1, math.MaxInt32) {
		r.err = &ParamError{Name: "maxNum", Reason: fmt.Sprintf("maxNum should be a positive integer, got %v", maxNum)}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	cfg, v := c.Config(), c.Shim.version
	platform := cfg.Client.Platform
	phone := platform == PlatformIOS || platform == PlatformAndroid
	// What each client honours, as the page's notes say.
	system = platform == PlatformHarmony || (system && phone && v.AtLeast("3.8.0"))
	if !v.AtLeast("3.37.0") || system {
		title = ""
	}
	if system || !v.AtLeast("3.37.0") || (platform == PlatformPC && v.AtLeast("3.41.0")) {
		confirm = ""
	}
	filter := !system && platform == PlatformAndroid && v.AtLeast("7.7.0") && len(types) > 0
	picker := FilePicker{Title: title, Confirm: confirm, MaxNum: int(maxNum), System: system, Items: []PickerFile{}}
	if system {
		picker.MaxNum = 1
	}
	for _, f := range cfg.Files {
		if filter && !slices.ContainsFunc(types, func(t string) bool { return strings.EqualFold(strings.TrimPrefix(t, "."), f.Type) }) {
			continue
		}
		picker.Items = append(picker.Items, PickerFile{Name: f.Name, Type: f.Type, Size: c.Shim.fileSize(f)})
	}
	files := cfg.Files
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogFiles, Files: &picker, Dismiss: Answer{Choice: PickerCancel}},
		Decide: func(a Answer) (Result, error) {
			picked, res, err := filesPicked(c, picker, a)
			if picked == nil {
				return res, err
			}
			list := make([]Fields, len(picked))
			for i, item := range picked {
				at := slices.IndexFunc(files, func(f TenantFile) bool { return f.Name == item.Name })
				path := c.Shim.addPickedFile(files[at], item.Size)
				list[i] = Fields{"path": path, "name": item.Name, "size": item.Size}
			}
			return c.OK(Fields{"list": list}), nil
		},
	})
}

// filesPicked reads the picker's answer: the rows picked, in order; or,
// when picked is nil, the call's result (a cancel) or why the answer does
// not fit.
func filesPicked(c *Call, p FilePicker, a Answer) (picked []PickerFile, res Result, err error) {
	if a.Choice == PickerCancel {
		return nil, Cancel(c.API.Name, ErrnoInternal, pickerCancelled), nil
	}
	var names []string
	switch {
	case a.Index != nil:
		if *a.Index >= len(p.Items) {
			return nil, Result{}, fmt.Errorf("the picker lists %d items, so no index %d", len(p.Items), *a.Index)
		}
		names = []string{p.Items[*a.Index].Name}
	case a.Select != nil:
		names = a.Select
	default:
		return nil, Result{}, fmt.Errorf(`the picker takes "cancel", a list of the names it lists or an item's index`)
	}
	switch {
	case len(names) == 0:
		return nil, Result{}, fmt.Errorf("pick at least one")
	case p.MaxNum > 0 && len(names) > p.MaxNum:
		return nil, Result{}, fmt.Errorf("maxNum is %d, and %d were picked", p.MaxNum, len(names))
	}
	picked = []PickerFile{}
	for i, name := range names {
		if slices.Contains(names[:i], name) {
			return nil, Result{}, fmt.Errorf("%s is picked twice", clipped(name))
		}
		at := slices.IndexFunc(p.Items, func(f PickerFile) bool { return f.Name == name })
		if at < 0 {
			return nil, Result{}, fmt.Errorf("%s is not one the picker lists", clipped(name))
		}
		picked = append(picked, p.Items[at])
	}
	return picked, Result{}, nil
}

// fileSize is the size a file reports: the configured one, or its body's.
func (s *Shim) fileSize(f TenantFile) int {
	if f.Size > 0 {
		return f.Size
	}
	return len(s.fileBody(f))
}

// addPickedFile copies a picked file into the temporary directory, named
// as the client names them (a random UUID, then the file's name), and
// returns its path.
func (s *Shim) addPickedFile(f TenantFile, size int) string {
	path := "ttfile://temp/" + s.uuid() + "-" + f.Name
	data := s.fileBody(f)
	s.files.temp[path] = &tempFile{image: MediaImage{Name: f.Name, Size: size, Type: f.Type}, data: data, mime: mimeOf(f.Type)}
	return path
}

// uuid is a random version 4 UUID.
func (s *Shim) uuid() string {
	var b [16]byte
	_, _ = s.Rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// mimeOf is the media type a file's type is served as (ttShim.fileURL).
func mimeOf(fileType string) string {
	switch fileType {
	case "png", "gif", "webp", "bmp":
		return "image/" + fileType
	case "jpg", "jpeg":
		return "image/jpeg"
	case "pdf":
		return "application/pdf"
	case "txt", "md", "csv":
		return "text/plain;charset=utf-8"
	case "json":
		return "application/json"
	}
	return "application/octet-stream"
}
