package shim

import (
	"reflect"
	"testing"
)

func TestResultBuilders(t *testing.T) {
	tests := []struct {
		name    string
		res     Result
		outcome Outcome
		fields  Fields
	}{
		{"success without fields", Success("enterProfile", nil), OutcomeOK, Fields{"errMsg": "enterProfile:ok"}},
		{"success with fields", Success("login", Fields{"code": "c0de"}), OutcomeOK,
			Fields{"errMsg": "login:ok", "code": "c0de"}},
		{"success overrides a stray errMsg", Success("login", Fields{"errMsg": "nope"}), OutcomeOK,
			Fields{"errMsg": "login:ok"}},
		{"failure", Failure("enterProfile", ErrnoInternal, "internal error: x"), OutcomeFail,
			Fields{"errMsg": "enterProfile:fail internal error: x", "errno": 102, "errString": "internal error: x"}},
		{"cancel", Cancel("chooseContact", 1003003, "user cancel"), OutcomeCancel,
			Fields{"errMsg": "chooseContact:cancel", "errno": 1003003, "errString": "user cancel"}},
		{"parameter error", paramError("enterProfile", "openid cannot be empty"), OutcomeFail,
			Fields{"errMsg": "enterProfile:fail Parameter error. openid cannot be empty", "errno": 104,
				"errString": "Parameter error. openid cannot be empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.res.Outcome != tt.outcome || !reflect.DeepEqual(tt.res.Fields, tt.fields) || tt.res.Silent || tt.res.Return != nil {
				t.Errorf("got %+v, want %s %v", tt.res, tt.outcome, tt.fields)
			}
		})
	}
}

// The errno table is the client's: pages branch on these numbers.
func TestErrnoValues(t *testing.T) {
	for got, want := range map[int]int{
		ErrnoOK: 0, ErrnoUnknown: 100, ErrnoInternal: 102, ErrnoNotSupported: 103, ErrnoInvalidParam: 104,
		ErrnoAuthFail: 105, ErrnoUserPermission: 107, ErrnoNetworkCanceled: 301, ErrnoTimeout: 302,
		ErrnoNetworkFailure: 305, ErrnoLoginServer: 1000001, ErrnoInvalidSession: 1001001,
		ErrnoRequestAccessNoSes: 2700001, ErrnoH5Auth: 2601002,
	} {
		if got != want {
			t.Errorf("errno constant %d, want %d", got, want)
		}
	}
}
