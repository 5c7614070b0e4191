package shim

import (
	"reflect"
	"strings"
	"testing"
)

// windowRecorder records what the shim draws of the window: the bar and
// the closed overlay.
type windowRecorder struct {
	bars       []NavigationBar // every bar drawn, oldest first
	barHidden  int
	tap        func(side, id string) error
	leave      func(effect string)
	closedWith []WindowClosed
	reopened   int
}

func (r *windowRecorder) ShowNavigationBar(bar NavigationBar, tap func(side, id string) error, leave func(effect string)) {
	r.bars = append(r.bars, bar)
	r.tap, r.leave = tap, leave
}

func (r *windowRecorder) HideNavigationBar()              { r.barHidden++ }
func (r *windowRecorder) ShowWindowClosed(c WindowClosed) { r.closedWith = append(r.closedWith, c) }
func (r *windowRecorder) HideWindowClosed()               { r.reopened++ }

// navHarness is a web app that may call the navigation APIs.
func navHarness(t *testing.T, patches ...string) *harness {
	t.Helper()
	h := newHarness(t, patches...)
	if h.Config().Mode == ModeWebApp {
		h.authenticate(t)
	}
	return h
}

const pngData = "iVBORw0KGgo="

func items(list ...map[string]any) map[string]any {
	out := make([]any, len(list))
	for i, item := range list {
		out[i] = item
	}
	return map[string]any{"items": out}
}

func TestSetNavigationBarDrawsTheItemsAndTapsReachTheListeners(t *testing.T) {
	h := navHarness(t, clientPatch("android", "7.45.0"))
	if bar := h.NavigationBar(); bar.Shown || len(h.ui.bars) != 0 {
		t.Fatalf("a bar before the page set one up: %+v", bar)
	}
	res := h.call(t, "tt.setNavigationBar", map[string]any{
		"left":  items(map[string]any{"id": "back", "text": "Back"}),
		"right": items(map[string]any{"id": "save", "text": "Save"}, map[string]any{"id": "more", "imageBase64": pngData}),
	})
	wantOK(t, res, "setNavigationBar")
	bar := h.ui.bars[len(h.ui.bars)-1]
	want := []NavItem{{ID: "save", Text: "Save", Drawn: true}, {ID: "more", ImageBase64: pngData, Drawn: true}}
	if !bar.Shown || !bar.Mobile || !reflect.DeepEqual(bar.Right, want) || bar.Left[0].ID != "back" {
		t.Fatalf("bar drawn %+v", bar)
	}
	if err := h.ui.tap("right", "more"); err != nil {
		t.Fatal(err)
	}
	if err := h.TapNavigationBar("left", ""); err != nil {
		t.Fatal(err)
	}
	wantEvents := []emitted{{"rightNavigationBarClick", `{"id":"more"}`}, {"leftNavigationBarClick", `{"id":"back"}`}}
	if !reflect.DeepEqual(h.events, wantEvents) {
		t.Errorf("events %v, want %v", h.events, wantEvents)
	}
	// A side left out keeps its items; an empty list clears them.
	wantOK(t, h.call(t, "tt.setNavigationBar", map[string]any{"right": items()}), "setNavigationBar")
	if bar := h.NavigationBar(); len(bar.Left) != 1 || len(bar.Right) != 0 {
		t.Errorf("after clearing the right: %+v", bar)
	}
}

func TestTapNavigationBarSaysWhyItCannot(t *testing.T) {
	h := navHarness(t)
	if err := h.TapNavigationBar("left", ""); err == nil || !strings.Contains(err.Error(), "not shown") {
		t.Errorf("tap before setup: %v", err)
	}
	wantOK(t, h.call(t, "tt.setNavigationBar", map[string]any{
		"right": items(map[string]any{"id": "icon", "imageBase64": "data:image/png;base64," + pngData}, map[string]any{"id": "word", "text": "Go"}),
	}), "setNavigationBar")
	for _, tc := range []struct{ side, id, want string }{
		{"top", "", `side should be "left" or "right", not "top"`},
		{"left", "", "the navigation bar has no left items"},
		{"right", "nope", `the navigation bar has no right item "nope"; it has "icon", "word"`},
		{"right", "word", `the right item "word" is not drawn: PC shows image buttons only`},
	} {
		if err := h.TapNavigationBar(tc.side, tc.id); err == nil || err.Error() != tc.want {
			t.Errorf("tap(%q, %q) = %v, want %q", tc.side, tc.id, err, tc.want)
		}
	}
	if len(h.events) != 0 {
		t.Errorf("refused taps emitted %v", h.events)
	}
}

func TestIOSReversesSeveralRightItemsUnlessFlipped(t *testing.T) {
	two := items(map[string]any{"id": "a", "text": "A"}, map[string]any{"id": "b", "text": "B"})
	for _, tc := range []struct {
		platform string
		flipped  bool
		want     string
	}{{"ios", false, "ba"}, {"ios", true, "ab"}, {"android", false, "ab"}} {
		h := navHarness(t, clientPatch(tc.platform, "7.45.0"))
		wantOK(t, h.call(t, "tt.setNavigationBar", map[string]any{"right": two, "iosRightItemsFlipped": tc.flipped}), "setNavigationBar")
		right := h.NavigationBar().Right
		if got := right[0].ID + right[1].ID; got != tc.want {
			t.Errorf("%s flipped=%v: order %q, want %q", tc.platform, tc.flipped, got, tc.want)
		}
	}
}

