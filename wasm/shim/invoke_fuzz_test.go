// FuzzInvoke feeds every registered API arbitrary payloads under several
// client configurations; checkOutcome holds what any answer must satisfy
// (a known outcome, a well-formed errMsg, no handler fault, a logged call).

package shim

import (
	"encoding/json"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// allowedInternalErrors are the internal errors APIs answer on purpose
// (docs/apis.md: an unknown openid; a contactPicker selection the picker
// refuses); any other "internal error" is a recovered panic.
var allowedInternalErrors = map[string]*regexp.Regexp{
	"enterProfile":  regexp.MustCompile(`^internal error: openid ".*"(… \(\d+ bytes\))? is not a user of this tenant$`),
	"chooseContact": regexp.MustCompile(`^internal error: the configuration cannot answer the contacts dialog: `),
	// The chat APIs (chats.go): an unknown user or chat.
	"enterChat":   regexp.MustCompile(`^internal error: (openid|openChatId) ".*"(… \(\d+ bytes\))? is not a (user|chat) of this tenant$`),
	"getChatInfo": regexp.MustCompile(`^internal error: openChatId ".*"(… \(\d+ bytes\))? is not a chat of this tenant$`),
}

func FuzzInvoke(f *testing.F) {
	seeds := []string{
		``, `{}`, `null`, `[]`, `"x"`, `{"a":null}`, `{"a":5}`, `{"a":"enterProfile"}`,
		`{"a":"enterProfile.object.left"}`, `{"a":"tt.enterProfile"}`, `{"a":["x"]}`,
		`{"e":"TypeError: cyclic"}`, `{"e":""}`, `{"a":{"@@js":"Function"}}`,
		`{"a":{"openid":"` + DefaultTenant()[1].OpenID + `","left":100,"top":200}}`,
		`{"a":{"openid":"ou_nobody\n\"","left":{"@@js":"Number","v":"NaN"}}}`,
		`{"a":{"openid":5,"top":"1"}}`,
		`{"a":{"scopeList":[],"state":"s","appID":"cli_a1b2c3d4e5f60718"}}`,
		`{"a":{"scopeList":[1],"appID":5}}`,
		`{"a":{"appId":"cli_a1b2c3d4e5f60718","timestamp":1741944413000,"nonceStr":"n","signature":"s","jsApiList":[]}}`,
		`{"a":{"appId":"cli_a1b2c3d4e5f60718","timestamp":1e300,"nonceStr":"n","signature":"s","jsApiList":["enterProfile"]}}`,
		`{"a":{"appId":"cli_a1b2c3d4e5f60718","timestamp":"99999999999999999999","nonceStr":"n","signature":"s","jsApiList":["nope"]}}`,
		`{"a":{"appId":"x","timestamp":-1,"nonceStr":"","signature":null,"jsApiList":null}}`,
		`{"a":{"appId":"cli_a1b2c3d4e5f60718","timestamp":{"@@js":"Number","v":"Infinity"},"nonceStr":"n","signature":"s","jsApiList":[]}}`,
		`{"a":{"a":{"a":{"a":[[[[{}]]]]}}}}`,
		`not json at all`,
		`{"e":""}`, `{"e":"","k":"openid"}`, `{"g":null,"a":{}}`, `{"a":{"x":1e400}}`, `{"a":"\ud800"}`,
		`{"a":{"desc":"why","lang":"zh_TW"},"g":true}`, `{"a":{"desc":"","lang":5},"g":false}`,
		`{"a":{"desc":"` + strings.Repeat("長", 31) + `"}}`,
		`{"a":{"multi":false,"maxNum":1e10,"chosenIds":["a"],"disableChosenIds":["a"]}}`,
		`{"a":{"ignore":true,"externalContact":false,"enableChooseDepartment":true,"limitTips":{"@@js":"Symbol"}}}`,
		`{"a":{"url":"/x","method":"POST","data":{"n":{"@@js":"BigInt"}},"header":{"a b":"1"}}}`,
		`{"a":{"url":"http://h/","data":{"f":{"@@js":"Function"},"q":"\u2028"},"timeout":-1,"responseType":"blob"}}`,
		`{"a":{"withCredentials":"yes"}}`, `{"a":{"openid":"` + strings.Repeat("x", 400) + `"}}`,
		`{"v":[390,844,1170,2532,3,1],"a":{}}`, `{"v":[1,2],"a":{}}`,
	}
	for i, s := range seeds {
		f.Add(uint8(i), []byte(s))
	}
	clients := [][]string{
		nil,
		{notStrict},
		{gadget},
		{gadget, notStrict, clientPatch("ios", "3.7.0")},
		{gadget, clientPatch("harmony", "7.34.0")},
		{notStrict, `{"acceptAnySignature":true,"app":{"domains":["example.cn"]}}`},
		// Dialogs answered by the configuration, so the handlers run to the end.
		{notStrict, `{"consent":"allow","requireTap":false,"contactPicker":{"select":["` + DefaultTenant()[2].OpenID + `"]}}`},
		{gadget, notStrict, `{"consent":"deny","contactPicker":"cancel","client":{"platform":"android","language":"en_US"}}`},
	}
	f.Fuzz(func(t *testing.T, client uint8, payload []byte) {
		h := newHarness(t, clients[int(client)%len(clients)]...)
		for _, api := range APIs() {
			res := h.Invoke(api.FullName(), payload)
			// A closed window fails every later call, which would test
			// nothing more: open it again.
			h.window.closed = ""
			checkOutcome(t, api, res)
			calls := h.Calls(api.FullName())
			if len(calls) == 0 {
				t.Fatalf("%s: the call was not logged", api.FullName())
			}
			if last := calls[len(calls)-1]; last.Outcome != res.Outcome || !reflect.DeepEqual(last.Result, res.Fields) {
				t.Fatalf("%s: logged %+v, answered %v", api.FullName(), last, res)
			}
			if _, err := json.Marshal(res.Fields); err != nil {
				t.Fatalf("%s: the answer cannot cross the bridge: %v", api.FullName(), err)
			}
		}
		if !json.Valid(h.CallsJSON("")) {
			t.Fatalf("the call log is not JSON: %s", h.CallsJSON(""))
		}
	})
}

func checkOutcome(t *testing.T, api *API, res Result) {
	t.Helper()
	if res.Outcome == OutcomePending {
		if res.Pending == 0 || res.Fields != nil {
			t.Fatalf("%s: pending without its dialog: %+v", api.FullName(), res)
		}
		return
	}
	if res.Fields == nil {
		t.Fatalf("%s: no fields", api.FullName())
	}
	switch res.Outcome {
	case OutcomeOK, OutcomeFail, OutcomeCancel, OutcomePending:
	case OutcomeUnsimulated:
		if !api.Unsimulated {
			t.Fatalf("%s: a simulated API answered %q", api.FullName(), res.Outcome)
		}
	default:
		t.Fatalf("%s: outcome %q", api.FullName(), res.Outcome)
	}
	errString, _ := res.Fields["errString"].(string)
	if allowed := allowedInternalErrors[api.Name]; res.Fields["errno"] == ErrnoInternal && !(allowed != nil && allowed.MatchString(errString)) {
		t.Fatalf("%s: a handler fault: %v", api.FullName(), res.Fields)
	}
	if res.Outcome == OutcomeFail || res.Outcome == OutcomeUnsimulated {
		if errno, _ := res.Fields["errno"].(int); errno == 0 || errString == "" {
			t.Fatalf("%s: a failure without errno and errString: %v", api.FullName(), res.Fields)
		}
	}
	if api.Kind == KindH5Config {
		// onSuccess gets {session_key}; onFail gets {errorCode, errorMessage, …}
		// unless the call never reached h5sdk.config's own checks.
		if res.Outcome == OutcomeOK {
			if key, _ := res.Fields["session_key"].(string); key == "" {
				t.Fatalf("%s: success without session_key: %v", api.FullName(), res.Fields)
			}
		} else if _, coded := res.Fields["errorCode"].(int); !coded &&
			!strings.HasPrefix(res.Fields["errMsg"].(string), api.Name+":fail ") {
			t.Fatalf("%s: failure with neither errorCode nor errMsg: %v", api.FullName(), res.Fields)
		}
		return
	}
	errMsg, _ := res.Fields["errMsg"].(string)
	if !strings.HasPrefix(errMsg, api.Name+":") {
		t.Fatalf("%s: errMsg %q", api.FullName(), errMsg)
	}
	switch res.Outcome {
	case OutcomeOK:
		if errMsg != api.Name+":ok" {
			t.Fatalf("%s: success errMsg %q", api.FullName(), errMsg)
		}
		if api.Kind == KindSync && res.Return == nil && !res.Silent {
			t.Fatalf("%s: a sync API returned nothing", api.FullName())
		}
	case OutcomeFail, OutcomeUnsimulated:
		if errMsg != api.Name+":fail "+errString {
			t.Fatalf("%s: errMsg %q does not carry errString %q", api.FullName(), errMsg, errString)
		}
	}
}
