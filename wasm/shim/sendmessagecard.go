package shim

import (
	"encoding/hex"
	"fmt"
	"io"
)

// tt.sendMessageCard sends a message card to chats the page names
// (openChatIDs, or users' one-to-one chats by openIDs) or the person picks
// in the chat picker (shouldChooseChat). The card is checked as the client
// checks it before sending; what was sent is the call log's: the option's
// cardContent, and the result's sendCardInfo, one status per chat.

// The errCodes of sendMessageCard's page, which its failures carry beside
// errno.
const (
	cardNoChats      = -1
	cardTooManyChats = -2
	cardEmpty        = -3
	cardMalformed    = -4
	cardSendFailed   = -5
	cardCancelled    = -6
	cardBadChatID    = -8
	cardNoTrigger    = -10
)

// maxCardBytes is the card's limit, 20 KB of JSON.
const maxCardBytes = 20 << 10

func init() {
	register(&API{
		Namespace: "tt", Name: "sendMessageCard", Kind: KindAsync, Asks: DialogChats,
		Params: []string{"shouldChooseChat", "chooseChatParams", "openChatIDs", "openIDs", "triggerCode", "cardContent",
			"withAdditionalMessage"},
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoAuthFail, When: "a gadget sends without the picker before `tt.requestAccess` (`tt.login` before V6.9.0)"},
					{Errno: ErrnoInvalidParam, When: "an option of the wrong type (`chooseChatParams`' options as `chooseChat`'s)"},
					{Errno: ErrnoInvalidParam, When: "no chat to send to: no `shouldChooseChat`, `openChatIDs`, `openIDs` or `triggerCode` (with `errCode` -1)"},
					{Errno: ErrnoInvalidParam, When: "`triggerCode` alone, and not `launch.triggerCode` or one with no `launch.openChatId` (with `errCode` -10)"},
					{Errno: ErrnoInvalidParam, When: "more than 10 `openChatIDs` or `openIDs` (with `errCode` -2)"},
					{Errno: ErrnoInvalidParam, When: "`cardContent` is missing (with `errCode` -3)"},
					{Errno: ErrnoInvalidParam, When: "`cardContent` is not a card: not an object, `msg_type` not `\"interactive\"`, " +
						"no `card` object, an element without a `tag`, or more than 20 KB of JSON (with `errCode` -4)"},
					{Errno: ErrnoInvalidParam, When: "an `openChatIDs` entry is not one of the signed-in user's chats, or an `openIDs` entry not a user (with `errCode` -8)"},
					errTooManyDialogs,
					{Errno: ErrnoChatCancel, When: "the picker was cancelled, as `sendMessageCard:cancel` (with `errCode` -6)"},
					{Errno: ErrnoInternal, When: "a chat's `sendStatus` is not 0: the result lists every chat's status, and `failedOpenChatIDs` (with `errCode` -5)"}},
				Controls: []string{
					"`ttShim.answer(…)` or `answers: {sendMessageCard: …}`: the chat picker, as `chooseChat`'s",
					"`chats.list`: the chats, and each one's `sendStatus` (0 sends)",
					"`launch`: the chat `triggerCode` sends to (`launch.openChatId`)",
					"`ttShim.calls(\"sendMessageCard\")`: what was sent (`args.cardContent`) and to which chats (`result.sendCardInfo`)",
					"`mode` and `strict`: a gadget logs in first, unless the picker chooses",
				},
			}
		}),
		Handle: sendMessageCard,
	})
}

