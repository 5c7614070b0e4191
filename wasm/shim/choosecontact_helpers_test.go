// Helpers shared by the tt.chooseContact / Taro.chooseContact tests (and
// the contactPicker configuration tests): the default tenant's people by
// index, asking for a picker, recording deliveries, and building or
// checking the JSON a pick answers.

package shim

import (
	"encoding/json"
	"reflect"
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
