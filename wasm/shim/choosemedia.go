package shim

import (
	"fmt"
	"slices"
)

// Errnos of the video APIs (Errno 错误码, 媒体-视频).
const (
	ErrnoVideoCancel      = 1301001
	ErrnoVideoTooLong     = 1301004
	ErrnoVideoUnsupported = 1301011
)

// What the media picker offers (chooseMedia's mediaType), and what its
// tempFiles' type says.
const (
	MediaImageType = "image"
	MediaVideoType = "video"
)

func init() {
	common := []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin}
	cancel := func(api string) ErrorDoc {
		return ErrorDoc{Errno: ErrnoVideoCancel, When: "cancelled (`" + api + ":cancel`): Cancel, Escape, `ttShim.answer(\"cancel\")`, " +
			"`answers: {" + api + ": \"cancel\"}` or `ttShim.reset()`"}
	}
	refused := ErrorDoc{Errno: ErrnoInternal, When: "`answers`' choice is one the picker would refuse"}
	register(&API{
		Namespace: "tt", Name: "chooseVideo", Kind: KindAsync, Taro: true, Asks: DialogImages, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(slices.Clone(common),
					ErrorDoc{Errno: ErrnoInvalidParam, When: "an option of the wrong type, a `sourceType` entry other than album/camera, " +
						"a `maxDuration` that is not above 0 (on a phone, at most 180, unless iOS with `compressed: false`)"},
					errTooManyDialogs,
					ErrorDoc{Errno: ErrnoVideoTooLong, When: "on a phone, the album's video lasts longer than `maxDuration`"},
					cancel("chooseVideo"), refused),
				Controls: []string{
					"`media.videos`: the videos the album and the camera offer",
					"`ttShim.answer([name])`, an index, or `\"cancel\"`: answers the picker on screen; `answers: {chooseVideo: …}` in advance",
					"`client.platform`: PC shows the album whatever `sourceType` says, and answers no `duration`, `width` or `height`",
					prerequisitesControl,
				},
			}
		}),
		Handle: chooseVideo,
	})
	register(&API{
		Namespace: "tt", Name: "chooseMedia", Kind: KindAsync, Taro: true, Asks: DialogImages, NeedsLogin: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(slices.Clone(common),
					ErrorDoc{Errno: ErrnoInvalidParam, When: "an option of the wrong type or outside its values: `mediaType` other than image/video, " +
						"`sourceType`, `sizeType`, `cameraDevice` or `isSaveToAlbum` as chooseImage's, a `count` that is not a whole number " +
						"from 1 to 20 (9 below V5.30.0), on iOS and Android a `maxDuration` outside 3 to 60"},
					errTooManyDialogs, cancel("chooseMedia"), refused),
				Controls: []string{
					"`media.images` and `media.videos`: what the album and the camera offer",
					"`ttShim.answer([names])`, an index, or `\"cancel\"`: answers the picker on screen; `answers: {chooseMedia: …}` in advance",
					"`client.platform`: PC shows the album whatever `sourceType` says, and answers no video `duration`, `width` or `height`",
					prerequisitesControl,
				},
			}
		}),
		Handle: chooseMedia,
	})
}

// mediaItem is what a picker's tile stands for: an image or a video of
// the fixture.
type mediaItem struct {
	image *MediaImage
	video *MediaVideo
}

// offerMedia makes the picker's tiles: the album's every image and video,
// or the camera's first of each, which it takes or records.
func (c *Call) offerMedia(images []MediaImage, videos []MediaVideo, camera bool) ([]PickerImage, []mediaItem) {
	if camera {
		images, videos = images[:min(len(images), 1)], videos[:min(len(videos), 1)]
	}
	tiles := []PickerImage{}
	var items []mediaItem
	for i, img := range images {
		tiles = append(tiles, PickerImage{Name: img.Name, Width: img.Width, Height: img.Height, URL: c.Shim.thumbnailURL(img)})
		items = append(items, mediaItem{image: &images[i]})
	}
	for i, v := range videos {
		tiles = append(tiles, PickerImage{Name: v.Name, Width: v.Width, Height: v.Height, Video: true, Duration: v.Duration,
			URL: c.Shim.thumbnailURL(v.poster())})
		items = append(items, mediaItem{video: &videos[i]})
	}
	return tiles, items
}

