package shim

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"path"
	"strings"
)

// The tenant's cloud documents (the "documents" key), which tt.docsPicker
// lists and tt.openDocument opens, and the files a person can attach (the
// "files" key), which tt.filePicker lists.

// Cloud document types, as Feishu's drive names them.
const (
	DocDoc      = "doc"
	DocDocx     = "docx"
	DocSheet    = "sheet"
	DocBitable  = "bitable"
	DocMindnote = "mindnote"
	DocSlides   = "slides"
	DocFile     = "file"
	DocWiki     = "wiki"
	DocFolder   = "folder"
)

var documentTypes = []string{DocDoc, DocDocx, DocSheet, DocBitable, DocMindnote, DocSlides, DocFile, DocWiki, DocFolder}

// documentRoutes are each type's URL path and token prefix, as the
// drive's links have them.
var documentRoutes = map[string][2]string{
	DocDoc: {"docs", "doccn"}, DocDocx: {"docx", "doxcn"}, DocSheet: {"sheets", "shtcn"}, DocBitable: {"base", "bascn"},
	DocMindnote: {"mindnotes", "bmncn"}, DocSlides: {"slides", "sldcn"}, DocFile: {"file", "boxcn"},
	DocWiki: {"wiki", "wikcn"}, DocFolder: {"drive/folder", "fldcn"},
}

// CloudDocument is one document of the tenant's drive. URL, Owner and
// Modified are derived when a configuration leaves them out.
type CloudDocument struct {
	Title string `json:"title"`
	Type  string `json:"type"`
	URL   string `json:"url"`
	// Owner is a user's openId.
	Owner string `json:"owner"`
	// Modified is when it was last edited, in milliseconds since the epoch.
	Modified float64 `json:"modified"`
}

// TenantFile is a file a person can attach: Content is its bytes (text,
// or base64 with Encoding "base64"); without any, ttshim generates a body
// of Size bytes that starts as its type's files do.
type TenantFile struct {
	Name     string `json:"name"`
	Type     string `json:"type"`
	Size     int    `json:"size"`
	Content  string `json:"content,omitempty"`
	Encoding string `json:"encoding,omitempty"`
}

// maxGeneratedFile bounds a generated body, which is made in memory.
const maxGeneratedFile = 50 << 20

func documentsSchema() *field {
	return arrayOf(object(map[string]*field{
		"title": str(), "type": str(documentTypes...), "url": str(), "owner": str(), "modified": number(0, 8.64e15),
	}))
}

func filesSchema() *field {
	return arrayOf(object(map[string]*field{
		"name": str(), "type": str(), "size": number(0, maxGeneratedFile), "content": str(), "encoding": str("utf8", "base64"),
	}))
}

// documentEpoch is the default documents' "now": 2026-12-01 09:00 in
// Beijing, so their dates read as last week's.
const documentEpoch = 1796086800000

// defaultDocuments are a small company's drive, owned by the default
// tenant's people.
func defaultDocuments() []CloudDocument {
	users := DefaultTenant()
	day := 86400000.0
	doc := func(title, kind string, owner int, daysAgo float64) CloudDocument {
		return CloudDocument{Title: title, Type: kind, Owner: users[owner].OpenID, Modified: documentEpoch - daysAgo*day}
	}
	docs := []CloudDocument{
		doc("2026 产品路线图", DocDocx, 1, 0.1),
		doc("Q4 销售周报", DocSheet, 4, 0.8),
		doc("客户跟进表", DocBitable, 9, 1.2),
		doc("新人入职指南", DocDocx, 6, 3),
		doc("服务架构脑图", DocMindnote, 0, 4.5),
		doc("设计规范 v3", DocSlides, 2, 6),
		doc("Release checklist", DocDoc, 3, 9),
		doc("合同模板.pdf", DocFile, 4, 14),
	}
	completeDocuments(docs, users)
	return docs
}

// defaultFiles are what a person has at hand to attach.
func defaultFiles() []TenantFile {
	files := []TenantFile{
		{Name: "项目计划.docx", Size: 48213},
		{Name: "Q4 预算.xlsx", Size: 23552},
		{Name: "产品介绍.pdf", Size: 356421},
		{Name: "会议纪要.txt", Content: "周会纪要\n1. 发布时间定在下周三。\n2. 设计稿周五前评审。\n3. 客户反馈汇总到客户跟进表。\n"},
		{Name: "logo.png"}, // drawn on first use, and as large as the PNG
	}
	completeFiles(files)
	return files
}

