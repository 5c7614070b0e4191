package shim

import (
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
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

// feishuErrnos is the part of Feishu's "Errno 错误码" table ttshim answers
// with, by the name of the constant that holds each number: pages branch on
// these numbers.
var feishuErrnos = map[string]int{
	"ErrnoOK": 0, "ErrnoUnknown": 100, "ErrnoInternal": 102, "ErrnoNotSupported": 103,
	"ErrnoInvalidParam": 104, "ErrnoAuthFail": 105, "ErrnoUserPermission": 107,
	"ErrnoCallProhibited": 110, "ErrnoTooManyCalls": 111, "ErrnoNetworkCanceled": 301,
	"ErrnoTimeout": 302, "ErrnoNetworkFailure": 305, "ErrnoLoginServer": 1000001,
	"ErrnoInvalidSession": 1001001, "ErrnoGetUserInfo": 1001002, "ErrnoChosenOverlap": 1003001,
	"ErrnoPickerCancel": 1003003, "ErrnoRequestAccessNoSes": 2700001, "ErrnoH5Auth": 2601002,
	"ErrnoEmptyModal": 1100001, "ErrnoScanning": 1505001, "ErrnoScanCancel": 1505002, "ErrnoLocationDisabled": 1700001,
	"ErrnoLocationTimeout": 1700003, "ErrnoLocationUnavailable": 1700004, "ErrnoLocationServices": 1700006,
	"ErrnoLocationNotSent": 1700007, "ErrnoGeocodeNoResult": 1700008,
	"ErrnoLocationNetwork": 1700002, "ErrnoWifiNotConnected": 1506001, "ErrnoWifiInvalidInfo": 1506002,
	"ErrnoNoFile": 203, "ErrnoTooLarge": 210, "ErrnoInvalidPath": 213, "ErrnoTotalSizeLimit": 208, "ErrnoNameTooLong": 214, "ErrnoImageCancel": 1300001,
	"ErrnoImageLoad": 1300007, "ErrnoImageUnsupported": 1300011,
	"ErrnoVideoCancel": 1301001, "ErrnoVideoTooLong": 1301004, "ErrnoVideoUnsupported": 1301011,
	"ErrnoChatCancel": 1002002, "ErrnoChatNoTarget": 1002012,
	"ErrnoSchemaTooFast": 1406001, "ErrnoSchemaEmpty": 1406002, "ErrnoSchemaNotInList": 1406003, "ErrnoSchemaInvalid": 1406004,
}

// TestErrnoValues holds every Errno constant to the table. The constants
// are read from the package's source, so one added without a row fails.
func TestErrnoValues(t *testing.T) {
	declared := errnoConstants(t)
	for name, value := range declared {
		if want, ok := feishuErrnos[name]; !ok {
			t.Errorf("%s = %d is not in feishuErrnos", name, value)
		} else if value != want {
			t.Errorf("%s = %d, want %d", name, value, want)
		}
	}
	for name := range feishuErrnos {
		if _, ok := declared[name]; !ok {
			t.Errorf("%s is in feishuErrnos but not declared", name)
		}
	}
}

// errnoConstants finds the Errno constants of the package's own files,
// each with the number it is written as.
func errnoConstants(t *testing.T) map[string]int {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]int{}
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			if gen, ok := decl.(*ast.GenDecl); ok && gen.Tok == token.CONST {
				for _, spec := range gen.Specs {
					addErrnos(t, declared, path, spec.(*ast.ValueSpec))
				}
			}
		}
	}
	return declared
}

// addErrnos reads one constant line.
func addErrnos(t *testing.T, declared map[string]int, path string, spec *ast.ValueSpec) {
	for i, name := range spec.Names {
		if !strings.HasPrefix(name.Name, "Errno") {
			continue
		}
		value, err := errnoValue(spec, i)
		if err != nil {
			t.Errorf("%s: %s %v", path, name.Name, err)
			continue
		}
		declared[name.Name] = value
	}
}

// errnoValue is the number the i-th constant of a line is written as. An
// errno is written as a number, as in Feishu's table, for this test to
// read it.
func errnoValue(spec *ast.ValueSpec, i int) (int, error) {
	if i < len(spec.Values) {
		if lit, ok := spec.Values[i].(*ast.BasicLit); ok && lit.Kind == token.INT {
			return strconv.Atoi(lit.Value)
		}
	}
	return 0, errors.New("is not written as a decimal number")
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
		H5        bool           `json:"h5"`
		ErrorCode int            `json:"errorCode"`
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
				if c.H5 {
					res = h5Fail(c.ErrorCode, c.ErrString)
					break
				}
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
