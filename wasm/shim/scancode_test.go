package shim

import (
	"reflect"
	"testing"
)

const onAndroid = `{"client":{"platform":"android"}}`

func TestScanCodeAnswersWhatTheCameraSees(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	d := h.askDialog(t, "tt.scanCode", map[string]any{"scanType": []string{"barCode"}, "barCodeInput": true}, DialogScan)
	if want := (&Scanner{ScanTypes: []string{"barCode"}, BarCodeInput: true}); !reflect.DeepEqual(d.Scanner, want) {
		t.Fatalf("scanner %+v, want %+v", d.Scanner, want)
	}
	// A code the scanner does not read, or a wrong shape, leaves it open.
	for _, bad := range []Answer{fieldsAnswer(map[string]any{"result": "x", "scanType": "qrCode"}),
		fieldsAnswer(map[string]any{"scanType": "barCode"}), fieldsAnswer(map[string]any{"result": "x", "charSet": "utf-8"}), choiceAnswer("confirm")} {
		if err := h.Answer(d.ID, bad, AnsweredByTest); err == nil {
			t.Errorf("the scanner took %s", answerText(bad))
		}
	}
	res := h.answerDialog(t, d, fieldsAnswer(map[string]any{"result": "6901234567892"}))
	wantOK(t, res, "scanCode")
	if res.Fields["result"] != "6901234567892" {
		t.Errorf("result %v", res.Fields)
	}
}

func TestScanCodeDefaultsAndVersions(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	d := h.askDialog(t, "tt.scanCode", map[string]any{"barCodeInput": true}, DialogScan)
	if want := (&Scanner{ScanTypes: scanTypes, BarCodeInput: true}); !reflect.DeepEqual(d.Scanner, want) {
		t.Errorf("default scanner %+v", d.Scanner)
	}
	// barCodeInput needs a barcode to read.
	d = h.askDialog(t, "tt.scanCode", map[string]any{"scanType": []string{"qrCode"}, "barCodeInput": true}, DialogScan)
	if d.Scanner.BarCodeInput {
		t.Errorf("a QR-only scanner offers barcode input")
	}
	// Below V5.18.0 scanType is not read; below V3.14.0 nor barCodeInput.
	h = newHarness(t, gadget, notStrict, clientPatch("android", "3.13.0"))
	d = h.askDialog(t, "tt.scanCode", map[string]any{"scanType": []string{"qrCode"}, "barCodeInput": true}, DialogScan)
	if want := (&Scanner{ScanTypes: scanTypes}); !reflect.DeepEqual(d.Scanner, want) {
		t.Errorf("V3.13.0 scanner %+v", d.Scanner)
	}
	h = newHarness(t, notStrict, clientPatch("harmony", "7.45.0"))
	if d = h.askDialog(t, "tt.scanCode", map[string]any{"barCodeInput": true}, DialogScan); d.Scanner.BarCodeInput {
		t.Errorf("Harmony offers barcode input")
	}
}

func TestScanCodeCancel(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid)
	d := h.askDialog(t, "tt.scanCode", nil, DialogScan)
	wantFail(t, h.answerDialog(t, d, choiceAnswer("cancel")), "scanCode", ErrnoScanCancel, "User canceled scanning")
	if err := h.Configure([]byte(`{"answers":{"scanCode":"cancel"}}`)); err != nil {
		t.Fatal(err)
	}
	wantFail(t, h.call(t, "tt.scanCode", nil), "scanCode", ErrnoScanCancel, "User canceled scanning")
	if err := h.Configure([]byte(`{"answers":{"scanCode":{"result":"https://example.cn","scanType":"qrCode"}}}`)); err != nil {
		t.Fatal(err)
	}
	if res := h.call(t, "tt.scanCode", nil); res.Fields["result"] != "https://example.cn" {
		t.Errorf("preset answer gave %v", res.Fields)
	}
}

func TestScanCodeErrors(t *testing.T) {
	h := newHarness(t, notStrict)
	if res := h.call(t, "tt.scanCode", nil); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("PC: %v", res.Fields)
	}
	h = newHarness(t, notStrict, onAndroid)
	wantFail(t, h.call(t, "tt.scanCode", map[string]any{"scanType": "qrCode"}), "scanCode", ErrnoInvalidParam, "Parameter error. scanType is of wrong type")
	wantFail(t, h.call(t, "tt.scanCode", map[string]any{"scanType": []string{"ean13"}}), "scanCode", ErrnoInvalidParam,
		`Parameter error. scanType "ean13" is not one of "qrCode", "barCode", "datamatrix", "pdf417"`)
	wantFail(t, h.call(t, "tt.scanCode", map[string]any{"barCodeInput": "yes"}), "scanCode", ErrnoInvalidParam, "Parameter error. barCodeInput is of wrong type")
	// iOS refuses a second scanner while one is open; Android queues it.
	h.askDialog(t, "tt.scanCode", nil, DialogScan)
	h.askDialog(t, "tt.scanCode", nil, DialogScan)
	h = newHarness(t, notStrict, `{"client":{"platform":"ios"}}`)
	h.askDialog(t, "tt.scanCode", nil, DialogScan)
	wantFail(t, h.call(t, "tt.scanCode", nil), "scanCode", ErrnoScanning, "Scanning now. Please do not call the API again")
}

// A legacy name is answered in advance by the name of the API it maps to.
func TestScanCodeLegacyNameTakesScanCodesAnswer(t *testing.T) {
	h := newHarness(t, notStrict, onAndroid, `{"answers":{"scanCode":{"result":"legacy"}}}`)
	res := h.call(t, "h5sdk.biz.util.scan", nil)
	if res.Outcome != OutcomeOK || res.Fields["result"] != "legacy" {
		t.Errorf("h5sdk.biz.util.scan answered %s %v", res.Outcome, res.Fields)
	}
}
