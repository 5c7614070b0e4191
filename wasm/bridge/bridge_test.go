//go:build js && wasm

// These tests run in Chromium (make wasmtest): the bridge talks to a page.
package bridge

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// noUI draws nothing: these tests are about what crosses the bridge.
type noUI struct{}

func (noUI) ShowProfile(shim.Profile)                                                       {}
func (noUI) ShowDialog(shim.Dialog, func(shim.Answer) error)                                {}
func (noUI) CloseDialog(int)                                                                {}
func (noUI) CloseAll()                                                                      {}
func (noUI) ShowToast(shim.Toast)                                                           {}
func (noUI) HideToast()                                                                     {}
func (noUI) PromptInput(int) string                                                         { return "" }
func (noUI) ShowNavigationBar(shim.NavigationBar, func(string, string) error, func(string)) {}
func (noUI) HideNavigationBar()                                                             {}
func (noUI) ShowWindowClosed(shim.WindowClosed)                                             {}
func (noUI) HideWindowClosed()                                                              {}
func (noUI) ShowMap(shim.MapView)                                                           {}
func (noUI) ShowViewer(shim.Viewer)                                                         {}
func (noUI) ShowDocument(shim.DocumentView)                                                 {}
func (noUI) ShowChat(shim.OpenedChat)                                                       {}
func (noUI) ShowChatSidebar(shim.ChatSidebar, func())                                       {}
func (noUI) CloseChatSidebar()                                                              {}

// settlement is one host.settle(id, envelope) call.
type settlement struct {
	id       int
	envelope string
}

// serve starts the bridge for a fresh shim configured by patch, with a
// host object as the loader's, and returns what its settle received.
func serve(t *testing.T, patch string) *[]settlement {
	t.Helper()
	cfg, err := shim.ApplyPatches(shim.DefaultConfig(), []byte(patch))
	if err != nil {
		t.Fatal(err)
	}
	h, err := newObject()
	if err != nil {
		t.Fatal(err)
	}
	settled := &[]settlement{}
	settle, err := safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		id, _ := args[0].Int()
		envelope, _ := args[1].String()
		*settled = append(*settled, settlement{id, envelope})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(settle.Release)
	if err := h.Set("settle", settle.Value()); err != nil {
		t.Fatal(err)
	}
	Attach(h)
	Serve(shim.New(cfg, noUI{}))
	return settled
}

func newObject() (safejs.Value, error) {
	object, err := safejs.Global().Get("Object")
	if err != nil {
		return safejs.Value{}, err
	}
	return object.New()
}

// request does what the loader does for a call: it asks for room,
// writes "name\npayload" there, calls the export and reads the answer
// where the result says it is. It returns the answer, or the memo id of
// an answer the loader already holds.
func request(t *testing.T, name, payload string) (reply []byte, remembered int) {
	t.Helper()
	req := name + "\n" + payload
	at := buffer(int32(len(req)))
	if uintptr(at) != uintptr(unsafe.Pointer(unsafe.SliceData(in))) || len(in) < len(req) {
		t.Fatalf("buffer(%d) = %#x, not the %d bytes of room it made", len(req), at, len(in))
	}
	copy(in, req)
	packed := call(int32(len(req)))
	if packed < 0 {
		return nil, int(-packed)
	}
	addr, n := uintptr(packed>>32), int(uint32(packed))
	if addr != uintptr(unsafe.Pointer(unsafe.SliceData(out))) || n != len(out) {
		t.Fatalf("call packed %#x: address %#x, length %d; the answer is %d bytes at %#x",
			packed, addr, n, len(out), uintptr(unsafe.Pointer(unsafe.SliceData(out))))
	}
	return append([]byte(nil), out[:n]...), 0
}

// envelope is an API's answer as the loader reads it.
type envelope struct {
	Outcome string         `json:"o"`
	Result  map[string]any `json:"r"`
	Warn    string         `json:"w"`
	Return  any            `json:"v"`
	Pending int            `json:"p"`
	Memo    []int          `json:"m"`
}

