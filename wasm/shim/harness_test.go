// The shared test harness: a Shim with a recording UI, a clock that moves
// only when told and seeded randomness, plus the helpers every API's tests
// use to call it (call, authenticate, requestAccess, …) and to check what
// it answered (wantOK, wantFail).

package shim

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"
	"time"
)

// testPage is the page every harness pretends to be: the URL of the
// h5sdk signature vector (docs/page.md, "The signature"; also §2 of the
// contract, ../shared/spec/CONTRACT.md beside this repository).
const testPage = "https://example.cn/test/1234/content.html"

var testEpoch = time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC)

// Patches the tests combine with newHarness.
const (
	gadget    = `{"mode":"gadget"}`
	notStrict = `{"strict":false}`
)

func clientPatch(platform, version string) string {
	return `{"client":{"platform":"` + platform + `","version":"` + version + `"}}`
}

// fakeUI records what the shim draws.
type fakeUI struct {
	shown     []Profile // every profile opened, oldest first
	closeAlls int
	panicWith string   // ShowProfile panics with this when set
	dialogs   []Dialog // every dialog shown, oldest first
	closed    []int    // the dialogs closed, by id
	reply     func(Answer) error
	windowRecorder
	mapRecorder
	viewers          viewerRecorder // tt.previewImage's viewers
	feedbackRecorder                // the toasts and the prompt's text box (feedback_test.go)
	documentRecorder                // the document viewer (opendocument_test.go)
	chatRecorder                    // the chat page (choosechat_test.go)
	sidebarRecorder                 // toggleChat's sidebar (togglechat_test.go)
}

func (u *fakeUI) ShowDialog(d Dialog, reply func(Answer) error) {
	u.dialogs = append(u.dialogs, d)
	u.reply = reply
}

func (u *fakeUI) CloseDialog(id int) { u.closed = append(u.closed, id) }

func (u *fakeUI) ShowProfile(p Profile) {
	if u.panicWith != "" {
		panic(u.panicWith)
	}
	u.shown = append(u.shown, p)
}

func (u *fakeUI) CloseAll() { u.closeAlls++ }

type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time          { return c.now }
func (c *fakeClock) Advance(d time.Duration) { c.now = c.now.Add(d) }

type brokenReader struct{}

func (brokenReader) Read([]byte) (int, error) { return 0, errors.New("entropy source unplugged") }

// harness is a shim with a recording UI, a clock that moves only when told
// and seeded randomness.
type harness struct {
	*Shim
	ui    *fakeUI
	clock *fakeClock
	nonce int
	// events are the client events emitted to the page, oldest first.
	events []emitted
}

// emitted is one client event and its fields as JSON.
type emitted struct{ event, data string }

func newHarness(t testing.TB, patches ...string) *harness {
	t.Helper()
	raw := make([][]byte, len(patches))
	for i, p := range patches {
		raw[i] = []byte(p)
	}
	cfg, err := ParseConfig(raw...)
	if err != nil {
		t.Fatalf("ParseConfig(%q): %v", patches, err)
	}
	ui := &fakeUI{}
	clock := &fakeClock{now: testEpoch}
	s := New(cfg, ui)
	s.Now = clock.Now
	s.Rand = rand.NewChaCha8([32]byte{'t', 't', 's', 'h', 'i', 'm'})
	s.PageURL = func() string { return testPage }
	s.clearState() // the boot session too comes from the seeded randomness
	h := &harness{Shim: s, ui: ui, clock: clock}
	s.Events = func(event string, data []byte) { h.events = append(h.events, emitted{event, string(data)}) }
	return h
}

// payloadOf encodes an option as the loader does.
func payloadOf(t testing.TB, option any) []byte {
	t.Helper()
	data, err := json.Marshal(map[string]any{"a": option})
	if err != nil {
		t.Fatalf("encoding %v: %v", option, err)
	}
	return data
}

func (h *harness) call(t testing.TB, api string, option any) Result {
	t.Helper()
	return h.Invoke(api, payloadOf(t, option))
}

// h5Option is a valid h5sdk.config option for the harness's page and clock,
// with a fresh nonce each time.
func (h *harness) h5Option(jsAPIList ...string) map[string]any {
	h.nonce++
	nonce := "nonce" + strconv.Itoa(h.nonce)
	ms := h.clock.now.UnixMilli()
	if jsAPIList == nil {
		jsAPIList = []string{}
	}
	return map[string]any{
		"appId":     h.Config().App.AppID,
		"timestamp": ms,
		"nonceStr":  nonce,
		"signature": Signature(h.Config().App.JsapiTicket, nonce, strconv.FormatInt(ms, 10), testPage),
		"jsApiList": jsAPIList,
	}
}

// authenticate runs a successful h5sdk.config.
func (h *harness) authenticate(t testing.TB, jsAPIList ...string) {
	t.Helper()
	if res := h.call(t, "h5sdk.config", h.h5Option(jsAPIList...)); res.Outcome != OutcomeOK {
		t.Fatalf("h5sdk.config failed: %v", res.Fields)
	}
}

// requestAccess logs in the way clients from V6.9.0 do and returns the code.
func (h *harness) requestAccess(t testing.TB) string {
	t.Helper()
	option := map[string]any{"scopeList": []string{}}
	if h.Config().Mode == ModeWebApp {
		option["appID"] = h.Config().App.AppID
	}
	res := h.call(t, "tt.requestAccess", option)
	wantOK(t, res, "requestAccess")
	return res.Fields["code"].(string)
}

func (h *harness) openIDOf(t testing.TB, name string) string {
	t.Helper()
	for _, u := range h.Config().Users {
		if u.Name.ZhCN == name || u.Name.EnUS == name {
			return u.OpenID
		}
	}
	t.Fatalf("no user named %q", name)
	return ""
}

func wantOK(t testing.TB, res Result, api string) {
	t.Helper()
	if res.Outcome != OutcomeOK || res.Fields["errMsg"] != api+":ok" {
		t.Fatalf("want %s:ok, got %s %v", api, res.Outcome, res.Fields)
	}
}

func wantFail(t testing.TB, res Result, api string, errno int, errString string) {
	t.Helper()
	want := Fields{"errMsg": api + ":fail " + errString, "errno": errno, "errString": errString}
	if res.Outcome != OutcomeFail || !reflect.DeepEqual(res.Fields, want) {
		t.Fatalf("want fail %v,\n got %s %v", want, res.Outcome, res.Fields)
	}
}
