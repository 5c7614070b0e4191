package shim

import (
	"reflect"
	"strings"
	"testing"
)

func TestContactPickerConfigDefaultIsAsk(t *testing.T) {
	cfg := DefaultConfig()
	if cfg.ContactPicker.Mode != PickerAsk || cfg.ContactPicker.Select != nil {
		t.Errorf("default contactPicker %+v", cfg.ContactPicker)
	}
	if !strings.Contains(string(cfg.JSON()), `"contactPicker":"ask"`) {
		t.Errorf("default configuration JSON %s", cfg.JSON())
	}
}

func TestContactPickerConfigAccepts(t *testing.T) {
	a, b := DefaultTenant()[1].OpenID, DefaultTenant()[2].OpenID
	tests := []struct {
		patch string
		want  ContactPicker
		json  string
	}{
		{`{"contactPicker":"ask"}`, ContactPicker{Mode: PickerAsk}, `"contactPicker":"ask"`},
		{`{"contactPicker":"cancel"}`, ContactPicker{Mode: PickerCancel}, `"contactPicker":"cancel"`},
		{`{"contactPicker":{"select":[]}}`, ContactPicker{Mode: PickerSelect, Select: []string{}}, `"contactPicker":{"select":[]}`},
		{`{"contactPicker":{"select":["` + b + `","` + a + `"]}}`, ContactPicker{Mode: PickerSelect, Select: []string{b, a}},
			`"contactPicker":{"select":["` + b + `","` + a + `"]}`},
		// Any id is accepted: whether it is in the picker is only known when
		// the picker opens.
		{`{"contactPicker":{"select":["ou_nobody"]}}`, ContactPicker{Mode: PickerSelect, Select: []string{"ou_nobody"}},
			`"contactPicker":{"select":["ou_nobody"]}`},
	}
	for _, tt := range tests {
		t.Run(tt.patch, func(t *testing.T) {
			cfg := mustParse(t, tt.patch)
			if !reflect.DeepEqual(cfg.ContactPicker, tt.want) {
				t.Fatalf("contactPicker %+v, want %+v", cfg.ContactPicker, tt.want)
			}
			if !strings.Contains(string(cfg.JSON()), tt.json) {
				t.Errorf("JSON %s lacks %s", cfg.JSON(), tt.json)
			}
			// config() fed back to configure gives the same configuration.
			again, err := ParseConfig(cfg.JSON())
			if err != nil || !reflect.DeepEqual(again, cfg) {
				t.Errorf("round trip: %v\n%+v\n%+v", err, cfg.ContactPicker, again.ContactPicker)
			}
			same, err := ApplyPatches(DefaultConfig(), cfg.JSON())
			if err != nil || !reflect.DeepEqual(same, cfg) {
				t.Errorf("ApplyPatches(config()): %v %+v", err, same.ContactPicker)
			}
		})
	}
}

func TestContactPickerConfigPatchesReplace(t *testing.T) {
	a, b := DefaultTenant()[1].OpenID, DefaultTenant()[2].OpenID
	picking := mustParse(t, `{"contactPicker":{"select":["`+a+`","`+b+`"]}}`)
	steps := []struct {
		patch string
		want  ContactPicker
	}{
		{`{"contactPicker":{"select":["` + b + `"]}}`, ContactPicker{Mode: PickerSelect, Select: []string{b}}},
		{`{"contactPicker":"cancel"}`, ContactPicker{Mode: PickerCancel}},
		{`{"contactPicker":{"select":["` + a + `"]}}`, ContactPicker{Mode: PickerSelect, Select: []string{a}}},
		{`{"contactPicker":"ask"}`, ContactPicker{Mode: PickerAsk}},
	}
	cfg := picking
	for _, step := range steps {
		next, err := ApplyPatches(cfg, []byte(step.patch))
		if err != nil {
			t.Fatalf("ApplyPatches(%s): %v", step.patch, err)
		}
		if !reflect.DeepEqual(next.ContactPicker, step.want) {
			t.Errorf("after %s: %+v, want %+v", step.patch, next.ContactPicker, step.want)
		}
		cfg = next
	}
	if !reflect.DeepEqual(picking.ContactPicker.Select, []string{a, b}) {
		t.Errorf("ApplyPatches changed its base: %+v", picking.ContactPicker)
	}
	// A patch about something else keeps the picker's answer.
	other, err := ApplyPatches(picking, []byte(`{"client":{"language":"en_US"}}`))
	if err != nil || !reflect.DeepEqual(other.ContactPicker, picking.ContactPicker) {
		t.Errorf("an unrelated patch: %v %+v", err, other.ContactPicker)
	}
}