func decode(t *testing.T, reply []byte) envelope {
	t.Helper()
	var e envelope
	if err := json.Unmarshal(reply, &e); err != nil {
		t.Fatalf("answer %s: %v", reply, err)
	}
	return e
}

// A call crosses through the two exports: the answer is in Go's memory
// where the packed result points, and a pure API's repeat comes back as
// the memo id the first answer gave the loader.
func TestCallThroughTheExports(t *testing.T) {
	serve(t, `{"strict": false, "client": {"platform": "android"}}`) // the accelerometer, unsimulated, is on phones
	payload := `{"v":[390,844,1170,2532,3,0],"a":{}}`
	reply, remembered := request(t, "tt.getSystemInfo", payload)
	if remembered != 0 {
		t.Fatalf("the first call came from the memo (%d)", remembered)
	}
	first := decode(t, reply)
	if first.Outcome != "ok" || first.Result["errMsg"] != "getSystemInfo:ok" || first.Result["windowWidth"] != 390.0 {
		t.Fatalf("answer %s", reply)
	}
	if len(first.Memo) != 2 || first.Memo[0] == 0 || first.Memo[1] > first.Memo[0] {
		t.Fatalf(`"m" = %v, want [memo id, oldest id kept]`, first.Memo)
	}
	if again, remembered := request(t, "tt.getSystemInfo", payload); remembered != first.Memo[0] {
		t.Errorf("the repeat answered %s / memo id %d, want memo id %d", again, remembered, first.Memo[0])
	}

	sync := decode(t, replyOf(request(t, "tt.canIUse", `{"a":"getSystemInfo"}`)))
	if sync.Return != true || sync.Result["errMsg"] != "canIUse:ok" {
		t.Errorf("canIUse's answer %+v, want its return value true", sync)
	}
	bad := decode(t, replyOf(request(t, "tt.getSystemInfo", `{"a":1}`)))
	if bad.Outcome != "fail" || bad.Result["errno"] != float64(shim.ErrnoInvalidParam) {
		t.Errorf("an option that is not an object: %+v", bad)
	}
	unknown := decode(t, replyOf(request(t, "tt.noSuchAPI", `{"a":{}}`)))
	if unknown.Outcome != "fail" || unknown.Result["errno"] != float64(shim.ErrnoNotSupported) {
		t.Errorf("an API the registry lacks: %+v", unknown)
	}
	unsimulated := decode(t, replyOf(request(t, "tt.startAccelerometer", `{"a":{}}`)))
	if unsimulated.Outcome != "unsimulated" || unsimulated.Warn != "warn" || unsimulated.Result["errno"] != float64(shim.ErrnoNotSupported) {
		t.Errorf("an API not simulated yet: %+v, want its failure and the console level to warn at", unsimulated)
	}
}

// replyOf is a request's reply, for the calls no memo answers.
func replyOf(reply []byte, _ int) []byte { return reply }

// The room for requests stays where it is until a request outgrows it, and
// a length the room cannot hold reads as an empty request, not past it.
func TestBufferAndLength(t *testing.T) {
	serve(t, `{"strict": false}`)
	small := buffer(64)
	if again := buffer(16); again != small {
		t.Errorf("buffer(16) after buffer(64) moved the room: %#x, then %#x", small, again)
	}
	if bigger := buffer(1 << 20); len(in) < 1<<20 {
		t.Errorf("buffer(1 MiB) = %#x gave %d bytes", bigger, len(in))
	}
	for _, n := range []int32{-1, int32(len(in)) + 1} {
		packed := call(n)
		e := decode(t, out[:uint32(packed)])
		if e.Outcome != "fail" || !strings.Contains(e.Result["errString"].(string), "no API named") {
			t.Errorf("call(%d) = %s, want the failure of an empty name", n, out)
		}
	}
}

