package shim

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
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
