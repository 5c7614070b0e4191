// Tests of which picks the contact picker takes: a wrong answer leaves it
// open, single choice and maxNum allow their maximum, duplicates are
// returned (and counted) once, and single choice is one pick beside the
// locked rows.

package shim

import (
	"strings"
	"testing"
)

func TestChooseContactWrongAnswerLeavesThePickerOpen(t *testing.T) {
	_, withDepartments := ccAsk(t, newHarness(t, notStrict), map[string]any{"enableChooseDepartment": true})
	engineering := withDepartments.Picker.Departments[0]
	tests := []struct {
		name   string
		option map[string]any
		answer func(d Dialog) Answer
		err    string
	}{
		{"someone not in the directory", map[string]any{},
			func(Dialog) Answer { return Answer{Select: []string{ccID(ccLi), "ou_nobody"}} }, "ou_nobody is not in the picker"},
		{"the current user, ignored", map[string]any{"ignore": true},
			func(Dialog) Answer { return Answer{Select: ccIDs(ccZhang)} }, ccID(ccZhang) + " is not in the picker"},
		{"an external contact, left out", map[string]any{"externalContact": false},
			func(Dialog) Answer { return Answer{Select: ccIDs(ccIchiro)} }, ccID(ccIchiro) + " is not in the picker"},
		{"a unionId", map[string]any{},
			func(Dialog) Answer { return Answer{Select: []string{ccUser(ccLi).UnionID}} }, ccUser(ccLi).UnionID + " is not in the picker"},
		{"a department when departments are off", map[string]any{"enableChooseDepartment": false},
			func(Dialog) Answer { return Answer{Select: []string{engineering.OpenDepartmentID}} },
			engineering.OpenDepartmentID + " is not in the picker"},
		{"two in single mode", map[string]any{"multi": false},
			func(Dialog) Answer { return Answer{Select: ccIDs(ccLi, ccWang)} }, "the picker is single-choice, and 2 were picked"},
		{"a person and a department in single mode", map[string]any{"multi": false, "enableChooseDepartment": true},
			func(d Dialog) Answer {
				return Answer{Select: []string{ccID(ccLi), d.Picker.Departments[0].OpenDepartmentID}}
			}, "the picker is single-choice, and 2 were picked"},
		{"more than maxNum", map[string]any{"maxNum": 2},
			func(Dialog) Answer { return Answer{Select: ccIDs(ccLi, ccWang, ccChen)} }, "maxNum is 2, and 3 were picked"},
		{"allow", map[string]any{},
			func(Dialog) Answer { return Answer{Choice: "allow"} }, `the contact picker takes "cancel" or a list of openIds`},
		{"no answer at all", map[string]any{},
			func(Dialog) Answer { return Answer{} }, `the contact picker takes "cancel" or a list of openIds`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, notStrict)
			deliveries := ccRecord(h)
			id, d := ccAsk(t, h, tt.option)
			answer := tt.answer(d)
			err := h.Answer(id, answer, AnsweredByTest)
			if err == nil || !strings.Contains(err.Error(), tt.err) || !strings.Contains(err.Error(), "tt.chooseContact") {
				t.Fatalf("answer %v: error %v, want one naming tt.chooseContact and containing %q", answer, err, tt.err)
			}
			if open := h.Dialogs(); len(open) != 1 || open[0].ID != id {
				t.Errorf("open dialogs after a wrong answer: %+v", open)
			}
			if len(h.ui.closed) != 0 || len(*deliveries) != 0 {
				t.Errorf("a wrong answer closed %v, delivered %+v", h.ui.closed, *deliveries)
			}
			if calls := h.Calls(""); calls[0].Outcome != OutcomePending || calls[0].Dialog.Answer != nil {
				t.Errorf("a wrong answer settled the log entry: %+v", calls[0])
			}
			// The picker still takes a good answer.
			if err := h.Answer(id, Answer{Select: ccIDs(ccLi)}, AnsweredByTest); err != nil {
				t.Fatalf("a good answer after a wrong one: %v", err)
			}
			if len(*deliveries) != 1 || (*deliveries)[0].res.Outcome != OutcomeOK {
				t.Errorf("deliveries %+v", *deliveries)
			}
		})
	}
}

