package shim

import (
	"fmt"
	"slices"
)

// ErrnoImageCancel is the image APIs' cancel (Errno 错误码, 媒体-图片).
const ErrnoImageCancel = 1300001

// DialogImages is the image picker: the album, or the camera.
const DialogImages = "images"

// Image sources and sizes, as chooseImage's sourceType and sizeType name
// them.
const (
	SourceAlbum    = "album"
	SourceCamera   = "camera"
	SizeOriginal   = "original"
	SizeCompressed = "compressed"
)

// ImagePicker is what the image picker offers: the fixture's images
// with a URL each that the UI can show, at most Count picked; Camera is a
// camera view taking one picture instead of an album. Media is "video"
// or "mix" when it offers videos (chooseVideo, chooseMedia).
type ImagePicker struct {
	Images []PickerImage `json:"images"`
	Count  int           `json:"count"`
	Camera bool          `json:"camera,omitempty"`
	Media  string        `json:"media,omitempty"`
}

// PickerImage is one picture the picker offers.
type PickerImage struct {
	Name   string `json:"name"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
	// Video and Duration (seconds) mark a video, whose URL is its poster.
	Video    bool    `json:"video,omitempty"`
	Duration float64 `json:"duration,omitempty"`
	// URL is where the UI loads its thumbnail from; not in the JSON, as a
	// drawn image's data: URI would fill ttShim.dialogs().
	URL string `json:"-"`
}

func init() {
	register(&API{
		Namespace: "tt", Name: "chooseImage", Kind: KindAsync, Taro: true, Asks: DialogImages,
		Params:     []string{"sourceType", "count", "sizeType", "cameraDevice", "isSaveToAlbum"},
		NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "an option of the wrong type or outside its values: a `count` that is not a whole number from 1 to 20, " +
						"a `sourceType` or `sizeType` entry that is not one the page lists, `cameraDevice` other than front/back, `isSaveToAlbum` other than \"0\"/\"1\""},
					errTooManyDialogs,
					{Errno: ErrnoImageCancel, When: "cancelled (`chooseImage:cancel`): Cancel, Escape, `ttShim.answer(\"cancel\")`, `answers: {chooseImage: \"cancel\"}` or `ttShim.reset()`"},
					{Errno: ErrnoInternal, When: "`answers`' choice is one the picker would refuse"}},
				Controls: []string{
					"`media.images`: the pictures the album and the camera offer",
					"`ttShim.answer([names])`, an index, or `\"cancel\"`: answers the picker on screen; `answers: {chooseImage: …}` in advance",
					"`client.platform`: PC shows the album whatever `sourceType` says",
					prerequisitesControl,
				},
			}
		}),
		Handle: chooseImage,
	})
}

func chooseImage(c *Call) Result {
	r := paramReader{args: c.Args}
	sources := r.strings("sourceType", false)
	count := r.number("count", 9)
	sizes := r.strings("sizeType", false)
	device := r.string("cameraDevice", false)
	save := r.string("isSaveToAlbum", false)
	if r.err == nil {
		r.err = checkImageOptions(count, sources, sizes, device, save)
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	cfg := c.Config()
	// PC has only the album; elsewhere a camera alone opens the camera.
	camera := cfg.Client.Platform != PlatformPC && len(sources) > 0 && !slices.Contains(sources, SourceAlbum)
	picker := ImagePicker{Count: int(count), Camera: camera, Images: []PickerImage{}}
	if camera {
		picker.Count = 1 // the camera takes one picture, whatever count says
	}
	for _, img := range cfg.Media.Images {
		picker.Images = append(picker.Images, PickerImage{Name: img.Name, Width: img.Width, Height: img.Height,
			URL: c.Shim.thumbnailURL(img)})
	}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogImages, Images: &picker, Dismiss: Answer{Choice: PickerCancel}},
		// The pictures as the picker offered them, even if media changes.
		Decide: func(a Answer) (Result, error) { return imagesPicked(c, picker, cfg.Media.Images, a) },
	})
}

func checkImageOptions(count float64, sources, sizes []string, device, save string) *ParamError {
	oneOf := func(name string, values []string, allowed ...string) *ParamError {
		for _, v := range values {
			if !slices.Contains(allowed, v) {
				return &ParamError{Name: name, Reason: fmt.Sprintf("%s should hold only %s, got %s", name, quoteAll(allowed), quoted(v))}
			}
		}
		return nil
	}
	if !isWholeIn(count, 1, 20) {
		return &ParamError{Name: "count", Reason: fmt.Sprintf("count should be a whole number from 1 to 20, got %v", count)}
	}
	if err := oneOf("sourceType", sources, SourceAlbum, SourceCamera); err != nil {
		return err
	}
	if err := oneOf("sizeType", sizes, SizeOriginal, SizeCompressed); err != nil {
		return err
	}
	if device != "" && device != "front" && device != "back" {
		return &ParamError{Name: "cameraDevice", Reason: fmt.Sprintf(`cameraDevice should be "front" or "back", got %s`, quoted(device))}
	}
	if save != "" && save != "0" && save != "1" {
		return &ParamError{Name: "isSaveToAlbum", Reason: fmt.Sprintf(`isSaveToAlbum should be "0" or "1", got %s`, quoted(save))}
	}
	return nil
}

// thumbnailURL is where the picker shows a fixture from: its own URL, or
// the PNG ttshim draws for it.
func (s *Shim) thumbnailURL(img MediaImage) string {
	if img.URL != "" {
		return img.URL
	}
	return dataURI("image/png", s.files.bytesOf(img))
}

// imagesPicked turns the picker's answer into chooseImage's result: one
// new temporary file per picture, in the order picked.
func imagesPicked(c *Call, p ImagePicker, fixtures []MediaImage, a Answer) (Result, error) {
	if a.Choice == PickerCancel {
		return Cancel(c.API.Name, ErrnoImageCancel, "User canceled the operation"), nil
	}
	var names []string
	switch {
	case a.Index != nil:
		if *a.Index >= len(p.Images) {
			return Result{}, fmt.Errorf("the picker has %d images, so no index %d", len(p.Images), *a.Index)
		}
		names = []string{p.Images[*a.Index].Name}
	case a.Select != nil:
		names = a.Select
	default:
		return Result{}, fmt.Errorf(`the image picker takes "cancel", a list of image names or an image's index`)
	}
	if len(names) == 0 {
		return Result{}, fmt.Errorf("pick at least one image")
	}
	if len(names) > p.Count {
		return Result{}, fmt.Errorf("count is %d, and %d were picked", p.Count, len(names))
	}
	paths := make([]string, 0, len(names))
	picked := make([]Fields, 0, len(names))
	for i, name := range names {
		if slices.Contains(names[:i], name) {
			return Result{}, fmt.Errorf("%s is picked twice", clipped(name))
		}
		at := slices.IndexFunc(fixtures, func(img MediaImage) bool { return img.Name == name })
		if at < 0 {
			return Result{}, fmt.Errorf("%s is not an image the picker offers", clipped(name))
		}
		path, file := c.Shim.addTempFile(fixtures[at])
		paths = append(paths, path)
		picked = append(picked, Fields{"path": path, "size": file.image.Size})
	}
	return c.OK(Fields{"tempFilePaths": paths, "tempFiles": picked}), nil
}