// mediaPicked reads the picker's answer: the items picked, in order, or
// cancel.
// askMedia shows the picker and hands what the person picked to chosen; a
// cancel fails with the 媒体-视频 cancel (choice V102).
func (c *Call) askMedia(picker ImagePicker, items []mediaItem, chosen func(picked []mediaItem) Result) Result {
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogImages, Images: &picker, Dismiss: Answer{Choice: PickerCancel}},
		Decide: func(a Answer) (Result, error) {
			picked, cancel, err := mediaPicked(picker, items, a)
			if err != nil {
				return Result{}, err
			}
			if cancel {
				return Cancel(c.API.Name, ErrnoVideoCancel, "User canceled the operation"), nil
			}
			return chosen(picked), nil
		},
	})
}

func mediaPicked(p ImagePicker, items []mediaItem, a Answer) (picked []mediaItem, cancel bool, err error) {
	if a.Choice == PickerCancel {
		return nil, true, nil
	}
	var names []string
	switch {
	case a.Index != nil:
		if *a.Index >= len(p.Images) {
			return nil, false, fmt.Errorf("the picker offers %d, so no index %d", len(p.Images), *a.Index)
		}
		names = []string{p.Images[*a.Index].Name}
	case a.Select != nil:
		names = a.Select
	default:
		return nil, false, fmt.Errorf(`the picker takes "cancel", a list of names or an index`)
	}
	if len(names) == 0 {
		return nil, false, fmt.Errorf("pick at least one")
	}
	if len(names) > p.Count {
		return nil, false, fmt.Errorf("count is %d, and %d were picked", p.Count, len(names))
	}
	for i, name := range names {
		if slices.Contains(names[:i], name) {
			return nil, false, fmt.Errorf("%s is picked twice", clipped(name))
		}
		at := slices.IndexFunc(p.Images, func(tile PickerImage) bool { return tile.Name == name })
		if at < 0 {
			return nil, false, fmt.Errorf("%s is not one the picker offers", clipped(name))
		}
		picked = append(picked, items[at])
	}
	return picked, false, nil
}

// isCamera says whether sources open the camera: on a phone, a camera
// without the album.
func isCamera(cfg Config, sources []string) bool {
	return cfg.Client.Platform != PlatformPC && len(sources) > 0 && !slices.Contains(sources, SourceAlbum)
}

