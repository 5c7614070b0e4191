package shim

import (
	"strings"
)

const scopeWritePhotosAlbum = "scope.writePhotosAlbum"

func init() {
	register(&API{
		Namespace: "tt", Name: "saveVideoToPhotosAlbum", Kind: KindAsync, Taro: true, NeedsLogin: true, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "`filePath` missing or not a string"},
					errTooManyDialogs, errPermissionDenied,
					{Errno: ErrnoInvalidPath, When: "a network URL"},
					{Errno: ErrnoNoFile, When: "a path the page was not given"},
					{Errno: ErrnoVideoUnsupported, When: "a file the page was given that is not a video (a picture)"}},
				Controls: []string{
					"`ttShim.calls(\"saveVideoToPhotosAlbum\")`: the saves, each with its `filePath`",
					"`permissions[\"scope.writePhotosAlbum\"]`, `ttShim.answer(\"allow\" or \"deny\")` or `answers: {saveVideoToPhotosAlbum: …}`: iOS and Android ask for the album first",
				},
			}
		}),
		Handle: saveVideoToPhotosAlbum,
	})
}

// saveVideoToPhotosAlbum saves a video the page was given; iOS and
// Android ask for the album's scope first, as its page says, before
// looking at the file.
func saveVideoToPhotosAlbum(c *Call) Result {
	filePath, err := c.Args.String("filePath", true)
	if err != nil {
		return c.Param(err)
	}
	save := func() Result {
		if strings.Contains(filePath, "://") && !strings.HasPrefix(filePath, "ttfile://") {
			return c.Fail(ErrnoInvalidPath, "Is invalid filePath: "+clipped(filePath)+" is a network URL")
		}
		file, ok := c.Shim.files.temp[filePath]
		if !ok {
			return c.Fail(ErrnoNoFile, "File does not exist: "+clipped(filePath))
		}
		if file.video == nil {
			return c.Fail(ErrnoVideoUnsupported, "Video format not supported: "+clipped(filePath)+" is not a video")
		}
		// The call log is the album: each save is an entry with its filePath.
		return c.OK(nil)
	}
	if p := c.Config().Client.Platform; p == PlatformIOS || p == PlatformAndroid {
		return c.WithPermission(scopeWritePhotosAlbum, save)
	}
	return save()
}
