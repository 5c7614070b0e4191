package shim

import "fmt"

// startPasswordVerify asks the person for their Feishu security password
// in the client's own box. The right password is security.password; a
// wrong one ends the call (40102) and counts against
// security.passwordAttempts, and the miss that reaches it locks the
// password (40103) until ttShim.reset(). The right one clears the count.

// DialogPassword is the client's security-password box.
const DialogPassword = "password"

// The errCodes of startPasswordVerify's page.
const (
	passwordCancelled = 40101
	passwordWrong     = 40102
	passwordLocked    = 40103
)

// PasswordPrompt is what the security-password box shows beside the box:
// how many tries are left, once one has been missed (0 before).
type PasswordPrompt struct {
	AttemptsLeft int `json:"attemptsLeft"`
}

func init() {
	register(&API{
		Namespace: "tt", Name: "startPasswordVerify", Kind: KindAsync, Asks: DialogPassword,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errTooManyDialogs,
					{Errno: ErrnoInternal, When: "cancelled, as `startPasswordVerify:cancel`: Cancel, Escape, `ttShim.answer(\"cancel\")`, " +
						"`answers: {startPasswordVerify: \"cancel\"}` or `ttShim.reset()` (with `errCode` 40101)"},
					{Errno: ErrnoInternal, When: "a password other than `security.password` (with `errCode` 40102)"},
					{Errno: ErrnoInternal, When: "the wrong password that uses up `security.passwordAttempts`, and every call after it " +
						"until `ttShim.reset()`, without the box (with `errCode` 40103)"}},
				Controls: []string{
					"`ttShim.answer({password: \"…\"} | \"confirm\" | \"cancel\")`, or `answers: {startPasswordVerify: …}`: the person at the box " +
						"(`\"confirm\"` with what is typed)",
					"`security.password` (default `\"123456\"`) and `security.passwordAttempts` (default 5)",
					"`client.language`: the box's texts",
				},
			}
		}),
		Handle: startPasswordVerify,
	})
}

func startPasswordVerify(c *Call) Result {
	attempts := c.Config().Security.PasswordAttempts
	if c.Shim.passwordMisses >= attempts {
		return passwordLockedFailure(c)
	}
	prompt := PasswordPrompt{}
	if c.Shim.passwordMisses > 0 {
		prompt.AttemptsLeft = attempts - c.Shim.passwordMisses
	}
	var id int
	res := c.Ask(Question{
		Dialog: Dialog{Kind: DialogPassword, Password: &prompt, Dismiss: Answer{Choice: ChoiceCancel}},
		Decide: func(a Answer) (Result, error) {
			switch {
			case a.Choice == ChoiceCancel:
				return withErrCode(Cancel(c.Name(), ErrnoInternal, coded("verification failed: cancelled by the user", passwordCancelled)),
					passwordCancelled), nil
			case a.Choice == ChoiceConfirm:
				return checkPassword(c, c.Shim.UI.PromptInput(id)), nil
			case a.Fields != nil:
				typed, err := passwordField(a.Fields)
				if err != nil {
					return Result{}, err
				}
				return checkPassword(c, typed), nil
			}
			return Result{}, fmt.Errorf(`the security-password box takes {password: "…"}, "confirm" (what is typed) or "cancel", not %s`, answerText(a))
		},
	})
	id = res.Pending
	return res
}

// passwordField is the password an answer's fields type.
func passwordField(fields map[string]any) (string, error) {
	for key := range fields {
		if key != "password" {
			return "", fmt.Errorf("the security-password box's answer has only password, not %s", quoted(key))
		}
	}
	typed, ok := fields["password"].(string)
	if !ok {
		return "", fmt.Errorf("the security-password box's password should be a string, not %s", describe(fields["password"]))
	}
	return typed, nil
}

// checkPassword answers with whether typed is the security password,
// counting the miss when it is not.
func checkPassword(c *Call, typed string) Result {
	security := c.Config().Security
	if typed == security.Password {
		c.Shim.passwordMisses = 0
		return c.OK(nil)
	}
	c.Shim.passwordMisses++
	if c.Shim.passwordMisses >= security.PasswordAttempts {
		return passwordLockedFailure(c)
	}
	left, tries := security.PasswordAttempts-c.Shim.passwordMisses, "attempts"
	if left == 1 {
		tries = "attempt"
	}
	return c.failCoded(ErrnoInternal, fmt.Sprintf("verification failed: wrong password, %d %s left", left, tries), passwordWrong)
}

func passwordLockedFailure(c *Call) Result {
	return c.failCoded(ErrnoInternal, fmt.Sprintf("verification failed: too many wrong passwords (%d); ttShim.reset() unlocks it",
		c.Config().Security.PasswordAttempts), passwordLocked)
}
