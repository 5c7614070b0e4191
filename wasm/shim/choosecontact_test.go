package shim

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The default tenant's people, by the index DefaultTenant gives them.
const (
	ccZhang  = 0 // the signed-in user
	ccLi     = 1
	ccWang   = 2
	ccLiu    = 3
	ccChen   = 4
	ccEmily  = 10 // external
	ccIchiro = 11 // external
)

func ccUser(i int) User { return DefaultTenant()[i] }
func ccID(i int) string { return DefaultTenant()[i].OpenID }

// ccDeliveries makes the harness keep what Deliver hands the page.
type ccDelivered struct {
	id  int
	res Result
}

func ccRecord(h *harness) *[]ccDelivered {
	var got []ccDelivered
	h.Deliver = func(id int, res Result) { got = append(got, ccDelivered{id, res}) }
	return &got
}

// ccAsk calls api (tt.chooseContact unless given) and expects it to wait
// on a contact picker; it returns the dialog's id and what the UI was
// shown last.
func ccAsk(t *testing.T, h *harness, option map[string]any, api ...string) (int, Dialog) {
	t.Helper()
	name := "tt.chooseContact"
	if len(api) > 0 {
		name = api[0]
	}
	res := h.call(t, name, option)
	if res.Outcome != OutcomePending || res.Pending == 0 || res.Fields != nil {
		t.Fatalf("%s(%v) did not wait for the picker: %s %v", name, option, res.Outcome, res.Fields)
	}
	if len(h.ui.dialogs) == 0 {
		t.Fatalf("%s: no dialog shown", name)
	}
	d := h.ui.dialogs[len(h.ui.dialogs)-1]
	if d.ID != res.Pending || d.Picker == nil {
		t.Fatalf("%s: the UI shows %+v, want the picker of dialog %d", name, d, res.Pending)
	}
	return res.Pending, d
}

func ccPeopleIDs(people []PickerPerson) []string {
	ids := []string{}
	for _, p := range people {
		ids = append(ids, p.OpenID)
	}
	return ids
}

func ccIDs(indexes ...int) []string {
	ids := []string{}
	for _, i := range indexes {
		ids = append(ids, ccID(i))
	}
	return ids
}

func ccQuote(s string) string {
	data, _ := json.Marshal(s)
	return string(data)
}

// ccPersonJSON is one entry of chooseContact's data, named as the client
// shows it.
func ccPersonJSON(u User, name string) string {
	return `{"openId":` + ccQuote(u.OpenID) + `,"unionId":` + ccQuote(u.UnionID) + `,"name":` + ccQuote(name) +
		`,"i18nNames":{"zh_cn":` + ccQuote(u.Name.ZhCN) + `,"en_us":` + ccQuote(u.Name.EnUS) + `,"ja_jp":` + ccQuote(u.Name.JaJP) +
		`},"avatarUrls":[` + ccQuote(u.Avatar) + `]}`
}

// ccSameJSON compares got, as it crosses the bridge, with the JSON want,
// key names included.
func ccSameJSON(t *testing.T, got any, want string) {
	t.Helper()
	data, err := json.Marshal(got)
	if err != nil {
		t.Fatalf("%v cannot cross the bridge: %v", got, err)
	}
	var g, w any
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(want), &w); err != nil {
		t.Fatalf("bad expectation %s: %v", want, err)
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("got  %s\nwant %s", data, want)
	}
}

func ccOKJSON(data []string, departments string) string {
	return `{"errMsg":"chooseContact:ok","data":[` + strings.Join(data, ",") + `],"department_data":` + departments + `}`
}

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
			"Call.Param words it from ParamError.Got, which jsType reports as \"Number\" for the NaN tag", s)
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

