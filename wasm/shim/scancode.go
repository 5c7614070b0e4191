package shim

import (
	"fmt"
	"slices"
)

// Errnos of tt.scanCode.
const (
	ErrnoScanning   = 1505001
	ErrnoScanCancel = 1505002
)

// DialogScan is the scanner scanCode opens.
const DialogScan = "scan"

// scanTypes are the codes the scanner reads, the default of scanType.
var scanTypes = []string{"qrCode", "barCode", "datamatrix", "pdf417"}

// Scanner is what the scanner reads, and whether a barcode can be typed
// in.
type Scanner struct {
	ScanTypes    []string `json:"scanType"`
	BarCodeInput bool     `json:"barCodeInput"`
}

func init() {
	register(&API{
		Namespace: "tt", Name: "scanCode", Kind: KindAsync, Taro: true, Asks: DialogScan,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`scanType` is not an array of `qrCode`, `barCode`, `datamatrix`, `pdf417`, " +
						"or `barCodeInput` is not a boolean"},
					{Errno: ErrnoScanning, When: "iOS, while another scanCode's scanner is open"},
					errTooManyDialogs,
					{Errno: ErrnoScanCancel, When: "cancelled: Cancel, Escape, `ttShim.answer(\"cancel\")`, " +
						"`answers: {scanCode: \"cancel\"}` or `ttShim.reset()`"}},
				Controls: []string{
					"`ttShim.answer({result, scanType})` or `\"cancel\"`, or `answers: {scanCode: …}`: what the camera sees",
					"`client.platform`: PC has no scanner (103)",
				},
			}
		}),
		Handle: scanCode,
	})
}

func scanCode(c *Call) Result {
	types, err := c.Args.Strings("scanType", false)
	if err != nil {
		return c.Param(err)
	}
	for _, t := range types {
		if !slices.Contains(scanTypes, t) {
			return c.Param(&ParamError{Name: "scanType", Reason: fmt.Sprintf("scanType %s is not one of %s", quoted(t), quoteAll(scanTypes))})
		}
	}
	// Before V5.18.0 the client reads every kind of code, whatever scanType says.
	if len(types) == 0 || !c.Shim.clientVersion().AtLeast("5.18.0") {
		types = scanTypes
	}
	barCodeInput, err := c.Args.Bool("barCodeInput", false)
	if err != nil {
		return c.Param(err)
	}
	cfg := c.Config()
	if cfg.Client.Platform == PlatformIOS && slices.ContainsFunc(c.Shim.dialogs, func(d *openDialog) bool {
		return d.question.Dialog.Kind == DialogScan
	}) {
		return c.Fail(ErrnoScanning, "Scanning now. Please do not call the API again")
	}
	scanner := Scanner{ScanTypes: slices.Clone(types),
		// Typing a barcode needs V3.14.0, a barcode to read, and is not on Harmony.
		BarCodeInput: barCodeInput && slices.Contains(types, "barCode") &&
			cfg.Client.Platform != PlatformHarmony && c.Shim.clientVersion().AtLeast("3.14.0")}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogScan, Scanner: &scanner, Dismiss: Answer{Choice: "cancel"}},
		Decide: func(a Answer) (Result, error) { return scanned(c, scanner, a) },
	})
}

// scanned answers scanCode with what the camera read, or the cancel.
func scanned(c *Call, scanner Scanner, a Answer) (Result, error) {
	if a.Choice == "cancel" {
		return c.Fail(ErrnoScanCancel, "User canceled scanning"), nil
	}
	result, ok := a.Fields["result"].(string)
	if a.Fields == nil || !ok {
		return Result{}, fmt.Errorf(`the scanner takes "cancel" or {result: "…", scanType: "qrCode"}`)
	}
	scanType := scanner.ScanTypes[0]
	if raw, named := a.Fields["scanType"]; named {
		scanType, _ = raw.(string)
	}
	if !slices.Contains(scanner.ScanTypes, scanType) {
		return Result{}, fmt.Errorf("this scanner reads %s, not %s", quoteAll(scanner.ScanTypes), valueText(a.Fields["scanType"]))
	}
	for key := range a.Fields {
		if key != "result" && key != "scanType" {
			return Result{}, fmt.Errorf("a scan has result and scanType, not %s", quoted(key))
		}
	}
	return c.OK(Fields{"result": result}), nil
}
