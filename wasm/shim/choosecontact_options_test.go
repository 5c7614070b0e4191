// Tests of the contact picker that chooseContact's options put on screen:
// the defaults, null options, ignore, externalContact, departments,
// chosen and locked rows, multi/maxNum/limitTips, and the picker's search
// (PickerPerson.Matches).

package shim

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

func TestChooseContactDefaults(t *testing.T) {
	h := newHarness(t, notStrict)
	id, d := ccAsk(t, h, map[string]any{})
	if d.Kind != DialogContacts || d.API != "tt.chooseContact" || d.Language != "zh_CN" || d.Mobile || d.Consent != nil {
		t.Errorf("dialog %+v", d)
	}
	if d.Dismiss.Choice != PickerCancel || d.Dismiss.Select != nil {
		t.Errorf("closing the picker means %+v, want cancel", d.Dismiss)
	}
	p := d.Picker
	if !p.Multi || p.MaxNum != 0 || p.LimitTips != "" || p.Departments != nil {
		t.Errorf("picker defaults: multi=%v maxNum=%d limitTips=%q departments=%v", p.Multi, p.MaxNum, p.LimitTips, p.Departments)
	}
	// Everyone, the current user and external contacts included, in
	// directory order, none chosen.
	var want []PickerPerson
	for _, u := range DefaultTenant() {
		want = append(want, PickerPerson{OpenID: u.OpenID, UnionID: u.UnionID, Name: u.Name, Department: u.Department, Avatar: u.Avatar, External: u.External})
	}
	if !reflect.DeepEqual(p.People, want) {
		t.Errorf("people %+v,\nwant   %+v", p.People, want)
	}
	if got := h.Dialogs(); len(got) != 1 || got[0].ID != id {
		t.Errorf("open dialogs %+v", got)
	}
	calls := h.Calls("tt.chooseContact")
	if len(calls) != 1 || calls[0].Outcome != OutcomePending || calls[0].Result != nil ||
		!reflect.DeepEqual(calls[0].Dialog, &DialogRecord{Kind: DialogContacts}) {
		t.Errorf("call log %+v", calls)
	}
	// The UI reads the picker as JSON.
	data, _ := json.Marshal(d)
	for _, key := range []string{`"kind":"contacts"`, `"api":"tt.chooseContact"`, `"multi":true`, `"people":[{"openId":`,
		`"name":{"zh_cn":"张伟","en_us":"Zhang Wei","ja_jp":"チョウ・イ"}`, `"department":{"zh_cn":"工程部"`, `"external":true`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("the dialog's JSON lacks %s: %s", key, data)
		}
	}
	for _, key := range []string{`"maxNum"`, `"limitTips"`, `"departments"`, `"chosen"`, `"disabled"`} {
		if strings.Contains(string(data), key) {
			t.Errorf("the default dialog's JSON has %s: %s", key, data)
		}
	}
}

func TestChooseContactNullOptionsAreDefaults(t *testing.T) {
	h := newHarness(t, notStrict)
	_, d := ccAsk(t, h, map[string]any{"multi": nil, "ignore": nil, "externalContact": nil, "enableChooseDepartment": nil,
		"limitTips": nil, "chosenIds": nil, "disableChosenIds": nil})
	if !d.Picker.Multi || len(d.Picker.People) != len(DefaultTenant()) || d.Picker.Departments != nil {
		t.Errorf("picker %+v", d.Picker)
	}
}

func TestChooseContactNullMaxNumIsNoLimit(t *testing.T) {
	h := newHarness(t, notStrict)
	res := h.call(t, "tt.chooseContact", map[string]any{"maxNum": nil})
	if res.Outcome != OutcomePending {
		t.Fatalf("maxNum: null is refused (%v) although every other option, and Args.Number itself, treats null "+
			"as absent; the errString even claims \"got 0\", a value the page never passed", res.Fields)
	}
	if p := h.ui.dialogs[0].Picker; p.MaxNum != 0 {
		t.Errorf("maxNum %d", p.MaxNum)
	}
}