func TestChooseContactAnswerInTheOrderChosen(t *testing.T) {
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{"disableChosenIds": ccIDs(ccWang), "chosenIds": ccIDs(ccLiu)})
	answer := Answer{Select: ccIDs(ccChen, ccLi)}
	if err := h.Answer(id, answer, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if len(*deliveries) != 1 || (*deliveries)[0].id != id {
		t.Fatalf("deliveries %+v", *deliveries)
	}
	res := (*deliveries)[0].res
	wantOK(t, res, "chooseContact")
	// The disabled (already chosen) person first, then the picks in order;
	// a chosen row left unpicked is not returned.
	ccSameJSON(t, res.Fields, ccOKJSON([]string{
		ccPersonJSON(ccUser(ccWang), "Wang Fang"),
		ccPersonJSON(ccUser(ccChen), "Chen Jing"),
		ccPersonJSON(ccUser(ccLi), "Li Na"),
	}, `[]`))
	if len(h.Dialogs()) != 0 || !reflect.DeepEqual(h.ui.closed, []int{id}) {
		t.Errorf("after the answer: open %+v, closed %v", h.Dialogs(), h.ui.closed)
	}
	calls := h.Calls("chooseContact")
	if len(calls) != 1 || calls[0].Outcome != OutcomeOK || !reflect.DeepEqual(calls[0].Result, res.Fields) {
		t.Fatalf("call log %+v", calls)
	}
	if want := (&DialogRecord{Kind: DialogContacts, Answer: &answer, AnsweredBy: AnsweredByTest}); !reflect.DeepEqual(calls[0].Dialog, want) {
		t.Errorf("logged dialog %+v, want %+v", calls[0].Dialog, want)
	}
	ccSameJSON(t, calls[0].Dialog, `{"kind":"contacts","answer":[`+ccQuote(ccID(ccChen))+`,`+ccQuote(ccID(ccLi))+`],"answeredBy":"ttShim.answer"}`)
	// The dialog is gone: answering again fails.
	if err := h.Answer(id, answer, AnsweredByTest); err == nil {
		t.Errorf("a settled picker took a second answer")
	}
}

func TestChooseContactNamesInTheClientLanguage(t *testing.T) {
	li := ccUser(ccLi)
	for lang, name := range map[string]string{"zh_CN": "李娜", "en_US": "Li Na", "ja_JP": "リ・ナ"} {
		t.Run(lang, func(t *testing.T) {
			h := newHarness(t, notStrict, `{"client":{"language":"`+lang+`"}}`)
			deliveries := ccRecord(h)
			id, _ := ccAsk(t, h, map[string]any{})
			if err := h.Answer(id, Answer{Select: []string{li.OpenID}}, AnsweredByTest); err != nil {
				t.Fatal(err)
			}
			ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{ccPersonJSON(li, name)}, `[]`))
		})
	}
	// A name missing in the client's language falls back to another.
	h := newHarness(t, notStrict, `{"users":[{"openId":"ou_ada","unionId":"on_ada","avatar":"https://example.cn/ada.png","name":{"en_us":"Ada"}}]}`)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{})
	if err := h.Answer(id, Answer{Select: []string{"ou_ada"}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{
		`{"openId":"ou_ada","unionId":"on_ada","name":"Ada","i18nNames":{"zh_cn":"","en_us":"Ada","ja_jp":""},"avatarUrls":["https://example.cn/ada.png"]}`,
	}, `[]`))
}

func TestChooseContactPicksDepartments(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, d := ccAsk(t, h, map[string]any{"enableChooseDepartment": true})
	eng, sales := d.Picker.Departments[0], d.Picker.Departments[3]
	// A department is picked by its open ID or its ID.
	if err := h.Answer(id, Answer{Select: []string{sales.DepartmentID, ccID(ccLi), eng.OpenDepartmentID}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{ccPersonJSON(ccUser(ccLi), "李娜")},
		`[{"departmentId":"`+sales.DepartmentID+`","openDepartmentId":"`+sales.OpenDepartmentID+`"},`+
			`{"departmentId":"`+eng.DepartmentID+`","openDepartmentId":"`+eng.OpenDepartmentID+`"}]`))
}

func TestChooseContactEmptyAnswer(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{})
	if err := h.Answer(id, Answer{Select: []string{}}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, `{"errMsg":"chooseContact:ok","data":[],"department_data":[]}`)
}