// completeDocuments derives what each document leaves out: its owner (the
// first user), its URL (from its type and title) and a modified time.
func completeDocuments(docs []CloudDocument, users []User) {
	for i := range docs {
		d := &docs[i]
		if d.Type == "" {
			d.Type = DocDocx
		}
		if d.Owner == "" && len(users) > 0 {
			d.Owner = users[0].OpenID
		}
		if d.URL == "" {
			route := documentRoutes[d.Type]
			sum := sha256.Sum256([]byte("ttshim:doc:" + d.Type + ":" + d.Title))
			d.URL = "https://ttshim.feishu.cn/" + route[0] + "/" + route[1] + hex.EncodeToString(sum[:])[:22]
		}
		if d.Modified == 0 {
			d.Modified = documentEpoch - float64(i+1)*86400000
		}
	}
}

// reownDocuments hands the documents of people a new directory left out
// to its users in turn, so replacing "users" alone keeps a valid drive.
func reownDocuments(docs []CloudDocument, users []User) {
	known := map[string]bool{}
	for _, u := range users {
		known[u.OpenID] = true
	}
	for i := range docs {
		if !known[docs[i].Owner] && len(users) > 0 {
			docs[i].Owner = users[i%len(users)].OpenID
		}
	}
}

// completeFiles derives each file's type from its name and its size from
// its content.
func completeFiles(files []TenantFile) {
	for i := range files {
		f := &files[i]
		if f.Type == "" {
			f.Type = strings.TrimPrefix(strings.ToLower(path.Ext(f.Name)), ".")
		}
		if f.Content != "" && f.Size == 0 {
			data, _ := f.given()
			f.Size = len(data)
		}
	}
}

// given is the file's configured bytes, if it has any.
func (f TenantFile) given() ([]byte, error) {
	if f.Encoding == "base64" {
		return base64.StdEncoding.DecodeString(f.Content)
	}
	return []byte(f.Content), nil
}

// picture is the PNG ttshim draws for a .png file given no content.
func (f TenantFile) picture() MediaImage {
	return MediaImage{Name: f.Name, Width: 320, Height: 240, Type: "png"}
}

// fileBody is a file's content: the configured bytes, a drawn PNG for a
// picture, or a generated body of its size.
func (s *Shim) fileBody(f TenantFile) []byte {
	if f.Content == "" && f.Type == "png" {
		return s.files.bytesOf(f.picture())
	}
	return f.body()
}

// body is a file's configured bytes, or a generated body of its size.
func (f TenantFile) body() []byte {
	if f.Content != "" {
		data, _ := f.given()
		return data
	}
	head := map[string]string{
		"pdf": "%PDF-1.7\n", "docx": "PK\x03\x04", "xlsx": "PK\x03\x04", "pptx": "PK\x03\x04", "zip": "PK\x03\x04",
		"doc": "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls": "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ppt": "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
	}[f.Type]
	line := []byte(fmt.Sprintf("%s: content generated by ttshim\n", f.Name))
	out := make([]byte, 0, f.Size)
	out = append(out, head...)
	for len(out) < f.Size {
		out = append(out, line...)
	}
	return out[:min(len(out), f.Size)]
}

func (d *CloudDocument) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{"title": &d.Title, "type": &d.Type, "url": &d.URL, "owner": &d.Owner})
	setFields(patch, map[string]*float64{"modified": &d.Modified})
}

func (f *TenantFile) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{"name": &f.Name, "type": &f.Type, "content": &f.Content, "encoding": &f.Encoding})
	setWholeNumbers(patch, map[string]*int{"size": &f.Size})
}

// applyDocumentsPatch replaces the documents or the files a patch names,
// each list as a whole.
func (c *Config) applyDocumentsPatch(patch map[string]any) {
	if items, named := patch["documents"].([]any); named {
		c.Documents = make([]CloudDocument, len(items))
		for i, item := range items {
			c.Documents[i].applyPatch(asObject(item))
		}
	}
	if items, named := patch["files"].([]any); named {
		c.Files = make([]TenantFile, len(items))
		for i, item := range items {
			c.Files[i].applyPatch(asObject(item))
		}
	}
}

// validateDocuments checks what the schema cannot: titles and names given
// once (a test picks by them), owners in the directory, content that
// decodes.
func (c Config) validateDocuments() error {
	titles := map[string]bool{}
	for i, d := range c.Documents {
		switch {
		case d.Title == "":
			return fmt.Errorf(`"documents[%d].title" cannot be empty`, i)
		case titles[d.Title]:
			return fmt.Errorf(`"documents[%d].title" %q appears twice`, i, d.Title)
		case !c.hasUser(d.Owner):
			return fmt.Errorf(`"documents[%d].owner" %q is not an openId in "users"`, i, d.Owner)
		}
		titles[d.Title] = true
	}
	names := map[string]bool{}
	for i, f := range c.Files {
		switch {
		case f.Name == "":
			return fmt.Errorf(`"files[%d].name" cannot be empty`, i)
		case names[f.Name]:
			return fmt.Errorf(`"files[%d].name" %q appears twice`, i, f.Name)
		}
		if _, err := f.given(); err != nil {
			return fmt.Errorf(`"files[%d].content" is not base64: %v`, i, err)
		}
		names[f.Name] = true
	}
	return nil
}
