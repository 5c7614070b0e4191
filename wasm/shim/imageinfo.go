package shim

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// Errnos of the image APIs beyond chooseImage's cancel (Errno 错误码,
// 媒体-图片).
const (
	ErrnoImageLoad        = 1300007
	ErrnoImageUnsupported = 1300011
)

// MediaUI draws tt.previewImage's viewer, which the call does not wait
// on.
type MediaUI interface {
	ShowViewer(v Viewer)
}

// Viewer is the full-screen image viewer: the pictures to page through,
// as the UI loads them, and the one shown first.
type Viewer struct {
	URLs     []string
	Current  int
	Language string
	Mobile   bool
}

func init() {
	common := []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin}
	register(&API{
		Namespace: "tt", Name: "previewImage", Kind: KindAsync, Taro: true, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(slices.Clone(common),
					ErrorDoc{Errno: ErrnoInvalidParam, When: "`urls` missing, empty or not strings, `current` or `shouldShowSaveOption` of the wrong type"},
					ErrorDoc{Errno: ErrnoNoFile, When: "a `ttfile://` URL the page was not given"}),
				Controls: []string{"`ttfile://` paths from `tt.chooseImage` are shown from their data; other URLs as they are"},
			}
		}),
		Handle: previewImage,
	})
	register(&API{
		Namespace: "tt", Name: "getImageInfo", Kind: KindAsync, Taro: true, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(slices.Clone(common),
					ErrorDoc{Errno: ErrnoInvalidParam, When: "`src` missing or not a string"},
					ErrorDoc{Errno: ErrnoNoFile, When: "a `ttfile://` path the page was not given"},
					ErrorDoc{Errno: ErrnoImageLoad, When: "a video's path, or any other `src` that is not a `media.images` URL: ttshim loads no image"}),
				Controls: []string{"`media.images`: the pictures it knows, by their `ttfile://` paths and by their URLs"},
			}
		}),
		Handle: getImageInfo,
	})
	register(&API{
		Namespace: "tt", Name: "compressImage", Kind: KindAsync, Taro: true, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(slices.Clone(common),
					ErrorDoc{Errno: ErrnoInvalidParam, When: "`src` missing or not a string, a `quality` outside 1 to 100"},
					ErrorDoc{Errno: ErrnoNoFile, When: "a `src` that is not a `ttfile://` path the page was given"},
					ErrorDoc{Errno: ErrnoImageLoad, When: "a video's path"}),
				Controls: []string{"the pictures `tt.chooseImage` gave the page"},
			}
		}),
		Handle: compressImage,
	})
	register(&API{
		Namespace: "tt", Name: "saveImageToPhotosAlbum", Kind: KindAsync, Taro: true, NeedsLogin: true, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(slices.Clone(common),
					ErrorDoc{Errno: ErrnoInvalidParam, When: "`filePath` missing or not a string"},
					ErrorDoc{Errno: ErrnoInvalidPath, When: "a network URL"},
					ErrorDoc{Errno: ErrnoNoFile, When: "a path the page was not given"},
					ErrorDoc{Errno: ErrnoImageUnsupported, When: "an extension the platform's album does not take"},
					errTooManyDialogs, errPermissionDenied),
				Controls: []string{"`ttShim.calls(\"saveImageToPhotosAlbum\")`: the saves, each with its `filePath`",
					"`permissions[\"scope.writePhotosAlbum\"]`, `ttShim.answer(\"allow\" or \"deny\")` or `answers: {saveImageToPhotosAlbum: …}`: iOS and Android ask for the album first"},
			}
		}),
		Handle: saveImageToPhotosAlbum,
	})
}

