package shim

import (
	"encoding/json"
	"strings"
	"testing"
)

const allowBadge = `{"permissions":{"scope.appBadge":"allow"}}`

func TestUpdateAndReportBadgeKeepTheClientsCount(t *testing.T) {
	h := newHarness(t, notStrict, allowBadge, `{"appBadge":{"badgeNum":3}}`)
	res := h.call(t, "tt.reportBadge", map[string]any{"badgeNum": 3})
	if res.Fields["isMatched"] != true {
		t.Errorf("3 against 3: %v", res.Fields)
	}
	wantOK(t, h.call(t, "tt.updateBadge", map[string]any{"badgeNum": 7}), "updateBadge")
	if h.Config().AppBadge.BadgeNum != 7 {
		t.Errorf("count %d after updateBadge", h.Config().AppBadge.BadgeNum)
	}
	if res := h.call(t, "tt.reportBadge", map[string]any{"badgeNum": 3}); res.Fields["isMatched"] != false {
		t.Errorf("3 against 7: %v", res.Fields)
	}
	if len(h.events) != 0 {
		t.Errorf("the page's own update pushed %+v", h.events)
	}
	for option, want := range map[string]string{
		`{}`:                "badgeNum cannot be empty",
		`{"badgeNum":"3"}`:  "badgeNum is of wrong type",
		`{"badgeNum":-1}`:   "badgeNum should be a whole number from 0 to 2147483647, got -1",
		`{"badgeNum":1.5}`:  "badgeNum should be a whole number from 0 to 2147483647, got 1.5",
		`{"badgeNum":3e10}`: "badgeNum should be a whole number from 0 to 2147483647, got 3e+10",
	} {
		for _, api := range []string{"tt.updateBadge", "tt.reportBadge"} {
			res := h.Invoke(api, []byte(`{"a":`+option+`}`))
			if res.Fields["errString"] != "Parameter error. "+want {
				t.Errorf("%s %s: %v, want %q", api, option, res.Fields, want)
			}
		}
	}
	if err := h.Configure([]byte(`{"appBadge":{"enabled":false}}`)); err != nil {
		t.Fatal(err)
	}
	wantFail(t, h.call(t, "tt.updateBadge", map[string]any{"badgeNum": 1}), "updateBadge", ErrnoInternal,
		"internal error: the app has no badge: it does not use the badge system (appBadge.enabled)")
	// Without the scope, the permission prompt asks first.
	asking := newHarness(t, notStrict)
	d := asking.askDialog(t, "tt.updateBadge", map[string]any{"badgeNum": 1}, DialogPermission)
	if d.Permission.Scope != scopeAppBadge {
		t.Errorf("asks for %s", d.Permission.Scope)
	}
	wantFail(t, asking.answerDialog(t, d, choiceAnswer(PermissionDeny)), "updateBadge", ErrnoUserPermission, "auth deny")
}

func TestTheServersBadgeReachesTheListeners(t *testing.T) {
	h := newHarness(t, notStrict)
	wantOK(t, h.Invoke("tt.onServerBadgePush", []byte(`{"a":{"@@js":"Function"}}`)), "onServerBadgePush")
	if err := h.Configure([]byte(`{"appBadge":{"badgeNum":4,"extra":"{\"todo\":4}"}}`)); err != nil {
		t.Fatal(err)
	}
	if len(h.events) != 1 || h.events[0].event != "serverBadgePush" {
		t.Fatalf("events %+v", h.events)
	}
	var push map[string]any
	if err := json.Unmarshal([]byte(h.events[0].data), &push); err != nil {
		t.Fatal(err)
	}
	at := "1741944413000" // the harness's clock
	if push["badgeNum"] != 4.0 || push["extra"] != `{"todo":4}` || push["feature"] != 2.0 || push["updateTime"] != at || push["version"] != at {
		t.Errorf("push %v", push)
	}
	// The same count again is no push; a gadget's badge is feature 1.
	if err := h.Configure([]byte(`{"appBadge":{"badgeNum":4},"mode":"gadget"}`)); err != nil || len(h.events) != 1 {
		t.Errorf("again: %v %+v", err, h.events)
	}
	if err := h.Configure([]byte(`{"appBadge":{"badgeNum":0}}`)); err != nil || !strings.Contains(h.events[1].data, `"feature":1`) {
		t.Errorf("gadget: %v %+v", err, h.events)
	}
}
