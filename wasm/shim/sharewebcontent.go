package shim

import (
	"fmt"
	"net/url"
)

// tt.shareWebContent (and h5sdk.biz.util.share, its old name) opens the
// client's share panel, the chat picker, to forward a link to chats with a
// message. Its page says success means the panel opened, so the call
// succeeds however the person closes it; where the link went is the call
// log's dialog.answer.

func init() {
	register(&API{
		Namespace: "tt", Name: "shareWebContent", Kind: KindAsync, Asks: DialogChats,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`url` missing, empty, not a string or not an http or https URL; `title` not a string"},
					errTooManyDialogs,
					{Errno: ErrnoInternal, When: "`answers`' `shareWebContent` is a choice the picker would refuse"}},
				Controls: []string{
					"`ttShim.answer(\"cancel\" | [openChatIds] | {select: [openChatIds], message})`, or `answers: {shareWebContent: …}`: " +
						"the person at the share panel; either way the call succeeds",
					"`chats.list`, `users` and `currentUser`: the chats the panel lists (the signed-in user's)",
					"`client.language`: the panel's texts",
				},
			}
		}),
		Handle: shareWebContent,
	})
}

func shareWebContent(c *Call) Result {
	r := paramReader{args: c.Args}
	title, link := r.string("title", false), r.string("url", true)
	if r.err == nil && !isWebLink(link) {
		r.err = &ParamError{Name: "url", Reason: fmt.Sprintf("url should be an http or https URL, got %s", quoted(link))}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	// Every chat of the signed-in user, several at once, as forwarding
	// offers; the box before sending shows the link.
	picker, _ := chatPickerFor(c.Config(), Args{})
	picker.Multi, picker.MessageInput = true, true
	picker.ConfirmDesc = link
	if title != "" {
		picker.ConfirmDesc = title + "\n" + link
	}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogChats, Chats: &picker, Dismiss: Answer{Choice: PickerCancel}},
		Decide: func(a Answer) (Result, error) {
			if a.Choice == PickerCancel {
				return c.OK(nil), nil
			}
			ids, _, err := chatAnswer(a)
			if err == nil {
				_, err = pickChats(c.Config(), picker, ids)
			}
			if err != nil {
				return Result{}, err
			}
			return c.OK(nil), nil
		},
	})
}

// isWebLink reports whether a link to share is an http or https URL with
// a host: what a chat or another app can open.
func isWebLink(link string) bool {
	u, err := url.Parse(link)
	return err == nil && isWebURL(u)
}

// isWebURL reports whether u is an http or https URL with a host.
func isWebURL(u *url.URL) bool {
	return (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
