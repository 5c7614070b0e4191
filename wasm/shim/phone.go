package shim

import "strings"

// makePhoneCall and the vibrations: the client hands them to the phone
// (its dialer, its motor) and the page learns only that it did, so ttshim
// answers at once and the call log is the record of them.

// phoneNumberChars are what a dialable number is made of: digits, a
// leading "+", separators people write, and the keypad's * and # with the
// dialer's pauses (, and ;).
const phoneNumberChars = "0123456789+-() *#,;."

func init() {
	register(&API{
		Namespace: "tt", Name: "makePhoneCall", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`phoneNumber` is missing, empty, not a string, or not a phone number"}},
				Controls: []string{"nothing: it succeeds, and `ttShim.calls(\"makePhoneCall\")` shows the number", prerequisitesControl},
			}
		}),
		Handle: makePhoneCall,
	})
	for _, name := range []string{"vibrateShort", "vibrateLong"} {
		register(&API{
			Namespace: "tt", Name: name, Kind: KindAsync, Taro: true,
			Docs: InReference(func() Docs {
				return Docs{
					Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
					Controls: []string{"nothing: it succeeds, and the call log records it", prerequisitesControl},
				}
			}),
			Handle: func(c *Call) Result { return c.OK(nil) },
		})
	}
}

func makePhoneCall(c *Call) Result {
	number, err := c.Args.String("phoneNumber", true)
	if err != nil {
		return c.Param(err)
	}
	dialable := func(r rune) bool { return strings.ContainsRune(phoneNumberChars, r) }
	if strings.IndexFunc(number, func(r rune) bool { return !dialable(r) }) >= 0 || !strings.ContainsAny(number, "0123456789") {
		return c.Param(&ParamError{Name: "phoneNumber",
			Reason: "phoneNumber " + quoted(number) + " is not a phone number: it takes digits, + - ( ) . space * # , ;"})
	}
	return c.OK(nil)
}
