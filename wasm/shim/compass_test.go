package shim

import (
	"testing"
)

func (h *harness) turnTo(t *testing.T, patch string) {
	t.Helper()
	if err := h.Configure([]byte(patch)); err != nil {
		t.Fatal(err)
	}
}

func TestCompassReportsWhileStarted(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid, `{"compass":{"direction":90}}`)
	// Turning a stopped compass says nothing.
	h.turnTo(t, `{"compass":{"direction":100}}`)
	wantOK(t, h.call(t, "tt.startCompass", nil), "startCompass")
	if len(h.events) != 1 || h.events[0] != (emitted{"compassChange", `{"direction":100}`}) {
		t.Fatalf("on start: %+v", h.events)
	}
	h.turnTo(t, `{"compass":{"direction":359.5}}`)
	// A patch that does not turn it says nothing; a second start reports again.
	h.turnTo(t, `{"client":{"language":"en_US"}}`)
	wantOK(t, h.call(t, "Taro.startCompass", nil), "startCompass")
	if len(h.events) != 3 || h.events[1].data != `{"direction":359.5}` || h.events[2].data != `{"direction":359.5}` {
		t.Fatalf("after turning: %+v", h.events)
	}
	wantOK(t, h.call(t, "tt.stopCompass", nil), "stopCompass")
	wantOK(t, h.call(t, "tt.stopCompass", nil), "stopCompass")
	h.turnTo(t, `{"compass":{"direction":0}}`)
	if len(h.events) != 3 {
		t.Errorf("after stop: %+v", h.events)
	}
	// Listening starts it again, without a reading of its own; reset stops it.
	if res := h.Invoke("tt.onCompassChange", []byte(`{"a":{"@@js":"Function"}}`)); res.Outcome != OutcomeOK {
		t.Fatalf("onCompassChange: %v", res.Fields)
	}
	h.turnTo(t, `{"compass":{"direction":45}}`)
	if len(h.events) != 4 || h.events[3].data != `{"direction":45}` {
		t.Fatalf("after onCompassChange: %+v", h.events)
	}
	h.Reset()
	h.turnTo(t, `{"compass":{"direction":46}}`)
	if len(h.events) != 4 {
		t.Errorf("after reset: %+v", h.events)
	}
}

func TestCompassSupportAndConfiguration(t *testing.T) {
	h := newHarness(t, notStrict)
	for _, api := range []string{"tt.startCompass", "tt.stopCompass", "tt.onCompassChange"} {
		if res := h.call(t, api, nil); res.Fields["errno"] != ErrnoNotSupported {
			t.Errorf("%s on PC: %v", api, res.Fields)
		}
	}
	// Web apps listen from V5.16.0, and start from V3.44.0.
	h = newHarness(t, notStrict, clientPatch("ios", "5.15.0"))
	wantOK(t, h.call(t, "tt.startCompass", nil), "startCompass")
	if res := h.Invoke("tt.onCompassChange", []byte(`{"a":{"@@js":"Function"}}`)); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("onCompassChange on V5.15.0: %v", res.Fields)
	}
	if _, ok := Lookup("tt.offCompassChange"); ok {
		t.Error("tt.offCompassChange, which Feishu does not document, is registered")
	}
	for patch, want := range map[string]string{
		`{"compass":{"direction":361}}`: `"compass.direction" should be from 0 to 360, got 361`,
		`{"compass":{"direction":"N"}}`: `"compass.direction" should be a number, got string`,
		`{"compass":{"accuracy":1}}`:    `unknown key "compass.accuracy"`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %q", patch, err, want)
		}
	}
}
