package shim

import (
	"strings"
	"testing"
)

func TestLocationChangeErrorWhileUpdatesAreOn(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid, locationAllowed)
	// Failing while updates are off says nothing.
	h.turnTo(t, `{"location":{"error":"unavailable"}}`)
	h.turnTo(t, `{"location":{"error":""}}`)
	wantOK(t, h.call(t, "tt.startLocationUpdate", nil), "startLocationUpdate")
	h.turnTo(t, `{"location":{"error":"network"}}`)
	if len(h.events) != 2 || h.events[1] != (emitted{"locationChangeError", `{"errString":"Network error","errno":1700002}`}) {
		t.Fatalf("on failing: %+v", h.events)
	}
	// Moving while it fails, or failing the same way, says nothing; another
	// failure is told.
	h.turnTo(t, `{"location":{"latitude":31,"error":"network"}}`)
	h.turnTo(t, `{"location":{"error":"servicesOff"}}`)
	if len(h.events) != 3 || !strings.Contains(h.events[2].data, `"errno":1700006`) {
		t.Fatalf("another failure: %+v", h.events)
	}
	// Working again reports the position.
	h.turnTo(t, `{"location":{"error":""}}`)
	if len(h.events) != 4 || h.events[3].event != "locationChange" || !strings.Contains(h.events[3].data, `"latitude":31,`) {
		t.Fatalf("working again: %+v", h.events)
	}
	wantOK(t, h.call(t, "tt.stopLocationUpdate", nil), "stopLocationUpdate")
	h.turnTo(t, `{"location":{"error":"timeout"}}`)
	if len(h.events) != 4 {
		t.Errorf("after stop: %+v", h.events)
	}
	// getLocation fails with the network error too.
	wantFail(t, newHarness(t, notStrict, onAndroid, locationAllowed, `{"location":{"error":"network"}}`).call(t, "tt.getLocation", nil),
		"getLocation", ErrnoLocationNetwork, "Network error")
}

func TestLocationChangeErrorListeners(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	fn := []byte(`{"a":{"@@js":"Function"}}`)
	for api, payload := range map[string][]byte{"tt.onLocationChangeError": fn, "Taro.offLocationChangeError": fn, "tt.offLocationChangeError": []byte(`{}`)} {
		if res := h.Invoke(api, payload); res.Outcome != OutcomeOK {
			t.Errorf("%s(%s): %v", api, payload, res.Fields)
		}
	}
	if res := h.Invoke("tt.onLocationChangeError", []byte(`{}`)); res.Fields["errno"] != ErrnoInvalidParam {
		t.Errorf("onLocationChangeError(): %v", res.Fields)
	}
	h = newHarness(t, notStrict, clientPatch("android", "5.20.0"))
	if res := h.Invoke("tt.onLocationChangeError", fn); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("V5.20.0: %v", res.Fields)
	}
}