func TestChooseContactCancel(t *testing.T) {
	wantCancel := Fields{"errMsg": "chooseContact:cancel", "errno": ErrnoPickerCancel, "errString": "user cancel"}
	if ErrnoPickerCancel != 1003003 {
		t.Errorf("ErrnoPickerCancel = %d", ErrnoPickerCancel)
	}
	t.Run("ttShim.answer", func(t *testing.T) {
		h := newHarness(t, notStrict)
		deliveries := ccRecord(h)
		id, _ := ccAsk(t, h, map[string]any{"disableChosenIds": ccIDs(ccLi)})
		if err := h.Answer(id, Answer{Choice: PickerCancel}, AnsweredByTest); err != nil {
			t.Fatal(err)
		}
		got := (*deliveries)[0].res
		if got.Outcome != OutcomeCancel || !reflect.DeepEqual(got.Fields, wantCancel) {
			t.Errorf("cancel answered %s %v", got.Outcome, got.Fields)
		}
		calls := h.Calls("")
		if calls[0].Outcome != OutcomeCancel || calls[0].Dialog.AnsweredBy != AnsweredByTest ||
			calls[0].Dialog.Answer.Choice != PickerCancel {
			t.Errorf("call log %+v %+v", calls[0], calls[0].Dialog)
		}
	})
	t.Run("the person closes the picker", func(t *testing.T) {
		h := newHarness(t, notStrict)
		deliveries := ccRecord(h)
		id, d := ccAsk(t, h, map[string]any{})
		if err := h.ui.reply(d.Dismiss); err != nil {
			t.Fatal(err)
		}
		if len(*deliveries) != 1 || (*deliveries)[0].id != id || !reflect.DeepEqual((*deliveries)[0].res.Fields, wantCancel) {
			t.Errorf("deliveries %+v", *deliveries)
		}
		if by := h.Calls("")[0].Dialog.AnsweredBy; by != AnsweredByUser {
			t.Errorf("answered by %q", by)
		}
	})
	t.Run("Reset", func(t *testing.T) {
		h := newHarness(t, notStrict)
		deliveries := ccRecord(h)
		id, _ := ccAsk(t, h, map[string]any{})
		h.Reset()
		if len(*deliveries) != 1 || (*deliveries)[0].id != id || (*deliveries)[0].res.Outcome != OutcomeCancel ||
			!reflect.DeepEqual((*deliveries)[0].res.Fields, wantCancel) {
			t.Errorf("Reset delivered %+v", *deliveries)
		}
		if len(h.Dialogs()) != 0 {
			t.Errorf("Reset left dialogs open")
		}
	})
}

func TestChooseContactUIReplyAnswersAsTheUser(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{})
	if err := h.ui.reply(Answer{Select: []string{"ou_nobody"}}); err == nil {
		t.Errorf("the UI's reply took an openId not in the picker")
	}
	if err := h.ui.reply(Answer{Select: ccIDs(ccLi)}); err != nil {
		t.Fatal(err)
	}
	if len(*deliveries) != 1 || (*deliveries)[0].id != id {
		t.Fatalf("deliveries %+v", *deliveries)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{ccPersonJSON(ccUser(ccLi), "李娜")}, `[]`))
	if rec := h.Calls("")[0].Dialog; rec.AnsweredBy != AnsweredByUser || !reflect.DeepEqual(rec.Answer.Select, ccIDs(ccLi)) {
		t.Errorf("logged dialog %+v", rec)
	}
}

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