func TestChooseContactDialogFollowsTheClient(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"platform":"ios","language":"ja_JP"}}`)
	_, d := ccAsk(t, h, map[string]any{})
	if !d.Mobile || d.Language != "ja_JP" {
		t.Errorf("dialog on iOS in Japanese: mobile=%v language=%q", d.Mobile, d.Language)
	}
}

func TestChooseContactIgnore(t *testing.T) {
	tests := []struct {
		name    string
		patches []string
		option  map[string]any
		left    string // who is left out; "" for no one
	}{
		{"ignore true", nil, map[string]any{"ignore": true}, ccID(ccZhang)},
		{"ignore false", nil, map[string]any{"ignore": false}, ""},
		{"ignore true, someone else signed in", []string{`{"currentUser":"` + ccID(ccLi) + `"}`},
			map[string]any{"ignore": true}, ccID(ccLi)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, append([]string{notStrict}, tt.patches...)...)
			_, d := ccAsk(t, h, tt.option)
			want := []string{}
			for _, u := range DefaultTenant() {
				if u.OpenID != tt.left {
					want = append(want, u.OpenID)
				}
			}
			if got := ccPeopleIDs(d.Picker.People); !reflect.DeepEqual(got, want) {
				t.Errorf("people %v,\nwant   %v", got, want)
			}
		})
	}
}

func TestChooseContactExternalContact(t *testing.T) {
	for _, external := range []bool{true, false} {
		h := newHarness(t, notStrict)
		_, d := ccAsk(t, h, map[string]any{"externalContact": external})
		want := []string{}
		for _, u := range DefaultTenant() {
			if external || !u.External {
				want = append(want, u.OpenID)
			}
		}
		if got := ccPeopleIDs(d.Picker.People); !reflect.DeepEqual(got, want) {
			t.Errorf("externalContact %v: people %v,\nwant %v", external, got, want)
		}
		if !external && len(want) != 10 {
			t.Errorf("externalContact false left %d people, want the 10 colleagues", len(want))
		}
	}
}

var (
	ccDepartmentID     = regexp.MustCompile(`^D[0-9a-f]{8}$`)
	ccOpenDepartmentID = regexp.MustCompile(`^od-[0-9a-f]{32}$`)
)

func TestChooseContactDepartments(t *testing.T) {
	h := newHarness(t, notStrict)
	_, d := ccAsk(t, h, map[string]any{"enableChooseDepartment": true})
	depts := d.Picker.Departments
	var names []string
	seen := map[string]bool{}
	for _, dept := range depts {
		names = append(names, dept.Name.EnUS)
		if !ccDepartmentID.MatchString(dept.DepartmentID) || !ccOpenDepartmentID.MatchString(dept.OpenDepartmentID) {
			t.Errorf("department %s has IDs %q, %q", dept.Name.EnUS, dept.DepartmentID, dept.OpenDepartmentID)
		}
		if seen[dept.DepartmentID] || seen[dept.OpenDepartmentID] {
			t.Errorf("department %s shares an ID", dept.Name.EnUS)
		}
		seen[dept.DepartmentID], seen[dept.OpenDepartmentID] = true, true
	}
	// The tenant's own departments, each once, never the external
	// contacts' company.
	if want := []string{"Engineering", "Product", "Design", "Sales", "People"}; !reflect.DeepEqual(names, want) {
		t.Errorf("departments %v, want %v", names, want)
	}
	if depts[0].Name != (I18n{ZhCN: "工程部", EnUS: "Engineering", JaJP: "エンジニアリング部"}) {
		t.Errorf("department name %+v", depts[0].Name)
	}
	data, _ := json.Marshal(depts[0])
	if want := `{"departmentId":"` + depts[0].DepartmentID + `","openDepartmentId":"` + depts[0].OpenDepartmentID +
		`","name":{"zh_cn":"工程部","en_us":"Engineering","ja_jp":"エンジニアリング部"}}`; string(data) != want {
		t.Errorf("department JSON %s,\nwant %s", data, want)
	}
	// People stay pickable alongside departments.
	if len(d.Picker.People) != len(DefaultTenant()) {
		t.Errorf("%d people with departments on", len(d.Picker.People))
	}

	// The IDs are stable: the same on another load, in another language,
	// with another directory holding the department.
	again := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`,
		`{"users":[{"name":{"en_us":"Ada"},"department":{"zh_cn":"销售部","en_us":"Sales"}},`+
			`{"name":{"en_us":"Grace"},"department":{"zh_cn":"工程部","en_us":"Engineering"}}]}`)
	_, d2 := ccAsk(t, again, map[string]any{"enableChooseDepartment": true})
	if len(d2.Picker.Departments) != 2 {
		t.Fatalf("departments of a two-person tenant: %+v", d2.Picker.Departments)
	}
	sales, eng := d2.Picker.Departments[0], d2.Picker.Departments[1]
	if sales.DepartmentID != depts[3].DepartmentID || sales.OpenDepartmentID != depts[3].OpenDepartmentID ||
		eng.DepartmentID != depts[0].DepartmentID || eng.OpenDepartmentID != depts[0].OpenDepartmentID {
		t.Errorf("department IDs changed between loads: %+v vs %+v", d2.Picker.Departments, depts)
	}
}

func TestChooseContactExternalOnlyDepartmentIsNotListed(t *testing.T) {
	h := newHarness(t, notStrict, `{"users":[{"name":{"en_us":"Ada"},"department":{"en_us":"Research"}},`+
		`{"name":{"en_us":"Bob"},"department":{"en_us":"Vendor Inc."},"external":true},`+
		`{"name":{"en_us":"Cy"}}]}`)
	_, d := ccAsk(t, h, map[string]any{"enableChooseDepartment": true})
	if got := d.Picker.Departments; len(got) != 1 || got[0].Name.EnUS != "Research" {
		t.Errorf("departments %+v, want Research alone (no external company, no empty department)", got)
	}
}

func TestChooseContactChosenRows(t *testing.T) {
	h := newHarness(t, notStrict)
	_, d := ccAsk(t, h, map[string]any{
		"chosenIds":        []string{ccID(ccLi), "ou_not_in_the_directory"},
		"disableChosenIds": []string{ccID(ccWang), ccID(ccEmily)},
	})
	for _, p := range d.Picker.People {
		wantChosen := p.OpenID == ccID(ccLi) || p.OpenID == ccID(ccWang) || p.OpenID == ccID(ccEmily)
		wantDisabled := p.OpenID == ccID(ccWang) || p.OpenID == ccID(ccEmily)
		if p.Chosen != wantChosen || p.Disabled != wantDisabled {
			t.Errorf("%s: chosen=%v disabled=%v, want %v %v", p.Name.EnUS, p.Chosen, p.Disabled, wantChosen, wantDisabled)
		}
	}
	if len(d.Picker.People) != len(DefaultTenant()) {
		t.Errorf("an unknown chosen id changed the picker: %d people", len(d.Picker.People))
	}
}

func TestChooseContactLimits(t *testing.T) {
	h := newHarness(t, notStrict)
	_, d := ccAsk(t, h, map[string]any{"multi": false, "maxNum": 3, "limitTips": "最多选 3 人"})
	if p := d.Picker; p.Multi || p.MaxNum != 3 || p.LimitTips != "最多选 3 人" {
		t.Errorf("picker multi=%v maxNum=%d limitTips=%q", p.Multi, p.MaxNum, p.LimitTips)
	}
	data, _ := json.Marshal(d.Picker)
	if !strings.Contains(string(data), `"multi":false,"maxNum":3,"limitTips":"最多选 3 人"`) {
		t.Errorf("picker JSON %s", data)
	}
}

func TestPickerPersonMatches(t *testing.T) {
	p := PickerPerson{Name: I18n{ZhCN: "艾米丽·卡特", EnUS: "Emily Carter", JaJP: "エミリー・カーター"},
		Department: I18n{EnUS: "Partner Co., Ltd."}}
	tests := []struct {
		query string
		want  bool
	}{
		{"", true},
		{"   ", true},
		{"艾米丽", true},
		{"卡特", true},
		{"Emily", true},
		{"emily carter", true},
		{"EMILY", true},
		{"  carter\t", true},
		{"ily Car", true},
		{"エミリー", true},
		{"カーター", true},
		{"Emma", false},
		{"Partner", false}, // names only, not the department
		{"emily  carter", false},
		{"李", false},
	}
	for _, tt := range tests {
		if got := p.Matches(tt.query); got != tt.want {
			t.Errorf("Matches(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
	onlyJa := PickerPerson{Name: I18n{JaJP: "佐藤花子"}}
	if !onlyJa.Matches("花子") || onlyJa.Matches("hanako") {
		t.Errorf("a person named only in Japanese")
	}
	if (PickerPerson{}).Matches("x") || !(PickerPerson{}).Matches("") {
		t.Errorf("a person with no name")
	}
}
