package shim

import (
	"encoding/binary"
	"reflect"
	"strings"
	"testing"
)

// mediaAsk calls api and expects it to wait on the picker.
func mediaAsk(t *testing.T, h *harness, api string, option map[string]any) *ImagePicker {
	t.Helper()
	res := h.call(t, api, option)
	if res.Outcome != OutcomePending {
		t.Fatalf("%s did not wait for the picker: %s %v", api, res.Outcome, res.Fields)
	}
	open := h.Dialogs()
	d := open[len(open)-1]
	if d.Kind != DialogImages || d.Images == nil {
		t.Fatalf("the UI was shown %+v", d)
	}
	return d.Images
}

// mediaAnswer answers the picker on screen and returns the call's result.
func mediaAnswer(t *testing.T, h *harness, a Answer) Result {
	t.Helper()
	got := ciDeliveries(h)
	if err := h.AnswerOldest(a, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	return (*got)[0]
}

func TestChooseVideoGivesAVideoFile(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"android"}}`)
	p := mediaAsk(t, h, "tt.chooseVideo", nil)
	if p.Media != "video" || p.Count != 1 || p.Camera || len(p.Images) != 2 || !p.Images[1].Video || p.Images[1].Duration != 42 ||
		!strings.HasPrefix(p.Images[1].URL, "data:image/png;base64,") {
		t.Fatalf("picker %+v", p)
	}
	res := mediaAnswer(t, h, Answer{Select: []string{"product-demo.mp4"}})
	wantOK(t, res, "chooseVideo")
	path := res.Fields["tempFilePath"].(string)
	if !strings.HasPrefix(path, "ttfile://temp/") || !strings.HasSuffix(path, ".mp4") {
		t.Errorf("tempFilePath %s", path)
	}
	data := videoFile(MediaVideo{Width: 720, Height: 1280}, 42)
	want := Fields{"errMsg": "chooseVideo:ok", "tempFilePath": path, "size": len(data), "duration": 42.0, "width": 720, "height": 1280}
	if !reflect.DeepEqual(res.Fields, want) {
		t.Errorf("got %v, want %v", res.Fields, want)
	}
	// The file is an MP4 whose header says what the picker showed.
	url, err := h.FileURL(path)
	got, mime, _ := dataURIBytes(url)
	if err != nil || mime != "video/mp4" || !reflect.DeepEqual(got, data) {
		t.Fatalf("FileURL: %.40q %v", url, err)
	}
	if string(got[4:8]) != "ftyp" || !strings.Contains(string(got), "mvhd") {
		t.Errorf("not an MP4: % x", got[:16])
	}
	mvhd := strings.Index(string(got), "mvhd") + 4
	tkhd := strings.Index(string(got), "tkhd") + 4
	if ms := binary.BigEndian.Uint32(got[mvhd+16:]); ms != 42000 {
		t.Errorf("mvhd's duration %d ms", ms)
	}
	if w, h := binary.BigEndian.Uint32(got[tkhd+76:])>>16, binary.BigEndian.Uint32(got[tkhd+80:])>>16; w != 720 || h != 1280 {
		t.Errorf("tkhd's size %d×%d", w, h)
	}
	read := h.ReadFile("readFile", payloadOf(t, map[string]any{"filePath": path, "encoding": "hex", "length": 8}))
	if read.Fields["data"] != "0000001c66747970" {
		t.Errorf("readFile: %v", read.Fields)
	}
}

func TestChooseVideoRules(t *testing.T) {
	// A phone refuses an album video longer than maxDuration; its camera
	// stops recording at maxDuration.
	h := newHarness(t, notStrict, `{"client":{"platform":"ios"}}`)
	mediaAsk(t, h, "tt.chooseVideo", map[string]any{"maxDuration": 30})
	wantFail(t, mediaAnswer(t, h, Answer{Index: intPtr(1)}), "chooseVideo", ErrnoVideoTooLong,
		"Video duration exceeds the maximum limit: product-demo.mp4 lasts 42 s, maxDuration is 30 s")
	p := mediaAsk(t, h, "tt.chooseVideo", map[string]any{"maxDuration": 30, "sourceType": []string{"camera"}})
	if !p.Camera || len(p.Images) != 1 || p.Images[0].Name != "standup.mp4" {
		t.Fatalf("camera %+v", p)
	}
	mediaAsk(t, h, "tt.chooseVideo", map[string]any{"maxDuration": 5, "sourceType": []string{"camera"}})
	h.AnswerOldest(Answer{Choice: PickerCancel}, AnsweredByTest)
	if res := mediaAnswer(t, h, Answer{Index: intPtr(0)}); res.Fields["duration"] != 5.0 {
		t.Errorf("a 5 s recording lasts %v", res.Fields["duration"])
	}
	// PC: the album whatever sourceType says, any maxDuration, and no
	// duration, width or height.
	h = newHarness(t, notStrict)
	if p := mediaAsk(t, h, "tt.chooseVideo", map[string]any{"sourceType": []string{"camera"}, "maxDuration": 10}); p.Camera {
		t.Error("PC opened a camera")
	}
	res := mediaAnswer(t, h, Answer{Select: []string{"product-demo.mp4"}})
	if _, has := res.Fields["duration"]; has || res.Fields["size"] == nil {
		t.Errorf("PC answered %v", res.Fields)
	}
	for platform, cases := range map[string]map[string]any{
		"android": {"maxDuration": 181.0},
		"pc":      {"maxDuration": 0.0},
	} {
		h := newHarness(t, notStrict, `{"client":{"platform":"`+platform+`"}}`)
		if res := h.call(t, "tt.chooseVideo", cases); res.Fields["errno"] != ErrnoInvalidParam {
			t.Errorf("%s %v: %v", platform, cases, res.Fields)
		}
	}
	// iOS exporting uncompressed has no limit.
	h = newHarness(t, notStrict, `{"client":{"platform":"ios"}}`)
	mediaAsk(t, h, "tt.chooseVideo", map[string]any{"maxDuration": 600, "compressed": false})
	// A cancel, from the person or in advance.
	if res := mediaAnswer(t, h, Answer{Choice: PickerCancel}); res.Outcome != OutcomeCancel ||
		!reflect.DeepEqual(res.Fields, Fields{"errMsg": "chooseVideo:cancel", "errno": ErrnoVideoCancel, "errString": "User canceled the operation"}) {
		t.Errorf("a cancel: %s %v", res.Outcome, res.Fields)
	}
	h = newHarness(t, notStrict, `{"answers":{"chooseVideo":["nope.mp4"]}}`)
	wantFail(t, h.call(t, "tt.chooseVideo", nil), "chooseVideo", ErrnoInternal,
		"internal error: the configuration cannot answer the images dialog: nope.mp4 is not one the picker offers")
}

func TestChooseMediaMixesImagesAndVideos(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"android"}}`)
	p := mediaAsk(t, h, "tt.chooseMedia", map[string]any{"count": 2})
	if p.Media != "mix" || p.Count != 2 || len(p.Images) != 5 || p.Images[2].Video || !p.Images[3].Video {
		t.Fatalf("picker %+v", p)
	}
	res := mediaAnswer(t, h, Answer{Select: []string{"standup.mp4", "sunrise.png"}})
	wantOK(t, res, "chooseMedia")
	files := res.Fields["tempFiles"].([]Fields)
	if len(files) != 2 || files[0]["type"] != "video" || files[0]["duration"] != 8.0 || files[0]["width"] != 1280 ||
		files[1]["type"] != "image" || !strings.HasSuffix(files[1]["tempFilePath"].(string), ".png") || files[1]["duration"] != nil {
		t.Errorf("tempFiles %v", files)
	}
	if p := mediaAsk(t, h, "tt.chooseMedia", map[string]any{"mediaType": []string{"video"}}); p.Media != "video" || len(p.Images) != 2 {
		t.Errorf("videos only: %+v", p)
	}
	if p := mediaAsk(t, h, "tt.chooseMedia", map[string]any{"mediaType": []string{"image"}}); p.Media != "image" || len(p.Images) != 3 {
		t.Errorf("images only: %+v", p)
	}
	// The camera takes a photo or records the first video, stopping at
	// maxDuration; count does not apply.
	p = mediaAsk(t, h, "tt.chooseMedia", map[string]any{"sourceType": []string{"camera"}, "count": 50, "maxDuration": 5})
	if !p.Camera || p.Count != 1 || len(p.Images) != 2 || p.Images[0].Name != "sunrise.png" || p.Images[1].Name != "standup.mp4" {
		t.Fatalf("camera %+v", p)
	}
	for range 2 {
		h.AnswerOldest(Answer{Choice: PickerCancel}, AnsweredByTest)
	}
	res = mediaAnswer(t, h, Answer{Index: intPtr(1)})
	if f := res.Fields["tempFiles"].([]Fields)[0]; f["duration"] != 5.0 {
		t.Errorf("a 5 s recording: %v", f)
	}
	// PC: no video details.
	h = newHarness(t, notStrict, `{"answers":{"chooseMedia":["product-demo.mp4"]}}`)
	res = h.call(t, "tt.chooseMedia", nil)
	if f := res.Fields["tempFiles"].([]Fields)[0]; f["type"] != "video" || f["width"] != nil || f["size"] == nil {
		t.Errorf("PC's video: %v", f)
	}
}

