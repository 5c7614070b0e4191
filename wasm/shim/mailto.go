package shim

import (
	"strconv"
	"strings"
)

// mailto hands a mail to the system's mail app and answers at once: the
// page learns nothing of what follows (sending, editing, cancelling), so
// the call log is the record of the mail (ttShim.calls("mailto")).

// notInAddress are what an address written in a mailto: URI cannot hold
// without changing what the URI says (another recipient, a header).
const notInAddress = " ,;<>()[]\\\"?&#%:"

func init() {
	register(&API{
		Namespace: "tt", Name: "mailto", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`to`, `cc` or `bcc` is not an array of email addresses, " +
						"or `subject` or `body` is not a string"}},
				Controls: []string{"nothing: it succeeds, and `ttShim.calls(\"mailto\")` shows the mail",
					"`client.platform`: PC has no system mail app (103)", prerequisitesControl},
			}
		}),
		Handle: mailto,
	})
}

func mailto(c *Call) Result {
	for _, list := range []string{"to", "cc", "bcc"} {
		addresses, err := c.Args.Strings(list, false)
		if err != nil {
			return c.Param(err)
		}
		for i, address := range addresses {
			if !isEmailAddress(address) {
				return c.Param(&ParamError{Name: list, Want: "Array", Got: "Array",
					Reason: list + "[" + strconv.Itoa(i) + "] " + quoted(address) + " is not an email address"})
			}
		}
	}
	for _, text := range []string{"subject", "body"} {
		if _, err := c.Args.String(text, false); err != nil {
			return c.Param(err)
		}
	}
	return c.OK(nil)
}

// isEmailAddress is an address as a mail app takes it: a name, one "@"
// and a domain, with no blanks or control characters, nor what would
// split it into several.
func isEmailAddress(s string) bool {
	name, domain, found := strings.Cut(s, "@")
	if !found || name == "" || domain == "" || strings.Contains(domain, "@") || strings.ContainsAny(s, notInAddress) {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) < 0
}