// ttShim.* operations answer {"ok": value} or {"error": message}, the
// message the loader throws.
func TestControlOperations(t *testing.T) {
	serve(t, `{"strict": false}`)
	request(t, "tt.getSystemInfo", `{"a":{}}`)
	for _, tc := range []struct {
		op, payload string
		ok          func(any) bool
		err         string
	}{
		{"config", "", func(v any) bool { return v.(map[string]any)["mode"] == "webapp" }, ""},
		{"configure", `{"client":{"language":"en_US"}}`, func(v any) bool { return v == true }, ""},
		{"configure", `{"client":{"platfrom":"ios"}}`, nil, `unknown key "client.platfrom"`},
		{"calls", `"getSystemInfo"`, func(v any) bool {
			calls := v.([]any)
			return len(calls) == 1 && calls[0].(map[string]any)["api"] == "tt.getSystemInfo"
		}, ""},
		{"calls", `42`, nil, "ttShim.calls(api): api should be a string"},
		{"session", "", func(v any) bool { return strings.HasPrefix(v.(map[string]any)["openId"].(string), "ou_") }, ""},
		{"exchangeCode", `"nope"`, nil, `code "nope" is invalid`},
		{"answer", `"allow"`, nil, "ttShim.answer(decision): "},
		{"dialogs", "", func(v any) bool { return reflect.DeepEqual(v, []any{}) }, ""},
		{"record", `{"api":"tt.showToast","outcome":1}`, nil,
			`ttshim cannot log an overridden call: member "outcome" should be a string, got a number`},
		{"fs", `["readFileSync"]`, nil, "ttshim cannot read a FileSystemManager call: want an object, got an array"},
		{"changes", `"0"`, nil, "the log's changes since a revision: want an integer, got a string"},
		{"abort", `1.5`, nil, "RequestTask.abort(): no such call"},
		{"toString", "", nil, "ttShim.toString is not a function"},
	} {
		reply, _ := request(t, "ttShim."+tc.op, tc.payload)
		var got struct {
			OK    any    `json:"ok"`
			Error string `json:"error"`
		}
		if err := json.Unmarshal(reply, &got); err != nil {
			t.Fatalf("ttShim.%s(%s): %s: %v", tc.op, tc.payload, reply, err)
		}
		if tc.ok != nil && (got.Error != "" || !tc.ok(got.OK)) || tc.ok == nil && !strings.HasPrefix(got.Error, tc.err) {
			t.Errorf("ttShim.%s(%s) = %s", tc.op, tc.payload, reply)
		}
	}
	if reply, _ := request(t, "ttShim.config", ""); !strings.Contains(string(reply), `"language":"en_US"`) {
		t.Errorf("configure did not reach config: %s", reply)
	}
}

// A call that waits on a dialog answers "pending" with the dialog's id;
// once answered, it settles through the loader's host.settle with the same
// envelope a call answers with.
func TestPendingCallSettlesThroughTheHost(t *testing.T) {
	settled := serve(t, `{"strict": false, "requireTap": false}`)
	wake, err := host.Get("wake")
	if err != nil || wake.Type() != safejs.TypeFunction {
		t.Fatalf("Serve gave the loader no wake function: %v, %v", wake.Type(), err)
	}
	pending := decode(t, replyOf(request(t, "Taro.getUserProfile", `{"a":{"desc":"for the test"}}`)))
	if pending.Outcome != "pending" || pending.Pending == 0 || pending.Result != nil {
		t.Fatalf("the call answered %+v, want pending on a dialog", pending)
	}
	if len(*settled) != 0 {
		t.Fatalf("settled before the answer: %v", *settled)
	}
	if reply, _ := request(t, "ttShim.answer", `"allow"`); string(reply) != `{"ok":true}` {
		t.Fatalf("ttShim.answer: %s", reply)
	}
	if len(*settled) != 1 || (*settled)[0].id != pending.Pending {
		t.Fatalf("host.settle got %v, want one call for dialog %d", *settled, pending.Pending)
	}
	done := decode(t, []byte((*settled)[0].envelope))
	if done.Outcome != "ok" || done.Result["errMsg"] != "getUserProfile:ok" || done.Result["encryptedData"] == "" {
		t.Errorf("settled with %s", (*settled)[0].envelope)
	}
}