func TestChooseMediaParameters(t *testing.T) {
	cases := []struct {
		platform, version string
		option            map[string]any
		want              string
	}{
		{"pc", "7.45.0", map[string]any{"mediaType": []string{"audio"}}, `mediaType should hold only "image", "video", got "audio"`},
		{"pc", "7.45.0", map[string]any{"count": 21}, "count should be a whole number from 1 to 20, got 21"},
		{"pc", "5.29.0", map[string]any{"count": 10}, "count should be a whole number from 1 to 9, got 10"},
		{"ios", "7.45.0", map[string]any{"maxDuration": 2}, "maxDuration should be from 3 to 60 seconds, got 2"},
		{"android", "7.45.0", map[string]any{"maxDuration": 61}, "maxDuration should be from 3 to 60 seconds, got 61"},
		{"pc", "7.45.0", map[string]any{"cameraDevice": "side"}, `cameraDevice should be "front" or "back", got "side"`},
		{"pc", "7.45.0", map[string]any{"sourceType": []string{"gallery"}}, `sourceType should hold only "album", "camera", got "gallery"`},
		{"pc", "7.45.0", map[string]any{"mediaType": "image"}, "mediaType is of wrong type"},
	}
	for _, tc := range cases {
		h := newHarness(t, notStrict, `{"client":{"platform":"`+tc.platform+`","version":"`+tc.version+`"}}`)
		res := h.call(t, "tt.chooseMedia", tc.option)
		if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoInvalidParam || !strings.HasSuffix(res.Fields["errString"].(string), tc.want) {
			t.Errorf("%s %v: %v", tc.platform, tc.option, res.Fields)
		}
	}
	// PC and Harmony ignore maxDuration.
	h := newHarness(t, notStrict, `{"client":{"platform":"harmony"}}`)
	mediaAsk(t, h, "tt.chooseMedia", map[string]any{"maxDuration": 600})
	h = newHarness(t, clientPatch("pc", "4.6.0"))
	if res := h.call(t, "tt.chooseMedia", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("web app on PC 4.6.0: %v", res.Fields)
	}
}