func TestChooseContactLimitsAllowTheirMaximum(t *testing.T) {
	tests := []struct {
		name   string
		option map[string]any
		picks  []string
		want   []string
	}{
		{"one in single mode", map[string]any{"multi": false}, ccIDs(ccLi), ccIDs(ccLi)},
		{"none in single mode", map[string]any{"multi": false}, []string{}, []string{}},
		{"maxNum exactly", map[string]any{"maxNum": 2}, ccIDs(ccLi, ccWang), ccIDs(ccLi, ccWang)},
		{"maxNum 1", map[string]any{"maxNum": 1}, ccIDs(ccEmily), ccIDs(ccEmily)},
		{"a duplicate counts once", map[string]any{"maxNum": 2}, ccIDs(ccLi, ccLi, ccWang), ccIDs(ccLi, ccWang)},
		{"duplicates in single mode", map[string]any{"multi": false}, ccIDs(ccLi, ccLi), ccIDs(ccLi)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, notStrict)
			deliveries := ccRecord(h)
			id, _ := ccAsk(t, h, tt.option)
			if err := h.Answer(id, Answer{Select: tt.picks}, AnsweredByTest); err != nil {
				t.Fatal(err)
			}
			ccWantData(t, (*deliveries)[0].res, tt.want)
		})
	}
}

func TestChooseContactDuplicatesAreReturnedOnce(t *testing.T) {
	tests := []struct {
		name     string
		disabled []string
		picks    []string
		want     []string
	}{
		{"a person picked twice", nil, ccIDs(ccLi, ccWang, ccLi), ccIDs(ccLi, ccWang)},
		{"a disabled person re-listed", ccIDs(ccWang), ccIDs(ccLi, ccWang), ccIDs(ccWang, ccLi)},
		{"a disabled person left out of the answer", ccIDs(ccWang, ccChen), ccIDs(ccLi), ccIDs(ccWang, ccChen, ccLi)},
		{"disabled people in directory order", ccIDs(ccChen, ccWang), nil, ccIDs(ccWang, ccChen)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, notStrict)
			deliveries := ccRecord(h)
			option := map[string]any{}
			if tt.disabled != nil {
				option["disableChosenIds"] = tt.disabled
			}
			id, _ := ccAsk(t, h, option)
			picks := tt.picks
			if picks == nil {
				picks = []string{}
			}
			if err := h.Answer(id, Answer{Select: picks}, AnsweredByTest); err != nil {
				t.Fatal(err)
			}
			ccWantData(t, (*deliveries)[0].res, tt.want)
		})
	}
}

func TestChooseContactDuplicateDepartmentsAreReturnedOnce(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, d := ccAsk(t, h, map[string]any{"enableChooseDepartment": true})
	eng := d.Picker.Departments[0]
	if err := h.Answer(id, Answer{Select: []string{eng.OpenDepartmentID, ccID(ccLi), eng.OpenDepartmentID, eng.DepartmentID}},
		AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	got, _ := (*deliveries)[0].res.Fields["department_data"].([]departmentResult)
	if len(got) != 1 {
		t.Errorf("a department picked more than once (its open ID twice, or both its IDs) is returned once per "+
			"mention in department_data (%d times: %+v), while a person picked twice is returned once", len(got), got)
	}
	ccWantData(t, (*deliveries)[0].res, ccIDs(ccLi))
}

func TestChooseContactDuplicateDepartmentsCountOnceAgainstMaxNum(t *testing.T) {
	h := newHarness(t, notStrict)
	id, d := ccAsk(t, h, map[string]any{"enableChooseDepartment": true, "maxNum": 2})
	eng := d.Picker.Departments[0]
	if err := h.Answer(id, Answer{Select: []string{eng.OpenDepartmentID, ccID(ccLi), eng.DepartmentID}}, AnsweredByTest); err != nil {
		t.Errorf("one department picked by both its IDs counts twice against maxNum 2: %v", err)
	}
}

// Single choice means one pick beside the rows chosen before and locked.
func TestChooseContactSingleChoiceBesideDisabledRows(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{"multi": false, "disableChosenIds": ccIDs(ccWang)})
	if err := h.Answer(id, Answer{Select: ccIDs(ccLi, ccChen)}, AnsweredByTest); err == nil {
		t.Fatalf("two picks taken in single mode")
	}
	if err := h.Answer(id, Answer{Select: ccIDs(ccLi)}, AnsweredByTest); err != nil {
		t.Fatalf("one pick beside a disabled row refused: %v", err)
	}
	ccWantData(t, (*deliveries)[0].res, ccIDs(ccWang, ccLi))
}
