// Tests of the chooseContact options refused before any picker opens:
// wrong types and bad maxNum values in tt's and Taro's wording, and
// chosenIds overlapping disableChosenIds.

package shim

import (
	"strings"
	"testing"
)

func ccParameterCases() []struct {
	name        string
	option      map[string]any
	tt, taro    string
	chooseStart bool
} {
	nan := map[string]any{"@@js": "Number", "v": "NaN"}
	inf := map[string]any{"@@js": "Number", "v": "Infinity"}
	return []struct {
		name        string
		option      map[string]any
		tt, taro    string
		chooseStart bool
	}{
		{"multi a string", map[string]any{"multi": "yes"},
			"Parameter error. multi is of wrong type", "parameter error: parameter.multi should be Boolean instead of String", false},
		{"ignore a number", map[string]any{"ignore": 1},
			"Parameter error. ignore is of wrong type", "parameter error: parameter.ignore should be Boolean instead of Number", false},
		{"externalContact a string", map[string]any{"externalContact": "false"},
			"Parameter error. externalContact is of wrong type",
			"parameter error: parameter.externalContact should be Boolean instead of String", false},
		{"enableChooseDepartment an array", map[string]any{"enableChooseDepartment": []any{}},
			"Parameter error. enableChooseDepartment is of wrong type",
			"parameter error: parameter.enableChooseDepartment should be Boolean instead of Array", false},
		{"maxNum a string", map[string]any{"maxNum": "3"},
			"Parameter error. maxNum is of wrong type", "parameter error: parameter.maxNum should be Number instead of String", false},
		{"maxNum 0", map[string]any{"maxNum": 0},
			"Parameter error. maxNum should be a positive integer, got 0", "parameter error: maxNum should be a positive integer, got 0", false},
		{"maxNum -1", map[string]any{"maxNum": -1},
			"Parameter error. maxNum should be a positive integer, got -1", "parameter error: maxNum should be a positive integer, got -1", false},
		{"maxNum 1.5", map[string]any{"maxNum": 1.5},
			"Parameter error. maxNum should be a positive integer, got 1.5", "parameter error: maxNum should be a positive integer, got 1.5", false},
		{"maxNum 1e10", map[string]any{"maxNum": 1e10},
			"Parameter error. maxNum should be a positive integer, got 1e+10", "parameter error: maxNum should be a positive integer, got 1e+10", false},
		{"maxNum NaN", map[string]any{"maxNum": nan}, "Parameter error. maxNum is of wrong type", "", false},
		{"maxNum Infinity", map[string]any{"maxNum": inf}, "Parameter error. maxNum is of wrong type", "", false},
		{"limitTips a number", map[string]any{"limitTips": 5},
			"Parameter error. limitTips is of wrong type", "parameter error: parameter.limitTips should be String instead of Number", false},
		{"chosenIds a string", map[string]any{"chosenIds": "ou_x"},
			"Parameter error. chosenIds is of wrong type", "parameter error: parameter.chosenIds should be Array instead of String", false},
		{"chosenIds holding a number", map[string]any{"chosenIds": []any{"ou_x", 1}},
			"Parameter error. chosenIds must hold only strings", "parameter error: chosenIds must hold only strings", false},
		{"disableChosenIds an object", map[string]any{"disableChosenIds": map[string]any{}},
			"Parameter error. disableChosenIds is of wrong type",
			"parameter error: parameter.disableChosenIds should be Array instead of Object", false},
		{"the first bad option is named", map[string]any{"maxNum": 0, "multi": 1, "chosenIds": 2},
			"Parameter error. multi is of wrong type", "parameter error: parameter.multi should be Boolean instead of Number", false},
		{"maxNum 1 is fine", map[string]any{"maxNum": 1}, "", "", true},
		{"maxNum 2.0 is fine", map[string]any{"maxNum": 2.0}, "", "", true},
	}
}

func TestChooseContactParameterErrors(t *testing.T) {
	for _, tt := range ccParameterCases() {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, notStrict)
			res := h.call(t, "tt.chooseContact", tt.option)
			if tt.chooseStart {
				if res.Outcome != OutcomePending || len(h.ui.dialogs) != 1 {
					t.Errorf("answered %s %v", res.Outcome, res.Fields)
				}
				return
			}
			wantFail(t, res, "chooseContact", ErrnoInvalidParam, tt.tt)
			if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 {
				t.Errorf("a picker opened despite the error")
			}
		})
	}
}

func TestTaroChooseContactParameterErrors(t *testing.T) {
	for _, tt := range ccParameterCases() {
		if tt.chooseStart || tt.taro == "" {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, notStrict)
			wantFail(t, h.call(t, "Taro.chooseContact", tt.option), "chooseContact", ErrnoInvalidParam, tt.taro)
			if len(h.ui.dialogs) != 0 {
				t.Errorf("a picker opened despite the error")
			}
		})
	}
}

func TestTaroChooseContactNaNMaxNum(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "Taro.chooseContact", map[string]any{"maxNum": map[string]any{"@@js": "Number", "v": "NaN"}})
	if res.Outcome != OutcomeFail || res.Fields["errno"] != ErrnoInvalidParam {
		t.Fatalf("Taro.chooseContact with maxNum NaN answered %s %v", res.Outcome, res.Fields)
	}
	if s := res.Fields["errString"].(string); strings.Contains(s, "should be Number instead of Number") {
		t.Errorf("Taro's wording of a NaN (or ±Infinity) number contradicts itself: %q; "+
			"Call.Param words it from ParamError.Got, which jsonwire.JSType reports as \"Number\" for the NaN tag", s)
	}
}

func TestChooseContactOverlap(t *testing.T) {
	for _, api := range []string{"tt.chooseContact", "Taro.chooseContact"} {
		t.Run(api, func(t *testing.T) {
			h := newHarness(t, notStrict)
			deliveries := ccRecord(h)
			res := h.call(t, api, map[string]any{
				"chosenIds":        ccIDs(ccLi, ccWang),
				"disableChosenIds": ccIDs(ccChen, ccWang),
			})
			wantFail(t, res, "chooseContact", ErrnoChosenOverlap, "chosenIds and disableChosenIds overlap: "+ccID(ccWang))
			if ErrnoChosenOverlap != 1003001 {
				t.Errorf("ErrnoChosenOverlap = %d", ErrnoChosenOverlap)
			}
			if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 || len(*deliveries) != 0 {
				t.Errorf("the overlap opened a picker: %+v", h.ui.dialogs)
			}
			calls := h.Calls(api)
			if len(calls) != 1 || calls[0].Outcome != OutcomeFail || calls[0].Dialog != nil {
				t.Errorf("call log %+v", calls)
			}
		})
	}
	// Either list alone is fine.
	ccAsk(t, newHarness(t, notStrict), map[string]any{"chosenIds": ccIDs(ccLi), "disableChosenIds": []string{}})
	ccAsk(t, newHarness(t, notStrict), map[string]any{"chosenIds": []string{}, "disableChosenIds": ccIDs(ccLi)})
}