func sendMessageCard(c *Call) Result {
	r := paramReader{args: c.Args}
	choose := r.bool("shouldChooseChat", false)
	openChatIDs, openIDs := r.strings("openChatIDs", false), r.strings("openIDs", false)
	trigger := r.string("triggerCode", false)
	withMessage := r.bool("withAdditionalMessage", false)
	if r.err == nil {
		if got := c.Args.TypeOf("chooseChatParams"); got != "Undefined" && got != "Null" && got != "Object" {
			r.err = &ParamError{Name: "chooseChatParams", Want: "Object", Got: got}
		}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	if !choose {
		if res, blocked := c.needsLogin(); blocked {
			return res
		}
		targets := openChatIDs
		if len(targets) == 0 {
			targets = openIDs
		}
		if len(targets) == 0 && trigger != "" {
			// The "+" menu's chat, when the page names no other.
			l := c.Config().Launch
			if trigger != l.TriggerCode || l.OpenChatID == "" {
				return c.failCoded(ErrnoInvalidParam, "Parameter error. triggerCode "+quoted(trigger)+
					" names no chat the app was launched in", cardNoTrigger)
			}
			openChatIDs = []string{l.OpenChatID}
			targets = openChatIDs
		}
		switch {
		case len(targets) == 0:
			return c.failCoded(ErrnoInvalidParam, "Parameter error. "+"openChatIDs is empty", cardNoChats)
		case len(targets) > maxChatsPicked:
			return c.failCoded(ErrnoInvalidParam, "Parameter error. "+fmt.Sprintf("%d chats are more than the %d a card is sent to", len(targets),
				maxChatsPicked), cardTooManyChats)
		}
	}
	if res, ok := checkCard(c); !ok {
		return res
	}
	if choose {
		params := ArgsOf(asObject(c.Args.Raw("chooseChatParams")))
		picker, err := chatPickerFor(c.Config(), params)
		if err != nil {
			err.Name = "chooseChatParams." + err.Name
			return c.Param(err)
		}
		picker.MessageInput = picker.MessageInput || withMessage
		return askChats(c, picker, func(picked []ChatView, _ string) Result { return sendCard(c, picked) })
	}
	chats, res, ok := cardTargets(c, openChatIDs, openIDs)
	if !ok {
		return res
	}
	return sendCard(c, chats)
}

// needsLogin is the gadget's login check, which sending without the
// picker needs.
func (c *Call) needsLogin() (Result, bool) {
	s := c.Shim
	if s.cfg.Mode != ModeGadget || !s.cfg.Strict || s.accounts.loggedIn(s.clientVersion()) {
		return Result{}, false
	}
	return c.Fail(ErrnoAuthFail, "Authentication failed. Call "+s.loginCallName()+" before "+c.API.FullName()), true
}

// cardTargets are the chats openChatIDs names, or else the one-to-one
// chats with the users openIDs names.
func cardTargets(c *Call, openChatIDs, openIDs []string) ([]ChatView, Result, bool) {
	cfg := c.Config()
	var chats []ChatView
	if len(openChatIDs) > 0 {
		for _, id := range openChatIDs {
			v, ok := cfg.MyChat(id)
			if !ok {
				return nil, c.failCoded(ErrnoInvalidParam, "Parameter error. "+fmt.Sprintf("openChatIDs holds %s, which is not an open_chat_id of "+
					"the signed-in user's chats", quoted(id)), cardBadChatID), false
			}
			chats = append(chats, v)
		}
		return chats, Result{}, true
	}
	for _, id := range openIDs {
		if _, ok := cfg.User(id); !ok {
			return nil, c.failCoded(ErrnoInvalidParam, "Parameter error. "+fmt.Sprintf("openIDs holds %s, which is not a user of this tenant", quoted(id)),
				cardBadChatID), false
		}
		chats = append(chats, cfg.p2pWith(id))
	}
	return chats, Result{}, true
}

// checkCard checks cardContent as the client does before it sends.
func checkCard(c *Call) (Result, bool) {
	malformed := func(why string) (Result, bool) {
		return c.failCoded(ErrnoInvalidParam, "Parameter error. "+"cardContent format failed: "+why, cardMalformed), false
	}
	switch got := c.Args.TypeOf("cardContent"); got {
	case "Undefined", "Null":
		return c.failCoded(ErrnoInvalidParam, "Parameter error. "+"cardContent is empty", cardEmpty), false
	case "Object":
	default:
		return malformed("cardContent should be an object, got " + got)
	}
	if n := len(c.Args.RawJSON("cardContent")); n > maxCardBytes {
		return malformed(fmt.Sprintf("the card is %d bytes of JSON, more than the %d it may be", n, maxCardBytes))
	}
	content := asObject(c.Args.Raw("cardContent"))
	if msgType, _ := content["msg_type"].(string); msgType != "interactive" {
		return malformed(`msg_type should be "interactive"`)
	}
	if v, given := content["update_multi"]; given {
		if _, ok := v.(bool); !ok {
			return malformed("update_multi should be a boolean")
		}
	}
	card, ok := content["card"].(map[string]any)
	if !ok {
		return malformed("card should be an object")
	}
	if why := cardElementsProblem(card); why != "" {
		return malformed(why)
	}
	return Result{}, true
}

// cardElementsProblem says what is wrong with a card's elements: the
// top-level "elements" of a card, its "i18n_elements" per language, or a
// JSON 2.0 card's "body.elements"; each element is an object with a tag.
func cardElementsProblem(card map[string]any) string {
	lists := map[string]any{}
	if v, ok := card["elements"]; ok {
		lists["card.elements"] = v
	}
	for lang, v := range asObject(card["i18n_elements"]) {
		lists["card.i18n_elements."+lang] = v
	}
	if body, ok := card["body"].(map[string]any); ok {
		if v, ok := body["elements"]; ok {
			lists["card.body.elements"] = v
		}
	}
	if len(lists) == 0 {
		return "the card has no elements (card.elements, card.i18n_elements or card.body.elements)"
	}
	for path, v := range lists {
		elements, ok := v.([]any)
		if !ok {
			return path + " should be an array"
		}
		for i, element := range elements {
			if tag, _ := asObject(element)["tag"].(string); tag == "" {
				return fmt.Sprintf("%s[%d] has no tag", path, i)
			}
		}
	}
	return ""
}

// cardInfo is one chat's sending, as sendCardInfo lists it.
type cardInfo struct {
	Status        int    `json:"status"`
	OpenChatID    string `json:"openChatId"`
	OpenMessageID string `json:"openMessageId"`
}

// sendCard sends the card to each chat; a chat whose sendStatus is not 0
// fails the call, which lists every chat's status all the same.
func sendCard(c *Call, chats []ChatView) Result {
	info := make([]cardInfo, 0, len(chats))
	failed := []string{}
	for _, chat := range chats {
		id := make([]byte, 16)
		if _, err := io.ReadFull(c.Shim.Rand, id); err != nil {
			return c.Fail(ErrnoInternal, "internal error: no randomness for a message ID: "+err.Error())
		}
		info = append(info, cardInfo{Status: chat.SendStatus, OpenChatID: chat.OpenChatID, OpenMessageID: "om_" + hex.EncodeToString(id)})
		if chat.SendStatus != 0 {
			failed = append(failed, chat.OpenChatID)
		}
	}
	if len(failed) > 0 {
		res := c.failCoded(ErrnoInternal, fmt.Sprintf("send failed to %d of %d chats", len(failed), len(chats)), cardSendFailed)
		res.Fields["sendCardInfo"] = info
		res.Fields["failedOpenChatIDs"] = failed
		return res
	}
	return c.OK(Fields{"sendCardInfo": info})
}