func TestContactPickerConfigRejects(t *testing.T) {
	const want = `"contactPicker" should be "ask", "cancel" or {"select": [openIds]}, got `
	tests := []struct{ patch, err string }{
		{`{"contactPicker":"allow"}`, `"contactPicker" should be one of "ask", "cancel", got "allow"`},
		{`{"contactPicker":"select"}`, `"contactPicker" should be one of "ask", "cancel", got "select"`},
		{`{"contactPicker":"Cancel"}`, `"contactPicker" should be one of "ask", "cancel", got "Cancel"`},
		{`{"contactPicker":5}`, want + "number"},
		{`{"contactPicker":true}`, want + "boolean"},
		{`{"contactPicker":null}`, want + "null"},
		{`{"contactPicker":["ou_x"]}`, want + "array"},
		{`{"contactPicker":{"select":"x"}}`, `"contactPicker.select" should be an array, got string`},
		{`{"contactPicker":{"select":null}}`, `"contactPicker.select" should be an array, got null`},
		{`{"contactPicker":{"pick":[]}}`, `unknown key "contactPicker.pick"`},
		{`{"contactPicker":{}}`, `configuration: "contactPicker" needs "select": [openIds]`},
		{`{"contactPicker":{"select":[],"cancel":true}}`, `unknown key "contactPicker.cancel"`},
		{`{"contactPicker":{"select":[1]}}`, `"contactPicker.select[0]" should be a string, got number`},
		{`{"contactPicker":{"select":["ou_a",{"id":"ou_b"}]}}`, `"contactPicker.select[1]" should be a string, got object`},
	}
	for _, tt := range tests {
		t.Run(tt.patch, func(t *testing.T) {
			if _, err := parse(t, tt.patch); err == nil || err.Error() != tt.err {
				t.Fatalf("error %v,\nwant      %s", err, tt.err)
			}
			// Configure refuses it and changes nothing.
			h := newHarness(t, `{"contactPicker":"cancel"}`)
			before := string(h.Config().JSON())
			if err := h.Configure([]byte(tt.patch)); err == nil || err.Error() != tt.err {
				t.Errorf("Configure: %v", err)
			}
			if after := string(h.Config().JSON()); after != before {
				t.Errorf("a refused patch changed the configuration")
			}
		})
	}
}

func TestContactPickerConfigCancel(t *testing.T) {
	h := newHarness(t, notStrict, `{"contactPicker":"cancel"}`)
	deliveries := ccRecord(h)
	res := h.call(t, "tt.chooseContact", map[string]any{})
	want := Fields{"errMsg": "chooseContact:cancel", "errno": ErrnoPickerCancel, "errString": "user cancel"}
	if res.Outcome != OutcomeCancel || res.Pending != 0 || !reflect.DeepEqual(res.Fields, want) {
		t.Fatalf("answered %s %v (pending %d)", res.Outcome, res.Fields, res.Pending)
	}
	if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 || len(*deliveries) != 0 {
		t.Errorf("a configured answer showed %+v, left %+v open, delivered %+v", h.ui.dialogs, h.Dialogs(), *deliveries)
	}
	calls := h.Calls("chooseContact")
	wantRecord := &DialogRecord{Kind: DialogContacts, Answer: &Answer{Choice: PickerCancel}, AnsweredBy: AnsweredByConfig}
	if len(calls) != 1 || calls[0].Outcome != OutcomeCancel || !reflect.DeepEqual(calls[0].Dialog, wantRecord) {
		t.Errorf("call log %+v", calls)
	}
	ccSameJSON(t, calls[0].Dialog, `{"kind":"contacts","answer":"cancel","answeredBy":"configuration"}`)
}

