package shim

import "fmt"

// startDeviceCredential asks the system to check that the person holding
// the phone is its owner (fingerprint, face or screen lock passcode). The
// system's prompt is a dialog: the person passes it, fails it or cancels
// it, by click, ttShim.answer or answers.startDeviceCredential.

// DialogCredential is the system's authentication prompt.
const DialogCredential = "credential"

// The person's answers to the prompt.
const (
	CredentialPass   = "confirm"
	CredentialFail   = "fail"
	CredentialCancel = "cancel"
)

// The errCodes of startDeviceCredential's page, which its failures carry
// beside errno.
const (
	credentialNotSet      = 40000
	credentialFailed      = 40002
	credentialEmptyReason = 40003
)

// CredentialPrompt is what the system's prompt shows: the page's reason.
type CredentialPrompt struct {
	AuthContent string `json:"authContent"`
}

func init() {
	register(&API{
		Namespace: "tt", Name: "startDeviceCredential", Kind: KindAsync, Asks: DialogCredential,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`authContent` is not a string"},
					{Errno: ErrnoInvalidParam, When: "`authContent` is missing or empty (with `errCode` 40003)"},
					{Errno: ErrnoInternal, When: "`security.deviceCredential` is `\"none\"`: no screen lock is set (with `errCode` 40000)"},
					errTooManyDialogs,
					{Errno: ErrnoInternal, When: "not recognized: the prompt's Fail button, `ttShim.answer(\"fail\")` or " +
						"`answers: {startDeviceCredential: \"fail\"}` (with `errCode` 40002)"},
					{Errno: ErrnoInternal, When: "cancelled, as `startDeviceCredential:cancel`: Cancel, Escape, `ttShim.answer(\"cancel\")`, " +
						"`answers: {startDeviceCredential: \"cancel\"}` or `ttShim.reset()` (with `errCode` 40002)"}},
				Controls: []string{
					"`ttShim.answer(\"confirm\" | \"fail\" | \"cancel\")`, or `answers: {startDeviceCredential: …}`: the person at the prompt",
					"`security.deviceCredential`: `\"enrolled\"` (a screen lock, the default) or `\"none\"` (40000)",
					"`client.platform`: PC has no system prompt (103)", prerequisitesControl,
				},
			}
		}),
		Handle: startDeviceCredential,
	})
}

func startDeviceCredential(c *Call) Result {
	reason, err := c.Args.String("authContent", true)
	if err != nil && err.Empty {
		return c.failCoded(ErrnoInvalidParam, "Parameter error. "+err.Error(), credentialEmptyReason)
	}
	if err != nil {
		return c.Param(err)
	}
	if c.Config().Security.DeviceCredential == CredentialNone {
		return c.failCoded(ErrnoInternal, "no screen lock passcode is set on this device", credentialNotSet)
	}
	prompt := CredentialPrompt{AuthContent: reason}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogCredential, Credential: &prompt, Dismiss: Answer{Choice: CredentialCancel}},
		Decide: func(a Answer) (Result, error) { return authenticated(c, a) },
	})
}

// authenticated answers with what the person did at the prompt.
func authenticated(c *Call, a Answer) (Result, error) {
	switch a.Choice {
	case CredentialPass:
		return c.OK(nil), nil
	case CredentialFail:
		return c.failCoded(ErrnoInternal, "unlock failed: the fingerprint, face or passcode was not recognized", credentialFailed), nil
	case CredentialCancel:
		return withErrCode(Cancel(c.Name(), ErrnoInternal, coded("unlock failed: cancelled by the user", credentialFailed)),
			credentialFailed), nil
	}
	return Result{}, fmt.Errorf(`the system authentication takes "confirm" (recognized), "fail" (not recognized) or "cancel"`)
}

// failCoded fails with the page's errCode, which the errString ends with
// too, as requestAuthCode's do.
func (c *Call) failCoded(errno int, errString string, code int) Result {
	return withErrCode(c.Fail(errno, coded(errString, code)), code)
}

func coded(errString string, code int) string {
	return fmt.Sprintf("%s (error code: %d)", errString, code)
}
