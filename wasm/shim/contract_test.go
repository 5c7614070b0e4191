package shim

import (
	"encoding/json"
	"os"
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
		// Success and Failure: TestRepliesAsTheLoaderBuildsThem.
		{"success", Success("enterProfile", nil), OutcomeOK, Fields{"errMsg": "enterProfile:ok"}},
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

// The loader builds the replies Go cannot (js/loader/reply.js); both build
// them from testdata/replies.json's cases, so the shape is one.
func TestRepliesAsTheLoaderBuildsThem(t *testing.T) {
	data, err := os.ReadFile("testdata/replies.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Case      string         `json:"case"`
		Name      string         `json:"name"`
		Outcome   Outcome        `json:"outcome"`
		Fields    map[string]any `json:"fields"`
		Errno     int            `json:"errno"`
		ErrString string         `json:"errString"`
		Want      map[string]any `json:"want"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Case, func(t *testing.T) {
			var res Result
			switch c.Outcome {
			case OutcomeOK:
				res = Success(c.Name, c.Fields)
			case OutcomeFail:
				if c.Fields != nil {
					t.Fatal("Go's Failure takes no fields")
				}
				res = Failure(c.Name, c.Errno, c.ErrString)
			default:
				t.Fatalf("no builder for %q", c.Outcome)
			}
			if got := bridged(t, res.Fields); res.Outcome != c.Outcome || !reflect.DeepEqual(got, bridged(t, c.Want)) {
				t.Errorf("got %s %v, want %s %v", res.Outcome, got, c.Outcome, c.Want)
			}
		})
	}
}