func TestContactPickerConfigSelect(t *testing.T) {
	wang, li := DefaultTenant()[ccWang], DefaultTenant()[ccLi]
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`,
		`{"contactPicker":{"select":["`+wang.OpenID+`","`+li.OpenID+`"]}}`)
	deliveries := ccRecord(h)
	res := h.call(t, "tt.chooseContact", map[string]any{})
	if res.Outcome != OutcomeOK || res.Pending != 0 {
		t.Fatalf("answered %s %v", res.Outcome, res.Fields)
	}
	ccSameJSON(t, res.Fields, ccOKJSON([]string{ccPersonJSON(wang, "Wang Fang"), ccPersonJSON(li, "Li Na")}, `[]`))
	if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 || len(*deliveries) != 0 {
		t.Errorf("a configured answer showed a picker")
	}
	calls := h.Calls("chooseContact")
	if len(calls) != 1 || calls[0].Outcome != OutcomeOK || !reflect.DeepEqual(calls[0].Result, res.Fields) {
		t.Fatalf("call log %+v", calls)
	}
	ccSameJSON(t, calls[0].Dialog, `{"kind":"contacts","answer":["`+wang.OpenID+`","`+li.OpenID+`"],"answeredBy":"configuration"}`)

	// The options still apply: disabled people come first.
	res = h.call(t, "tt.chooseContact", map[string]any{"disableChosenIds": ccIDs(ccChen)})
	ccWantData(t, res, ccIDs(ccChen, ccWang, ccLi))
	// The configured list is not consumed by a call.
	if got := h.Config().ContactPicker.Select; !reflect.DeepEqual(got, ccIDs(ccWang, ccLi)) {
		t.Errorf("the configured select became %v", got)
	}
	// Taro's twin answers the same way.
	ccWantData(t, h.call(t, "Taro.chooseContact", map[string]any{}), ccIDs(ccWang, ccLi))
}

func TestContactPickerConfigSelectDepartment(t *testing.T) {
	_, d := ccAsk(t, newHarness(t, notStrict), map[string]any{"enableChooseDepartment": true})
	sales := d.Picker.Departments[3]
	h := newHarness(t, notStrict, `{"contactPicker":{"select":["`+sales.OpenDepartmentID+`"]}}`)
	res := h.call(t, "tt.chooseContact", map[string]any{"enableChooseDepartment": true})
	ccSameJSON(t, res.Fields, `{"errMsg":"chooseContact:ok","data":[],"department_data":[{"departmentId":"`+
		sales.DepartmentID+`","openDepartmentId":"`+sales.OpenDepartmentID+`"}]}`)
}

func TestContactPickerConfigSelectThatDoesNotFit(t *testing.T) {
	tests := []struct {
		name   string
		picker string
		option map[string]any
		want   string // in errString
	}{
		{"someone not in the directory", `{"select":["` + ccID(ccLi) + `","ou_nobody"]}`, map[string]any{}, "ou_nobody"},
		{"the ignored current user", `{"select":["` + ccID(ccZhang) + `"]}`, map[string]any{"ignore": true}, ccID(ccZhang)},
		{"an external contact left out", `{"select":["` + ccID(ccEmily) + `"]}`, map[string]any{"externalContact": false}, ccID(ccEmily)},
		{"two in single mode", `{"select":["` + ccID(ccLi) + `","` + ccID(ccWang) + `"]}`, map[string]any{"multi": false}, "single-choice"},
		{"more than maxNum", `{"select":["` + ccID(ccLi) + `","` + ccID(ccWang) + `"]}`, map[string]any{"maxNum": 1}, "maxNum is 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, notStrict, `{"contactPicker":`+tt.picker+`}`)
			deliveries := ccRecord(h)
			res := h.call(t, "tt.chooseContact", tt.option)
			if res.Outcome != OutcomeFail || res.Pending != 0 {
				t.Fatalf("answered %s %v (pending %d)", res.Outcome, res.Fields, res.Pending)
			}
			errno, _ := res.Fields["errno"].(int)
			errString, _ := res.Fields["errString"].(string)
			if errno == 0 || !strings.Contains(errString, tt.want) || !strings.Contains(errString, "contactPicker") &&
				!strings.Contains(errString, "configuration") {
				t.Errorf("errno %d, errString %q: want one naming %q and the configuration", errno, errString, tt.want)
			}
			if res.Fields["errMsg"] != "chooseContact:fail "+errString {
				t.Errorf("errMsg %q", res.Fields["errMsg"])
			}
			if len(h.ui.dialogs) != 0 || len(h.Dialogs()) != 0 || len(*deliveries) != 0 {
				t.Errorf("a configured answer that does not fit left a picker")
			}
			if calls := h.Calls(""); len(calls) != 1 || calls[0].Outcome != OutcomeFail {
				t.Errorf("call log %+v", calls)
			}
		})
	}
}

func TestContactPickerConfigAskPends(t *testing.T) {
	h := newHarness(t, notStrict, `{"contactPicker":{"select":[]}}`, `{"contactPicker":"ask"}`)
	id, _ := ccAsk(t, h, map[string]any{})
	if len(h.Dialogs()) != 1 || h.Calls("")[0].Outcome != OutcomePending {
		t.Errorf("ask did not leave the call waiting")
	}
	// Configure can switch a live page to answer by itself; the open picker
	// still waits for its answer.
	if err := h.Configure([]byte(`{"contactPicker":"cancel"}`)); err != nil {
		t.Fatal(err)
	}
	if res := h.call(t, "tt.chooseContact", map[string]any{}); res.Outcome != OutcomeCancel {
		t.Errorf("after Configure cancel: %s %v", res.Outcome, res.Fields)
	}
	if open := h.Dialogs(); len(open) != 1 || open[0].ID != id {
		t.Errorf("open dialogs %+v", open)
	}
}
