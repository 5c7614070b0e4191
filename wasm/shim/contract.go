package shim

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"unicode/utf8"

	"ttshim/wasm/internal/jsonwire"
)

// Errno values of Feishu's "Errno 错误码" table that ttshim answers with.
const (
	ErrnoOK              = 0
	ErrnoUnknown         = 100
	ErrnoInternal        = 102
	ErrnoNotSupported    = 103
	ErrnoInvalidParam    = 104
	ErrnoAuthFail        = 105
	ErrnoUserPermission  = 107
	ErrnoCallProhibited  = 110
	ErrnoTooManyCalls    = 111
	ErrnoNetworkCanceled = 301
	ErrnoTimeout         = 302
	ErrnoNetworkFailure  = 305

	ErrnoLoginServer        = 1000001
	ErrnoInvalidSession     = 1001001
	ErrnoGetUserInfo        = 1001002
	ErrnoRequestAccessNoSes = 2700001
	ErrnoH5Auth             = 2601002
)

// Outcome is how a call ended, as the call log reports it.
type Outcome string

const (
	OutcomeOK      Outcome = "ok"
	OutcomeFail    Outcome = "fail"
	OutcomeCancel  Outcome = "cancel"
	OutcomePending Outcome = "pending"
	// OutcomeUnsimulated is a call to an API ttshim does not simulate
	// yet, which failed for that reason.
	OutcomeUnsimulated Outcome = "unsimulated"
)

// Fields is the object a callback or Promise receives, a jsonwire.Object
// so that answers are encoded without reflection.
type Fields = jsonwire.Object

// Result is what an API call answers: the outcome and the object delivered.
// Silent results reach no callback (clients older than an API's callback
// support).
type Result struct {
	Outcome Outcome
	Fields  Fields
	Silent  bool
	// Return is what a *Sync API (or canIUse) returns to the page.
	Return any
	// Pending is the dialog a pending call waits on.
	Pending int
	// Dialog is the dialog a call opened (its answer nil) as it goes
	// pending, or its answer as it settles: the call log's dialog record,
	// which the loader's "dialog" event carries.
	Dialog *DialogRecord
	// Warn is the console level ("warn" or "error") the page reports an
	// unsimulated call at, on the API's first call.
	Warn string
	// json is Fields and Return already encoded, for a remembered answer;
	// firstTime marks its first delivery.
	json      *resultJSON
	firstTime bool
}

// Success builds "<api>:ok" with the API's own fields.
func Success(api string, fields Fields) Result {
	if fields == nil {
		fields = Fields{}
	}
	fields["errMsg"] = api + ":ok"
	return Result{Outcome: OutcomeOK, Fields: fields}
}

// Failure builds "<api>:fail <errString>" with errno and errString: the
// client repeats the errString in errMsg so a log line alone explains it.
func Failure(api string, errno int, errString string) Result {
	return Result{Outcome: OutcomeFail, Fields: Fields{
		"errMsg":    api + ":fail " + errString,
		"errno":     errno,
		"errString": errString,
	}}
}

// Cancel builds the client's "<api>:cancel", which reaches fail.
func Cancel(api string, errno int, errString string) Result {
	return Result{Outcome: OutcomeCancel, Fields: Fields{
		"errMsg":    api + ":cancel",
		"errno":     errno,
		"errString": errString,
	}}
}

// fault is the answer of a call whose handling panicked: a failure
// through the call's own channel, with the stack on the console.
func fault(api string, p any) Result {
	debug.PrintStack()
	return Failure(api, ErrnoInternal, fmt.Sprintf("internal error: %v", p))
}

// taroParamError is Taro's own wording (its H5 getParameterError).
func taroParamError(api, text string) Result {
	return Failure(api, ErrnoInvalidParam, "parameter error: "+text)
}

// paramError is the iOS client's wording for a bad parameter.
func paramError(api, errString string) Result {
	return Failure(api, ErrnoInvalidParam, "Parameter error. "+errString)
}

// echoLimit is how much of a page's value an error message repeats: an
// errString that echoes a 10 MB openid explains nothing, and takes a
// second to send.
const echoLimit = 300

// quoted is a page's value, %q-quoted, for an error message: its first
// echoLimit bytes, and how long it was, when it is longer.
func quoted(s string) string {
	if len(s) <= echoLimit {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:clipAt(s)]) + fmt.Sprintf("… (%d bytes)", len(s))
}

// clipped is quoted without the quotes, for the page's own error texts.
func clipped(s string) string {
	if len(s) <= echoLimit {
		return s
	}
	return s[:clipAt(s)] + fmt.Sprintf("… (%d bytes)", len(s))
}

// clipAt is where s is cut: at most echoLimit bytes, on a rune boundary.
func clipAt(s string) int {
	cut := echoLimit
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return cut
}