func chooseVideo(c *Call) Result {
	r := paramReader{args: c.Args}
	sources := r.strings("sourceType", false)
	maxDuration := r.number("maxDuration", 60)
	compressed := r.bool("compressed", true)
	cfg := c.Config()
	pc := cfg.Client.Platform == PlatformPC
	if r.err == nil {
		r.err = checkImageOptions(1, sources, nil, "", "")
	}
	// The phones pick at most 180 s, except iOS exporting uncompressed;
	// PC has no limit.
	limited := !pc && (cfg.Client.Platform != PlatformIOS || compressed)
	if r.err == nil && (maxDuration <= 0 || limited && maxDuration > 180) {
		bound := ""
		if limited {
			bound = " and at most 180"
		}
		r.err = &ParamError{Name: "maxDuration", Reason: fmt.Sprintf("maxDuration should be above 0%s, got %v", bound, maxDuration)}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	camera := isCamera(cfg, sources)
	tiles, items := c.offerMedia(nil, cfg.Media.Videos, camera)
	picker := ImagePicker{Images: tiles, Count: 1, Camera: camera, Media: MediaVideoType}
	return c.askMedia(picker, items, func(picked []mediaItem) Result {
		v := *picked[0].video
		duration := v.Duration
		switch {
		case camera:
			duration = min(duration, maxDuration) // recording stops at maxDuration
		case !pc && duration > maxDuration:
			return c.Fail(ErrnoVideoTooLong, fmt.Sprintf("Video duration exceeds the maximum limit: %s lasts %v s, maxDuration is %v s",
				clipped(v.Name), v.Duration, maxDuration))
		}
		path, file := c.Shim.addVideoFile(v, duration)
		fields := Fields{"tempFilePath": path, "size": file.video.Size}
		if !pc {
			fields["duration"], fields["width"], fields["height"] = duration, v.Width, v.Height
		}
		return c.OK(fields)
	})
}

func chooseMedia(c *Call) Result {
	r := paramReader{args: c.Args}
	kinds := r.strings("mediaType", false)
	sources := r.strings("sourceType", false)
	count := r.number("count", 9)
	sizes := r.strings("sizeType", false)
	maxDuration := r.number("maxDuration", 60)
	device := r.string("cameraDevice", false)
	save := r.string("isSaveToAlbum", false)
	cfg := c.Config()
	camera := isCamera(cfg, sources)
	// maxDuration limits the camera of iOS and Android; count, the album.
	phone := cfg.Client.Platform == PlatformIOS || cfg.Client.Platform == PlatformAndroid
	if r.err == nil {
		r.err = checkMediaOptions(c.Shim.clientVersion(), kinds, count, camera, phone, maxDuration)
	}
	if r.err == nil {
		r.err = checkImageOptions(1, sources, sizes, device, save) // the count was checked above
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	var images []MediaImage
	var videos []MediaVideo
	if len(kinds) == 0 || slices.Contains(kinds, MediaImageType) {
		images = cfg.Media.Images
	}
	if len(kinds) == 0 || slices.Contains(kinds, MediaVideoType) {
		videos = cfg.Media.Videos
	}
	tiles, items := c.offerMedia(images, videos, camera)
	picker := ImagePicker{Images: tiles, Count: int(count), Camera: camera, Media: "mix"}
	switch {
	case images == nil:
		picker.Media = MediaVideoType
	case videos == nil:
		picker.Media = MediaImageType
	}
	if camera {
		picker.Count = 1
	}
	return c.askMedia(picker, items, func(picked []mediaItem) Result {
		files := make([]Fields, 0, len(picked))
		for _, item := range picked {
			if item.image != nil {
				path, file := c.Shim.addTempFile(*item.image)
				files = append(files, Fields{"tempFilePath": path, "type": MediaImageType, "size": file.image.Size})
				continue
			}
			v := *item.video
			duration := v.Duration
			if camera && phone {
				duration = min(duration, maxDuration)
			}
			path, file := c.Shim.addVideoFile(v, duration)
			f := Fields{"tempFilePath": path, "type": MediaVideoType, "size": file.video.Size}
			if cfg.Client.Platform != PlatformPC {
				f["duration"], f["width"], f["height"] = duration, v.Width, v.Height
			}
			files = append(files, f)
		}
		return c.OK(Fields{"tempFiles": files})
	})
}

// checkMediaOptions checks chooseMedia's own options: what it picks, how
// many (the album's limit grew from 9 to 20 in V5.30.0; the camera takes
// one), and, on iOS and Android, how long the camera records.
func checkMediaOptions(version Version, kinds []string, count float64, camera, phone bool, maxDuration float64) *ParamError {
	for _, k := range kinds {
		if k != MediaImageType && k != MediaVideoType {
			return &ParamError{Name: "mediaType", Reason: fmt.Sprintf(`mediaType should hold only "image", "video", got %s`, quoted(k))}
		}
	}
	most := 20.0
	if !version.AtLeast("5.30.0") {
		most = 9
	}
	if !camera && !isWholeIn(count, 1, most) {
		return &ParamError{Name: "count", Reason: fmt.Sprintf("count should be a whole number from 1 to %v, got %v", most, count)}
	}
	if phone && (maxDuration < 3 || maxDuration > 60) {
		return &ParamError{Name: "maxDuration", Reason: fmt.Sprintf("maxDuration should be from 3 to 60 seconds, got %v", maxDuration)}
	}
	return nil
}
