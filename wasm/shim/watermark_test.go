package shim

import "testing"

func TestCheckWatermarkAnswersTheConfiguration(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "tt.checkWatermark", nil)
	wantOK(t, res, "checkWatermark")
	if res.Fields["hasWatermark"] != false {
		t.Errorf("default %v", res.Fields)
	}
	if err := h.Configure([]byte(`{"security":{"watermark":true}}`)); err != nil {
		t.Fatal(err)
	}
	if res := h.call(t, "tt.checkWatermark", nil); res.Fields["hasWatermark"] != true {
		t.Errorf("watermark on: %v", res.Fields)
	}
	// PC web apps from V3.47.0, as its page says.
	if res := newHarness(t, notStrict, clientPatch("pc", "3.46.0")).call(t, "tt.checkWatermark", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("PC 3.46.0: %v", res.Fields)
	}
	wantFail(t, newHarness(t).call(t, "tt.checkWatermark", nil), "checkWatermark", ErrnoAuthFail,
		"Authentication failed. Call h5sdk.config before tt.checkWatermark")
}