func TestMediaVideosConfiguration(t *testing.T) {
	h := newHarness(t, notStrict, `{"media":{"videos":[{"name":"big.mp4","duration":12.5,"width":3840,"height":2160,"size":99000000}]},`+
		`"answers":{"chooseVideo":0}}`)
	res := h.call(t, "tt.chooseVideo", nil)
	if res.Fields["size"] != 99000000 {
		t.Errorf("the configured size: %v", res.Fields)
	}
	if poster := (MediaVideo{Width: 3840, Height: 2160}).poster(); poster.Width != 320 || poster.Height != 180 {
		t.Errorf("the poster is %d×%d", poster.Width, poster.Height)
	}
	for patch, want := range map[string]string{
		`{"media":{"videos":[{"name":"","duration":1,"width":1,"height":1}]}}`:            `"media.videos[0].name" cannot be empty`,
		`{"media":{"videos":[{"name":"sunrise.png","duration":1,"width":1,"height":1}]}}`: `"media.videos[0].name" "sunrise.png" appears twice in "media"`,
		`{"media":{"videos":[{"name":"a","width":1,"height":1}]}}`:                        `"media.videos[0]" needs its "duration", "width" and "height"`,
		`{"media":{"videos":[{"name":"a","duration":"8","width":1,"height":1}]}}`:         `"media.videos[0].duration" should be a number, got string`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("%s: %v, want %s", patch, err, want)
		}
	}
}

func TestSaveVideoToPhotosAlbum(t *testing.T) {
	h := newHarness(t, notStrict, `{"answers":{"chooseVideo":0,"chooseImage":0}}`)
	video := h.call(t, "tt.chooseVideo", nil).Fields["tempFilePath"].(string)
	image := h.call(t, "tt.chooseImage", nil).Fields["tempFilePaths"].([]string)[0]
	wantOK(t, h.call(t, "tt.saveVideoToPhotosAlbum", map[string]any{"filePath": video}), "saveVideoToPhotosAlbum")
	if saved := h.Calls("saveVideoToPhotosAlbum"); len(saved) != 1 || saved[0].Outcome != OutcomeOK {
		t.Errorf("the log holds %+v", saved)
	}
	for path, want := range map[string]struct {
		errno int
		text  string
	}{
		image:                       {ErrnoVideoUnsupported, "Video format not supported: " + image + " is not a video"},
		"ttfile://temp/x.mp4":       {ErrnoNoFile, "File does not exist: ttfile://temp/x.mp4"},
		"https://cdn.example/a.mp4": {ErrnoInvalidPath, "Is invalid filePath: https://cdn.example/a.mp4 is a network URL"},
	} {
		wantFail(t, h.call(t, "tt.saveVideoToPhotosAlbum", map[string]any{"filePath": path}), "saveVideoToPhotosAlbum", want.errno, want.text)
	}
	// The other image APIs take no video.
	wantFail(t, h.call(t, "tt.getImageInfo", map[string]any{"src": video}), "getImageInfo", ErrnoImageLoad, "Unable to load image: "+video+" is a video")
	// iOS and Android ask for the album first.
	h = newHarness(t, notStrict, `{"client":{"platform":"android"},"answers":{"chooseVideo":0}}`)
	video = h.call(t, "tt.chooseVideo", nil).Fields["tempFilePath"].(string)
	if res := h.call(t, "tt.saveVideoToPhotosAlbum", map[string]any{"filePath": video}); res.Outcome != OutcomePending ||
		h.Dialogs()[0].Permission.Scope != "scope.writePhotosAlbum" {
		t.Fatalf("no permission prompt: %v", res.Fields)
	}
	wantFail(t, mediaAnswer(t, h, Answer{Choice: PermissionDeny}), "saveVideoToPhotosAlbum", ErrnoUserPermission, "auth deny")
}