func TestSetNavigationBarRefusesWhatItsPageForbids(t *testing.T) {
	long := strings.Repeat("A", maxNavImageChars+1)
	for _, tc := range []struct {
		option map[string]any
		want   string
	}{
		{map[string]any{"left": "x"}, "left is of wrong type"},
		{map[string]any{"left": map[string]any{}}, "left.items is required"},
		{map[string]any{"right": map[string]any{"items": 3}}, "right.items is of wrong type"},
		{map[string]any{"left": items(map[string]any{"id": "a", "text": "a"}, map[string]any{"id": "b", "text": "b"}, map[string]any{"id": "c", "text": "c"})},
			"left.items holds 3 items; at most 2 are allowed"},
		{map[string]any{"left": map[string]any{"items": []any{"a"}}}, "left.items[0] is of wrong type"},
		{map[string]any{"left": items(map[string]any{"text": "a"})}, "left.items[0].id cannot be empty"},
		{map[string]any{"left": items(map[string]any{"id": "a", "text": 1})}, "left.items[0].text is of wrong type"},
		{map[string]any{"right": items(map[string]any{"id": "a", "text": ""})}, "right.items[0] needs text or imageBase64"},
		{map[string]any{"right": items(map[string]any{"id": "a", "imageBase64": long})},
			"right.items[0].imageBase64 is 10241 characters long; at most 10240 are allowed"},
		{map[string]any{"right": items(map[string]any{"id": "a", "imageBase64": "data:text/html;base64,PGI+"})},
			"right.items[0].imageBase64 should be base64, bare or after data:image/png;base64, data:image/jpg;base64, or data:image/x-icon;base64,"},
		{map[string]any{"iosRightItemsFlipped": "yes"}, "iosRightItemsFlipped is of wrong type"},
		{map[string]any{"autoResetNavigationBar": 1}, "autoResetNavigationBar is of wrong type"},
	} {
		h := navHarness(t)
		wantFail(t, h.call(t, "tt.setNavigationBar", tc.option), "setNavigationBar", ErrnoInvalidParam, "Parameter error. "+tc.want)
		if len(h.ui.bars) != 0 {
			t.Errorf("%v drew a bar", tc.option)
		}
	}
}

func TestSetNavigationBarColorAndTitle(t *testing.T) {
	h := navHarness(t, clientPatch("ios", "7.45.0"))
	wantOK(t, h.call(t, "tt.setNavigationBarColor", map[string]any{"backgroundColor": "#FF0000", "frontColor": "#FFFFFF"}), "setNavigationBarColor")
	if bar := h.NavigationBar(); !bar.Shown || bar.BackgroundColor != "#ff0000" || bar.FrontColor != "#ffffff" {
		t.Errorf("bar %+v", bar)
	}
	for option, want := range map[string]string{
		`{"frontColor":"#000000"}`:                          "backgroundColor cannot be empty",
		`{"backgroundColor":"red","frontColor":"#000000"}`:  `backgroundColor "red" is not a hex colour like #ffffff`,
		`{"backgroundColor":"#fff","frontColor":"#ff0000"}`: `frontColor should be #ffffff or #000000, got "#ff0000"`,
		`{"backgroundColor":"#fff"}`:                        "frontColor cannot be empty",
	} {
		wantFail(t, h.Invoke("tt.setNavigationBarColor", []byte(`{"a":`+option+`}`)), "setNavigationBarColor", ErrnoInvalidParam, "Parameter error. "+want)
	}
	// PC web apps lack it; web apps lack setNavigationBarTitle everywhere.
	pc := navHarness(t)
	if res := pc.call(t, "tt.setNavigationBarColor", map[string]any{"backgroundColor": "#fff", "frontColor": "#000000"}); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("PC setNavigationBarColor: %v", res.Fields)
	}
	if res := h.call(t, "tt.setNavigationBarTitle", map[string]any{"title": "x"}); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("web app setNavigationBarTitle: %v", res.Fields)
	}
	g := navHarness(t, gadget)
	wantOK(t, g.call(t, "tt.setNavigationBarTitle", map[string]any{"title": "Orders"}), "setNavigationBarTitle")
	if bar := g.NavigationBar(); !bar.Shown || bar.Title != "Orders" {
		t.Errorf("gadget bar %+v", bar)
	}
	wantFail(t, g.call(t, "tt.setNavigationBarTitle", map[string]any{"title": 3}), "setNavigationBarTitle", ErrnoInvalidParam,
		"Parameter error. title is of wrong type")
	wantFail(t, g.call(t, "Taro.setNavigationBarTitle", map[string]any{}), "setNavigationBarTitle", ErrnoInvalidParam,
		"parameter error: parameter.title should be String instead of Undefined")
}

func TestNavigationListenersAreSimulated(t *testing.T) {
	h := navHarness(t)
	for _, name := range []string{"tt.onLeftNavigationBarClick", "tt.onRightNavigationBarClick"} {
		api, ok := Lookup(name)
		if !ok || api.Unsimulated || api.Kind != KindListener {
			t.Fatalf("%s: %+v", name, api)
		}
		if res := h.Invoke(name, []byte(`{"a":{"@@js":"Function"}}`)); res.Outcome != OutcomeOK {
			t.Errorf("%s: %v", name, res.Fields)
		}
	}
}
