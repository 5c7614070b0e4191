package shim

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// tt.openDocument opens a file the page has (ttfile://) or, with fileType
// "cloudFile", one of the tenant's cloud documents, in a viewer the
// client draws over the page. The call answers once the viewer is open;
// the call log is the record of what was opened.

// DocumentUI draws tt.openDocument's viewer, which the call does not wait
// on.
type DocumentUI interface {
	ShowDocument(v DocumentView)
}

// DocumentView is what the viewer shows: a file (its name, type, size and
// a URL of its bytes) or a cloud document (its title, type, owner, date).
type DocumentView struct {
	Name     string
	Type     string
	Size     int
	URL      string // a data: URI of a file's bytes, or the cloud document's link
	Cloud    bool
	Owner    string // the owner's name, in the client's language
	Modified float64
	Language string
	Mobile   bool
}

// CloudFile is the fileType that opens a cloud document's link.
const CloudFile = "cloudFile"

// openableTypes are the fileType values the page lists.
var openableTypes = []string{"doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "zip", CloudFile, "eml"}

func init() {
	register(&API{
		Namespace: "tt", Name: "openDocument", Kind: KindAsync, Taro: true,
		NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "`filePath` missing or empty, a `fileType` the page does not list, or an option of the wrong type"},
					{Errno: ErrnoNotSupported, When: "a `fileType` the client lacks: `zip` on PC (Android V5.2.0+, iOS V5.1.0+), `eml` below V5.14.0, anything but `pdf` and `cloudFile` on Harmony"},
					{Errno: ErrnoInvalidPath, When: "a `filePath` that is neither `ttfile://` nor, with `cloudFile`, a link"},
					{Errno: ErrnoNoFile, When: "a `ttfile://` path the page was not given"},
					{Errno: ErrnoInternal, When: "a file whose name has no suffix `fileType` allows, or a link that is not a document in `documents`"}},
				Controls: []string{
					"`documents`: the cloud documents `cloudFile` opens, by `url`",
					"`ttShim.calls(\"openDocument\")`: what was opened", prerequisitesControl,
				},
			}
		}),
		Handle: openDocument,
	})
}

func openDocument(c *Call) Result {
	r := paramReader{args: c.Args}
	filePath := r.string("filePath", true)
	fileType := r.string("fileType", false)
	r.bool("showMenu", true)
	r.bool("padFullScreen", false)
	if r.err == nil && fileType != "" && !slices.Contains(openableTypes, fileType) {
		r.err = &ParamError{Name: "fileType", Reason: fmt.Sprintf("fileType should be one of %s, got %s", quoteAll(openableTypes), quoted(fileType))}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	cfg := c.Config()
	if lacks := c.Shim.lacksFileType(fileType); lacks != "" {
		return c.Fail(ErrnoNotSupported, "feature not support: fileType "+fileType+" is not available "+lacks)
	}
	view := DocumentView{Language: cfg.Client.Language, Mobile: cfg.Client.Platform != PlatformPC}
	if fileType == CloudFile {
		at := slices.IndexFunc(cfg.Documents, func(d CloudDocument) bool { return d.URL == filePath })
		if at < 0 {
			if !strings.Contains(filePath, "://") {
				return c.Fail(ErrnoInvalidPath, "Is invalid filePath: "+clipped(filePath)+" is not a cloud document's link")
			}
			return c.Fail(ErrnoInternal, "internal error: "+clipped(filePath)+" is not a cloud document of this tenant")
		}
		doc := cfg.Documents[at]
		owner, _ := cfg.User(doc.Owner)
		view.Name, view.Type, view.URL, view.Cloud = doc.Title, doc.Type, doc.URL, true
		view.Owner, view.Modified = owner.Name.In(cfg.Client.Language), doc.Modified
		c.Shim.UI.ShowDocument(view)
		return c.OK(nil)
	}
	if !strings.HasPrefix(filePath, "ttfile://") {
		return c.Fail(ErrnoInvalidPath, "Is invalid filePath: "+clipped(filePath))
	}
	file, ok := c.Shim.files.temp[filePath]
	if !ok {
		return c.Fail(ErrnoNoFile, "File does not exist: "+clipped(filePath))
	}
	suffix := strings.TrimPrefix(strings.ToLower(path.Ext(filePath)), ".")
	allowed := slices.DeleteFunc(slices.Clone(openableTypes), func(t string) bool { return t == CloudFile || c.Shim.lacksFileType(t) != "" })
	switch {
	case fileType != "" && suffix != fileType:
		return c.Fail(ErrnoInternal, fmt.Sprintf("internal error: %s is not a %s file", clipped(path.Base(filePath)), fileType))
	case !slices.Contains(allowed, suffix):
		return c.Fail(ErrnoInternal, fmt.Sprintf("internal error: %s cannot be opened: this client opens %s files", clipped(path.Base(filePath)), strings.Join(allowed, ", ")))
	}
	view.Name, view.Type, view.Size = path.Base(filePath), suffix, fileBytes(file)
	view.URL, _ = c.Shim.FileURL(filePath)
	if file.image.Name != "" {
		view.Name = file.image.Name
	}
	c.Shim.UI.ShowDocument(view)
	return c.OK(nil)
}

// lacksFileType says where the client cannot open fileType ("on pc"), or
// "" when it can.
func (s *Shim) lacksFileType(fileType string) string {
	platform, v := s.cfg.Client.Platform, s.version
	where := "on " + platform + " " + s.cfg.Client.Version
	switch {
	case fileType == "":
		return ""
	case platform == PlatformHarmony && fileType != "pdf" && fileType != CloudFile:
		return where
	case fileType == "zip" && (platform == PlatformPC || platform == PlatformAndroid && !v.AtLeast("5.2.0") ||
		platform == PlatformIOS && !v.AtLeast("5.1.0")):
		return where
	case fileType == "eml" && !v.AtLeast("5.14.0"):
		return where
	case fileType == CloudFile && s.cfg.Mode == ModeGadget && !v.AtLeast("3.12.0"):
		return where
	}
	return ""
}
