package shim

import (
	"path"
	"strings"
)

// tt.saveFile moves a temporary file into the user directory, where it
// stays until ttShim.reset() (choice K104): the temporary path is gone
// afterwards, as the page says.

// Errnos of the user directory (Errno 错误码, 通用).
const (
	ErrnoTotalSizeLimit = 208
	ErrnoNameTooLong    = 214
)

// userDirLimit is the user directory's size (saveFile's page: 200 MB).
const userDirLimit = 200 << 20

const (
	tempDir = "ttfile://temp/"
	userDir = "ttfile://user/"
)

func init() {
	register(&API{
		Namespace: "tt", Name: "saveFile", Kind: KindAsync, Taro: true,
		NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "`tempFilePath` missing or empty, or an option of the wrong type"},
					{Errno: ErrnoInvalidPath, When: "`tempFilePath` is not under `ttfile://temp/`, or `filePath` not a name under `ttfile://user/`"},
					{Errno: ErrnoNoFile, When: "`tempFilePath` is not a file the page was given (or it was saved already)"},
					{Errno: ErrnoNameTooLong, When: "`filePath`'s name is longer than 255 bytes"},
					{Errno: ErrnoTotalSizeLimit, When: "the user directory would pass 200 MB"}},
				Controls: []string{
					"the saved file reads through `getFileSystemManager().readFile` and `ttShim.fileURL` at its new path; `ttShim.reset()` empties the user directory",
					"`client.platform`: PC ignores `filePath` and picks a name", prerequisitesControl,
				},
			}
		}),
		Handle: saveFile,
	})
}

func saveFile(c *Call) Result {
	r := paramReader{args: c.Args}
	from := r.string("tempFilePath", true)
	to := r.string("filePath", false)
	if r.err != nil {
		return c.Param(r.err)
	}
	if !strings.HasPrefix(from, tempDir) {
		return c.Fail(ErrnoInvalidPath, "Is invalid filePath: "+clipped(from)+" is not under "+tempDir)
	}
	file, ok := c.Shim.files.temp[from]
	if !ok {
		return c.Fail(ErrnoNoFile, "File does not exist: "+clipped(from))
	}
	if c.Config().Client.Platform == PlatformPC {
		to = "" // PC does not take filePath
	}
	if to == "" {
		to = userDir + c.Shim.uuid() + path.Ext(from)
	}
	name, under := strings.CutPrefix(to, userDir)
	switch {
	case !under || name == "" || strings.HasSuffix(name, "/") || strings.Contains("/"+name+"/", "/../"):
		return c.Fail(ErrnoInvalidPath, "Is invalid filePath: "+clipped(to)+" should be a file name under "+userDir)
	case len(path.Base(name)) > 255:
		return c.Fail(ErrnoNameTooLong, "File name too long: "+clipped(to))
	}
	used := fileBytes(file)
	for p, f := range c.Shim.files.temp {
		if strings.HasPrefix(p, userDir) && p != to {
			used += fileBytes(f)
		}
	}
	if used > userDirLimit {
		return c.Fail(ErrnoTotalSizeLimit, "Total size limit exceeded: the user directory holds at most 200 MB")
	}
	delete(c.Shim.files.temp, from)
	c.Shim.files.temp[to] = file
	return c.OK(Fields{"savedFilePath": to})
}

// fileBytes is how much of the user directory a file takes.
func fileBytes(f *tempFile) int {
	if f.data != nil {
		return len(f.data)
	}
	return f.image.Size
}
