// Helpers shared by the tests of calls that wait on a dialog (the consent
// popup, the contact picker): recording deliveries, asking for a profile,
// reading the call log and values as they cross the bridge.

package shim

import (
	"encoding/json"
	"testing"
)

// delivery is one result Deliver handed the page for a call that waited.
type delivery struct {
	id  int
	res Result
}

// recordDeliveries makes the harness keep every delivery, oldest first.
func (h *harness) recordDeliveries() *[]delivery {
	var got []delivery
	h.Deliver = func(id int, res Result) { got = append(got, delivery{id, res}) }
	return &got
}

// askProfile calls Taro.getUserProfile, which pends on the consent popup
// under the default configuration ("consent": "ask").
func (h *harness) askProfile(t *testing.T, desc string) int {
	t.Helper()
	res := h.call(t, "Taro.getUserProfile", map[string]any{"desc": desc})
	if res.Outcome != OutcomePending || res.Pending == 0 {
		t.Fatalf("getUserProfile did not wait for the popup: %s %+v", res.Outcome, res)
	}
	return res.Pending
}

// loggedJSON is the call log as ttShim.calls(api) gives it to the page.
func (h *harness) loggedJSON(t *testing.T, api string) []map[string]any {
	t.Helper()
	var entries []map[string]any
	if err := json.Unmarshal(h.CallsJSON(api), &entries); err != nil {
		t.Fatalf("the call log is not JSON: %v: %s", err, h.CallsJSON(api))
	}
	return entries
}

// bridged is v as it crosses the bridge: JSON, read back generically.
func bridged(t testing.TB, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%v cannot cross the bridge: %v", v, err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func dialogIDs(ds []Dialog) []int {
	ids := []int{}
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	return ids
}

func deliveredIDs(ds []delivery) []int {
	ids := []int{}
	for _, d := range ds {
		ids = append(ids, d.id)
	}
	return ids
}
