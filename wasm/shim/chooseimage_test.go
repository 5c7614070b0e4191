package shim

import (
	"encoding/base64"
	"reflect"
	"strings"
	"testing"
)

// ciAsk calls tt.chooseImage and expects it to wait on the image picker.
func ciAsk(t *testing.T, h *harness, option map[string]any) Dialog {
	t.Helper()
	res := h.call(t, "tt.chooseImage", option)
	if res.Outcome != OutcomePending {
		t.Fatalf("chooseImage did not wait for the picker: %s %v", res.Outcome, res.Fields)
	}
	open := h.Dialogs()
	d := open[len(open)-1]
	if d.Kind != DialogImages || d.Images == nil {
		t.Fatalf("the UI was shown %+v", d)
	}
	return d
}

func ciDeliveries(h *harness) *[]Result {
	var got []Result
	h.Deliver = func(_ int, res Result) { got = append(got, res) }
	return &got
}

func TestChooseImageGivesTempFilesInTheOrderPicked(t *testing.T) {
	h := newHarness(t, notStrict)
	got := ciDeliveries(h)
	d := ciAsk(t, h, map[string]any{"count": 2})
	if d.Images.Count != 2 || d.Images.Camera || len(d.Images.Images) != 3 || d.Images.Images[0].Name != "sunrise.png" {
		t.Fatalf("picker %+v", d.Images)
	}
	if !strings.HasPrefix(d.Images.Images[1].URL, "data:image/png;base64,") {
		t.Errorf("a drawn fixture's thumbnail is %.40q", d.Images.Images[1].URL)
	}
	if err := h.AnswerOldest(Answer{Select: []string{"team-lunch.png", "sunrise.png"}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	res := (*got)[0]
	wantOK(t, res, "chooseImage")
	paths := res.Fields["tempFilePaths"].([]string)
	files := res.Fields["tempFiles"].([]Fields)
	if len(paths) != 2 || paths[0] == paths[1] || !strings.HasPrefix(paths[0], "ttfile://temp/") || !strings.HasSuffix(paths[0], ".png") {
		t.Fatalf("tempFilePaths %v", paths)
	}
	want := len(drawImage(h.Config().Media.Images[2]))
	if files[0]["path"] != paths[0] || files[0]["size"] != want {
		t.Errorf("tempFiles[0] %v, want path %s size %d", files[0], paths[0], want)
	}
	url, err := h.FileURL(paths[0])
	data, _, _ := dataURIBytes(url)
	if err != nil || !reflect.DeepEqual(data, drawImage(h.Config().Media.Images[2])) {
		t.Errorf("FileURL(%s) = %.40q, %v", paths[0], url, err)
	}
	if _, err := h.FileURL("ttfile://temp/nothing.png"); err == nil || !strings.Contains(err.Error(), "is not a file") {
		t.Errorf("an unknown path: %v", err)
	}
	// Reset empties the temporary directory.
	h.Reset()
	if _, err := h.FileURL(paths[0]); err == nil {
		t.Error("a file survived reset")
	}
}

func TestChooseImageAnswers(t *testing.T) {
	cases := []struct {
		name   string
		option map[string]any
		answer Answer
		want   string // "" for success with one file, else the refusal
	}{
		{"an index", nil, Answer{Index: intPtr(1)}, ""},
		{"an index past the end", nil, Answer{Index: intPtr(3)}, "the picker has 3 images, so no index 3"},
		{"too many", map[string]any{"count": 1}, Answer{Select: []string{"sunrise.png", "whiteboard.png"}}, "count is 1, and 2 were picked"},
		{"none", nil, Answer{Select: []string{}}, "pick at least one image"},
		{"unknown", nil, Answer{Select: []string{"cat.png"}}, "cat.png is not an image the picker offers"},
		{"twice", nil, Answer{Select: []string{"sunrise.png", "sunrise.png"}}, "sunrise.png is picked twice"},
		{"a choice", nil, Answer{Choice: "confirm"}, `the image picker takes "cancel", a list of image names or an image's index`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, notStrict)
			got := ciDeliveries(h)
			ciAsk(t, h, tc.option)
			err := h.AnswerOldest(tc.answer, AnsweredByTest)
			if tc.want != "" {
				if err == nil || !strings.HasSuffix(err.Error(), tc.want) || len(h.Dialogs()) != 1 {
					t.Fatalf("answer %v: %v, open %d", tc.answer, err, len(h.Dialogs()))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			wantOK(t, (*got)[0], "chooseImage")
		})
	}
}

func intPtr(i int) *int { return &i }

func TestChooseImageCancel(t *testing.T) {
	want := Fields{"errMsg": "chooseImage:cancel", "errno": ErrnoImageCancel, "errString": "User canceled the operation"}
	h := newHarness(t, notStrict)
	got := ciDeliveries(h)
	ciAsk(t, h, nil)
	if err := h.AnswerOldest(Answer{Choice: PickerCancel}, AnsweredByUser); err != nil {
		t.Fatal(err)
	}
	ciAsk(t, h, nil)
	h.Reset() // closes the picker as a cancel
	for _, res := range *got {
		if res.Outcome != OutcomeCancel || !reflect.DeepEqual(res.Fields, want) {
			t.Errorf("got %s %v", res.Outcome, res.Fields)
		}
	}
	// In advance, through the answers key.
	h = newHarness(t, notStrict, `{"answers":{"chooseImage":"cancel"}}`)
	if res := h.call(t, "tt.chooseImage", nil); !reflect.DeepEqual(res.Fields, want) {
		t.Errorf("answers cancel: %v", res.Fields)
	}
	h = newHarness(t, notStrict, `{"answers":{"chooseImage":["whiteboard.png"]}}`)
	wantOK(t, h.call(t, "tt.chooseImage", nil), "chooseImage")
	h = newHarness(t, notStrict, `{"answers":{"chooseImage":["nope.png"]}}`)
	wantFail(t, h.call(t, "tt.chooseImage", nil), "chooseImage", ErrnoInternal,
		"internal error: the configuration cannot answer the images dialog: nope.png is not an image the picker offers")
}

func TestChooseImageCamera(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"ios"}}`)
	if d := ciAsk(t, h, map[string]any{"sourceType": []string{"camera"}, "count": 5}); !d.Images.Camera || d.Images.Count != 1 || !d.Mobile {
		t.Errorf("the camera on iOS: %+v", d.Images)
	}
	if d := ciAsk(t, h, map[string]any{"sourceType": []string{"album", "camera"}}); d.Images.Camera {
		t.Error("album and camera open the camera")
	}
	// PC has only the album.
	h = newHarness(t, notStrict)
	if d := ciAsk(t, h, map[string]any{"sourceType": []string{"camera"}}); d.Images.Camera || d.Images.Count != 9 {
		t.Errorf("the camera on PC: %+v", d.Images)
	}
}

func TestChooseImageParameters(t *testing.T) {
	cases := []struct {
		option map[string]any
		want   string
	}{
		{map[string]any{"count": 0}, "count should be a whole number from 1 to 20, got 0"},
		{map[string]any{"count": 21}, "count should be a whole number from 1 to 20, got 21"},
		{map[string]any{"count": 1.5}, "count should be a whole number from 1 to 20, got 1.5"},
		{map[string]any{"count": "3"}, "count is of wrong type"},
		{map[string]any{"sourceType": "album"}, "sourceType is of wrong type"},
		{map[string]any{"sourceType": []string{"gallery"}}, `sourceType should hold only "album", "camera", got "gallery"`},
		{map[string]any{"sizeType": []string{"tiny"}}, `sizeType should hold only "original", "compressed", got "tiny"`},
		{map[string]any{"cameraDevice": "side"}, `cameraDevice should be "front" or "back", got "side"`},
		{map[string]any{"isSaveToAlbum": "yes"}, `isSaveToAlbum should be "0" or "1", got "yes"`},
	}
	for _, tc := range cases {
		h := newHarness(t, notStrict)
		res := h.call(t, "tt.chooseImage", tc.option)
		if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoInvalidParam || !strings.HasSuffix(res.Fields["errString"].(string), tc.want) {
			t.Errorf("%v: %v", tc.option, res.Fields)
		}
	}
}

func TestChooseImageSupportAndPrerequisites(t *testing.T) {
	h := newHarness(t, clientPatch("pc", "3.46.0"))
	if res := h.call(t, "tt.chooseImage", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("web app on PC 3.46.0: %v", res.Fields)
	}
	h = newHarness(t)
	if res := h.call(t, "tt.chooseImage", nil); res.Fields["errno"] != ErrnoAuthFail {
		t.Errorf("before h5sdk.config: %v", res.Fields)
	}
	h = newHarness(t, gadget)
	if res := h.call(t, "tt.chooseImage", nil); res.Fields["errno"] != ErrnoAuthFail {
		t.Errorf("a gadget before login: %v", res.Fields)
	}
}

func TestMediaImagesConfiguration(t *testing.T) {
	dot := "data:image/gif;base64," + base64.StdEncoding.EncodeToString([]byte("GIF89a-not-really"))
	h := newHarness(t, notStrict, `{"media":{"images":[{"name":"a.gif","url":"`+dot+`","width":1,"height":1,"type":"gif"},`+
		`{"name":"b.jpg","url":"https://cdn.example/b.jpg","width":1200,"height":800,"size":123456,"type":"jpeg"}]}}`)
	got := ciDeliveries(h)
	ciAsk(t, h, nil)
	if err := h.AnswerOldest(Answer{Select: []string{"a.gif", "b.jpg"}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	files := (*got)[0].Fields["tempFiles"].([]Fields)
	if files[0]["size"] != len("GIF89a-not-really") || files[1]["size"] != 123456 || !strings.HasSuffix(files[1]["path"].(string), ".jpg") {
		t.Errorf("tempFiles %v", files)
	}
	if url, _ := h.FileURL(files[0]["path"].(string)); url != dot {
		t.Errorf("a data: fixture's URL is %q", url)
	}
	if url, _ := h.FileURL(files[1]["path"].(string)); url != "https://cdn.example/b.jpg" {
		t.Errorf("an http fixture's URL is %q", url)
	}
	for patch, want := range map[string]string{
		`{"media":{"images":[{"name":"","width":1,"height":1}]}}`:                                    `"media.images[0].name" cannot be empty`,
		`{"media":{"images":[{"name":"a","width":1,"height":1},{"name":"a","width":1,"height":1}]}}`: `"media.images[1].name" "a" appears twice`,
		`{"media":{"images":[{"name":"a"}]}}`:                                                        `"media.images[0]" needs its "width" and "height"`,
		`{"media":{"images":[{"name":"a","width":1,"height":1,"type":"tiff"}]}}`:                     `"media.images[0].type" should be one of "png", "jpeg", "gif", "webp", "bmp", got "tiff"`,
		`{"media":{"images":[{"name":"a","width":1,"height":1,"url":"javascript:x"}]}}`:              `"media.images[0].url" should be an http(s) URL, a data:image/ URI or a relative URL, got "javascript:x"`,
		`{"media":{"pictures":[]}}`:                                                                  `unknown key "media.pictures"`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("%s: %v, want %s", patch, err, want)
		}
	}
}