func previewImage(c *Call) Result {
	r := paramReader{args: c.Args}
	urls := r.strings("urls", true)
	current := r.string("current", false)
	r.bool("shouldShowSaveOption", true)
	if r.err == nil && len(urls) == 0 {
		r.err = &ParamError{Name: "urls", Reason: "urls should hold at least one URL"}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	v := Viewer{Language: c.Config().Client.Language, Mobile: c.Config().Client.Platform != PlatformPC}
	for i, u := range urls {
		shown := u
		if strings.HasPrefix(u, "ttfile://") {
			var err error
			if shown, err = c.Shim.FileURL(u); err != nil {
				return c.Fail(ErrnoNoFile, "File does not exist: "+clipped(u))
			}
		}
		if u == current {
			v.Current = i
		}
		v.URLs = append(v.URLs, shown)
	}
	c.Shim.UI.ShowViewer(v)
	return c.OK(nil)
}

// imageAt finds the picture src names: a temporary file, or a fixture by
// its URL, which the client would download to a new temporary file.
func (c *Call) imageAt(src string) (string, *tempFile, Result, bool) {
	if file, ok := c.Shim.files.temp[src]; ok {
		if file.video != nil {
			return "", nil, c.Fail(ErrnoImageLoad, "Unable to load image: "+clipped(src)+" is a video"), false
		}
		return src, file, Result{}, true
	}
	if strings.HasPrefix(src, "ttfile://") {
		return "", nil, c.Fail(ErrnoNoFile, "File does not exist: "+clipped(src)), false
	}
	for _, img := range c.Config().Media.Images {
		if img.URL != "" && img.URL == src {
			p, file := c.Shim.addTempFile(img)
			return p, file, Result{}, true
		}
	}
	return "", nil, c.Fail(ErrnoImageLoad, "Unable to load image: "+clipped(src)+" is not a picture of media.images"), false
}

func getImageInfo(c *Call) Result {
	src, err := c.Args.String("src", true)
	if err != nil {
		return c.Param(err)
	}
	p, file, res, ok := c.imageAt(src)
	if !ok {
		return res
	}
	img := file.image
	return c.OK(Fields{"width": img.Width, "height": img.Height, "type": img.Type, "path": p})
}

func compressImage(c *Call) Result {
	r := paramReader{args: c.Args}
	src := r.string("src", true)
	quality := r.number("quality", 80)
	if r.err == nil && (quality <= 0 || quality > 100) {
		r.err = &ParamError{Name: "quality", Reason: fmt.Sprintf("quality should be from 1 to 100, got %v", quality)}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	file, ok := c.Shim.files.temp[src]
	if !ok {
		return c.Fail(ErrnoNoFile, "File does not exist: "+clipped(src))
	}
	if file.video != nil {
		return c.Fail(ErrnoImageLoad, "Unable to load image: "+clipped(src)+" is a video")
	}
	p, _ := c.Shim.addTempFile(file.image)
	return c.OK(Fields{"tempFilePath": p})
}

// albumFormats are the extensions each platform's album takes.
var albumFormats = map[string][]string{
	PlatformPC:      {"png", "jpg", "jpeg", "gif", "bmp", "webp"},
	PlatformIOS:     {"png", "jpg", "jpeg", "gif"},
	PlatformAndroid: {"png", "jpg", "jpeg", "gif", "webp"},
	PlatformHarmony: {"png", "jpg", "jpeg", "gif", "webp"},
}

func saveImageToPhotosAlbum(c *Call) Result {
	filePath, err := c.Args.String("filePath", true)
	if err != nil {
		return c.Param(err)
	}
	switch c.Config().Client.Platform {
	case PlatformIOS, PlatformAndroid:
		// Their page: the album needs scope.writePhotosAlbum, asked before
		// the client looks at the file.
		return c.WithPermission(scopeWritePhotosAlbum, func() Result { return saveToAlbum(c, filePath) })
	}
	return saveToAlbum(c, filePath)
}

func saveToAlbum(c *Call, filePath string) Result {
	if strings.Contains(filePath, "://") && !strings.HasPrefix(filePath, "ttfile://") {
		return c.Fail(ErrnoInvalidPath, "Is invalid filePath: "+clipped(filePath)+" is a network URL")
	}
	ext := strings.ToLower(strings.TrimPrefix(path.Ext(filePath), "."))
	if platform := c.Config().Client.Platform; !slices.Contains(albumFormats[platform], ext) {
		return c.Fail(ErrnoImageUnsupported, "Image format not supported: "+clipped(filePath))
	}
	if _, ok := c.Shim.files.temp[filePath]; !ok {
		return c.Fail(ErrnoNoFile, "File does not exist: "+clipped(filePath))
	}
	// The call log is the album: each save is an entry with its filePath.
	return c.OK(nil)
}
