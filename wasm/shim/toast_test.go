package shim

import (
	"reflect"
	"testing"
)

const mobile = `{"client":{"platform":"ios"}}`

func TestShowToastDefaultsAndReplaces(t *testing.T) {
	h := newHarness(t, notStrict)
	wantOK(t, h.call(t, "tt.showToast", map[string]any{"title": "Saved"}), "showToast")
	wantOK(t, h.call(t, "Taro.showToast", map[string]any{"title": "Again", "duration": 3000, "icon": "loading"}), "showToast")
	wantOK(t, h.call(t, "tt.showLoading", map[string]any{"title": "加载中"}), "showLoading")
	want := []Toast{
		{Title: "Saved", Icon: "success", Duration: 1500, Language: "zh_CN"},
		{Title: "Again", Icon: "loading", Duration: 3000, Language: "zh_CN"},
		{Title: "加载中", Icon: "loading", Duration: loadingDuration, Loading: true, Language: "zh_CN"},
	}
	if !reflect.DeepEqual(h.ui.toasts, want) {
		t.Errorf("toasts\n %+v\nwant %+v", h.ui.toasts, want)
	}
}

func TestToastIconsAndMaskFollowThePlatform(t *testing.T) {
	tests := []struct {
		patch, icon, drawn string
		mask               bool
	}{
		{"", "none", "success", false},
		{"", "error", "error", false},
		{"", "warning", "warning", false},
		{"", "info", "info", false},
		{mobile, "none", "none", true},
		{mobile, "error", "success", true},
		{mobile, "info", "success", true},
		{mobile, "loading", "loading", true},
	}
	for _, tt := range tests {
		h := newHarness(t, notStrict, tt.patch)
		wantOK(t, h.call(t, "tt.showToast", map[string]any{"title": "t", "icon": tt.icon, "mask": true}), "showToast")
		if got := h.ui.toasts[0]; got.Icon != tt.drawn || got.Mask != tt.mask || got.Mobile != (tt.patch != "") {
			t.Errorf("%s %s: drawn %+v, want icon %s mask %v", tt.patch, tt.icon, got, tt.drawn, tt.mask)
		}
	}
	h := newHarness(t, notStrict, mobile)
	wantOK(t, h.call(t, "tt.showLoading", map[string]any{"title": "t", "mask": true}), "showLoading")
	if !h.ui.toasts[0].Mask {
		t.Errorf("a mobile loading has no mask")
	}
}

func TestHideToastAndHideLoadingHideEither(t *testing.T) {
	h := newHarness(t, notStrict)
	wantOK(t, h.call(t, "tt.showLoading", map[string]any{"title": "a"}), "showLoading")
	wantOK(t, h.call(t, "tt.hideToast", nil), "hideToast")
	wantOK(t, h.call(t, "tt.showToast", map[string]any{"title": "b"}), "showToast")
	wantOK(t, h.call(t, "Taro.hideLoading", nil), "hideLoading")
	wantOK(t, h.call(t, "tt.hideLoading", map[string]any{}), "hideLoading")
	if want := []string{"show a", "hide", "show b", "hide", "hide"}; !reflect.DeepEqual(h.ui.toastEvents, want) {
		t.Errorf("toast events %v, want %v", h.ui.toastEvents, want)
	}
}

func TestToastParameterErrors(t *testing.T) {
	h := newHarness(t, notStrict)
	tests := []struct {
		api       string
		option    any
		errString string
	}{
		{"tt.showToast", nil, "Parameter error. title cannot be empty"},
		{"tt.showToast", map[string]any{"title": ""}, "Parameter error. title cannot be empty"},
		{"tt.showToast", map[string]any{"title": 5}, "Parameter error. title is of wrong type"},
		{"tt.showToast", map[string]any{"title": "t", "icon": "fire"}, `Parameter error. icon should be one of success, loading, none, error, info, warning, got "fire"`},
		{"tt.showToast", map[string]any{"title": "t", "icon": true}, "Parameter error. icon is of wrong type"},
		{"tt.showToast", map[string]any{"title": "t", "duration": -1}, "Parameter error. duration should be a number of ms from 0, got -1"},
		{"tt.showToast", map[string]any{"title": "t", "duration": "long"}, "Parameter error. duration is of wrong type"},
		{"tt.showToast", map[string]any{"title": "t", "mask": "yes"}, "Parameter error. mask is of wrong type"},
		{"tt.showLoading", map[string]any{}, "Parameter error. title cannot be empty"},
		{"tt.showLoading", map[string]any{"title": "t", "mask": 1}, "Parameter error. mask is of wrong type"},
		{"Taro.showToast", map[string]any{"title": 5}, "parameter error: parameter.title should be String instead of Number"},
	}
	for _, tt := range tests {
		name := tt.api[len("tt."):]
		if tt.api[0] == 'T' {
			name = tt.api[len("Taro."):]
		}
		wantFail(t, h.call(t, tt.api, tt.option), name, ErrnoInvalidParam, tt.errString)
	}
	if len(h.ui.toasts) != 0 {
		t.Errorf("a failed call drew %+v", h.ui.toasts)
	}
	nan := map[string]any{"@@js": "Number", "v": "NaN"}
	wantFail(t, h.call(t, "tt.showToast", map[string]any{"title": "t", "duration": nan}), "showToast",
		ErrnoInvalidParam, "Parameter error. duration is of wrong type")
}

func TestToastDurationIsCappedAtADay(t *testing.T) {
	h := newHarness(t, notStrict)
	wantOK(t, h.call(t, "tt.showToast", map[string]any{"title": "t", "duration": 1e300}), "showToast")
	if got := h.ui.toasts[0].Duration; got != loadingDuration {
		t.Errorf("duration %v, want %v", got, float64(loadingDuration))
	}
}