// ccWantData checks the openIds of a chooseContact success, in order.
func ccWantData(t *testing.T, res Result, want []string) {
	t.Helper()
	wantOK(t, res, "chooseContact")
	data, ok := res.Fields["data"].([]contactResult)
	if !ok {
		t.Fatalf("data is %T", res.Fields["data"])
	}
	got := []string{}
	for _, c := range data {
		got = append(got, c.OpenID)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("data %v,\nwant %v", got, want)
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

func TestChooseContactSecondPickerWaitsItsTurn(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	first, _ := ccAsk(t, h, map[string]any{})
	res := h.call(t, "tt.chooseContact", map[string]any{"multi": false})
	if res.Outcome != OutcomePending || len(h.ui.dialogs) != 1 || len(h.Dialogs()) != 2 {
		t.Fatalf("second call %s; shown %d, open %d", res.Outcome, len(h.ui.dialogs), len(h.Dialogs()))
	}
	if err := h.ui.reply(Answer{Select: ccIDs(ccLi, ccWang)}); err != nil {
		t.Fatal(err)
	}
	if len(h.ui.dialogs) != 2 || h.ui.dialogs[1].ID != res.Pending || h.ui.dialogs[1].Picker.Multi {
		t.Fatalf("the second picker was not shown next: %+v", h.ui.dialogs)
	}
	// The UI's reply now answers the second picker, with its own rules.
	if err := h.ui.reply(Answer{Select: ccIDs(ccLi, ccWang)}); err == nil {
		t.Errorf("the single-choice picker took two")
	}
	if err := h.ui.reply(Answer{Select: ccIDs(ccChen)}); err != nil {
		t.Fatal(err)
	}
	if len(*deliveries) != 2 || (*deliveries)[0].id != first || (*deliveries)[1].id != res.Pending {
		t.Fatalf("deliveries %+v", *deliveries)
	}
	ccWantData(t, (*deliveries)[0].res, ccIDs(ccLi, ccWang))
	ccWantData(t, (*deliveries)[1].res, ccIDs(ccChen))
}

// The picker offered is the one answered: changing the directory while
// it is open must not turn a pick into an empty person.
func TestChooseContactAnswerAfterTheDirectoryChanged(t *testing.T) {
	h := newHarness(t, notStrict)
	deliveries := ccRecord(h)
	id, _ := ccAsk(t, h, map[string]any{})
	if err := h.Configure([]byte(`{"users":[{"openId":"ou_ada","name":{"en_us":"Ada"}}]}`)); err != nil {
		t.Fatal(err)
	}
	err := h.Answer(id, Answer{Select: ccIDs(ccLi)}, AnsweredByTest)
	if err != nil {
		return // refusing the pick is fine too
	}
	data, _ := (*deliveries)[0].res.Fields["data"].([]contactResult)
	if len(data) != 1 || data[0].OpenID != ccID(ccLi) || data[0].UnionID == "" || data[0].Name == "" {
		t.Errorf("a person picked from the open picker after Configure replaced \"users\" comes back blank: %+v "+
			"(pickerAnswer looks the person up in the current configuration and ignores the miss)", data)
	}
}

func TestChooseContactSupport(t *testing.T) {
	tests := []struct {
		mode, platform, version string
		supported               bool
	}{
		{ModeWebApp, PlatformPC, "5.6.9", false},
		{ModeWebApp, PlatformAndroid, "5.6.0", false},
		{ModeWebApp, PlatformIOS, "4.0.0", false},
		{ModeWebApp, PlatformPC, "5.7.0", true},
		{ModeWebApp, PlatformAndroid, "5.10.0", true}, // numerically newer than 5.7.0
		{ModeWebApp, PlatformIOS, "7.45.0", true},
		{ModeWebApp, PlatformHarmony, "7.34.0", false},
		{ModeWebApp, PlatformHarmony, "7.35.0", true},
		{ModeGadget, PlatformPC, "1.0.0", true},
		{ModeGadget, PlatformIOS, "3.0.0", true},
		{ModeGadget, PlatformHarmony, "7.34.0", false},
		{ModeGadget, PlatformHarmony, "7.35.0", true},
	}
	for _, tt := range tests {
		for _, api := range []string{"tt.chooseContact", "Taro.chooseContact"} {
			t.Run(api+" "+tt.mode+" "+tt.platform+" "+tt.version, func(t *testing.T) {
				h := newHarness(t, notStrict, `{"mode":"`+tt.mode+`"}`, clientPatch(tt.platform, tt.version))
				res := h.call(t, api, map[string]any{})
				if tt.supported {
					if res.Outcome != OutcomePending || len(h.ui.dialogs) != 1 {
						t.Errorf("answered %s %v", res.Outcome, res.Fields)
					}
					return
				}
				wantFail(t, res, "chooseContact", ErrnoNotSupported, "feature not support: "+api+" is not available to "+
					modeNoun(tt.mode)+" on "+tt.platform+" "+tt.version)
				if len(h.ui.dialogs) != 0 {
					t.Errorf("an unsupported client showed a picker")
				}
			})
		}
	}
}

func TestChooseContactCanIUse(t *testing.T) {
	for _, tt := range []struct {
		version string
		want    bool
	}{{"5.6.9", false}, {"5.7.0", true}} {
		h := newHarness(t, clientPatch("pc", tt.version))
		for _, schema := range []string{"chooseContact", "chooseContact.object.enableChooseDepartment", "chooseContact.object.disableChosenIds"} {
			res := h.call(t, "tt.canIUse", schema)
			if res.Fields["value"] != tt.want {
				t.Errorf("canIUse(%q) on web app %s: %v, want %v", schema, tt.version, res.Fields, tt.want)
			}
		}
	}
}

func TestChooseContactPrerequisites(t *testing.T) {
	tests := []struct {
		name    string
		patches []string
		before  func(t *testing.T, h *harness)
		want    string // errString; "" for a picker
	}{
		{"web app without h5sdk.config", nil, nil, "Authentication failed. Call h5sdk.config before %s"},
		{"web app after h5sdk.config", nil, func(t *testing.T, h *harness) { h.authenticate(t) }, ""},
		{"web app with chooseContact in jsApiList", nil, func(t *testing.T, h *harness) { h.authenticate(t, "chooseContact") }, ""},
		{"web app: requestAccess is no substitute", nil, func(t *testing.T, h *harness) { h.requestAccess(t) },
			"Authentication failed. Call h5sdk.config before %s"},
		{"gadget without login", []string{gadget}, nil, "Authentication failed. Call tt.requestAccess before %s"},
		{"gadget after requestAccess", []string{gadget}, func(t *testing.T, h *harness) { h.requestAccess(t) }, ""},
		{"gadget 6.8.0 without login", []string{gadget, clientPatch("ios", "6.8.0")}, nil,
			"Authentication failed. Call tt.login before %s"},
		{"gadget 6.8.0 after tt.login", []string{gadget, clientPatch("ios", "6.8.0")},
			func(t *testing.T, h *harness) { wantOK(t, h.call(t, "tt.login", map[string]any{}), "login") }, ""},
		{"strict:false gadget", []string{gadget, notStrict}, nil, ""},
		{"strict:false web app", []string{notStrict}, nil, ""},
	}
	for _, tt := range tests {
		for _, api := range []string{"tt.chooseContact", "Taro.chooseContact"} {
			t.Run(api+" "+tt.name, func(t *testing.T) {
				h := newHarness(t, tt.patches...)
				if tt.before != nil {
					tt.before(t, h)
				}
				res := h.call(t, api, map[string]any{})
				if tt.want == "" {
					if res.Outcome != OutcomePending || len(h.ui.dialogs) != 1 {
						t.Errorf("answered %s %v", res.Outcome, res.Fields)
					}
					return
				}
				wantFail(t, res, "chooseContact", ErrnoAuthFail, strings.ReplaceAll(tt.want, "%s", api))
				if len(h.ui.dialogs) != 0 {
					t.Errorf("a blocked call showed a picker")
				}
			})
		}
	}
	// A jsApiList without chooseContact blocks it.
	h := newHarness(t)
	h.authenticate(t, "getSystemInfo")
	wantFail(t, h.call(t, "tt.chooseContact", map[string]any{}), "chooseContact", ErrnoH5Auth,
		"Authentication failed. chooseContact is not in h5sdk.config's jsApiList (error code: 333445)")
}

func TestTaroChooseContact(t *testing.T) {
	api, ok := Lookup("Taro.chooseContact")
	if !ok {
		t.Fatal("Taro.chooseContact is not registered")
	}
	ttAPI, _ := Lookup("tt.chooseContact")
	if api.Kind != KindTaro || ttAPI.Kind != KindAsync || !reflect.DeepEqual(api.Params, ttAPI.Params) || !api.NeedsLogin {
		t.Errorf("Taro.chooseContact %+v", api)
	}
	h := newHarness(t, notStrict, `{"client":{"language":"en_US"}}`)
	deliveries := ccRecord(h)
	id, d := ccAsk(t, h, map[string]any{"ignore": true, "maxNum": 1}, "Taro.chooseContact")
	if d.API != "Taro.chooseContact" || d.Picker.MaxNum != 1 || containsPerson(d.Picker.People, ccID(ccZhang)) {
		t.Errorf("Taro's picker %+v %+v", d, d.Picker)
	}
	if err := h.Answer(id, Answer{Select: ccIDs(ccLi)}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	ccSameJSON(t, (*deliveries)[0].res.Fields, ccOKJSON([]string{ccPersonJSON(ccUser(ccLi), "Li Na")}, `[]`))
	if calls := h.Calls("Taro.chooseContact"); len(calls) != 1 || calls[0].Outcome != OutcomeOK {
		t.Errorf("call log %+v", calls)
	}

	id, _ = ccAsk(t, h, map[string]any{}, "Taro.chooseContact")
	if err := h.Answer(id, Answer{Choice: PickerCancel}, AnsweredByTest); err != nil {
		t.Fatal(err)
	}
	if res := (*deliveries)[1].res; res.Outcome != OutcomeCancel || res.Fields["errMsg"] != "chooseContact:cancel" ||
		res.Fields["errno"] != ErrnoPickerCancel {
		t.Errorf("Taro cancel %s %v", res.Outcome, res.Fields)
	}
	wantFail(t, h.Invoke("Taro.chooseContact", []byte(`{"a":5}`)), "chooseContact", ErrnoInvalidParam,
		"parameter error: parameter should be Object instead of Number")
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
