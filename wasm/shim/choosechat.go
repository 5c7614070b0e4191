package shim

import (
	"fmt"
	"slices"
)

// tt.chooseChat: the client's chat picker, listing the signed-in user's
// chats; a person picks one (or up to ten), then confirms in a box with
// the page's title, description and, if asked, a message. sendMessageCard
// asks the same picker.

// DialogChats is the chat picker.
const DialogChats = "chats"

// ErrnoChatCancel is the chat APIs' cancel (Feishu's errno table).
const ErrnoChatCancel = 1002002

// maxChatsPicked is how many chats a multiSelect picker takes.
const maxChatsPicked = 10

// The selectType values.
const (
	selectAnyChat   = 0
	selectGroupChat = 1
	selectP2PChat   = 2
)

// ChatPicker is what the chat picker offers.
type ChatPicker struct {
	Multi bool         `json:"multi"`
	Chats []PickerChat `json:"chats"`
	// The confirmation box: its title, description, button and message
	// input. Empty texts are the client's own.
	ConfirmTitle string `json:"confirmTitle,omitempty"`
	ConfirmText  string `json:"confirmText,omitempty"`
	ConfirmDesc  string `json:"confirmDesc,omitempty"`
	MessageInput bool   `json:"messageInput"`
}

// PickerChat is one row of the chat picker.
type PickerChat struct {
	OpenChatID string `json:"openChatId"`
	Name       I18n   `json:"name"`
	Avatar     string `json:"avatar"`
	// Group, Bot and External are what the row's tags say; Members counts
	// a group's members.
	Group    bool `json:"group"`
	Bot      bool `json:"bot,omitempty"`
	External bool `json:"external,omitempty"`
	Members  int  `json:"members"`
}

var chooseChatParams = []string{"allowCreateGroup", "multiSelect", "ignoreSelf", "ignoreBot", "selectType",
	"confirmTitle", "confirmText", "confirmDesc", "externalChat", "showMessageInput"}

var errChatCancel = ErrorDoc{Errno: ErrnoChatCancel, When: "cancelled (`chooseChat:cancel`): Cancel, Escape, " +
	"`ttShim.answer(\"cancel\")`, `answers: {chooseChat: \"cancel\"}` or `ttShim.reset()`"}

func init() {
	register(&API{
		Namespace: "tt", Name: "chooseChat", Kind: KindAsync, Asks: DialogChats, NeedsLogin: true,
		Params: chooseChatParams,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "an option of the wrong type, or a `selectType` other than 0, 1 or 2"},
					errTooManyDialogs, errChatCancel,
					{Errno: ErrnoInternal, When: "`answers`' `chooseChat` is a choice the picker would refuse"}},
				Controls: []string{
					"`ttShim.answer(\"cancel\" | [openChatIds] | {select: [openChatIds], message})`, or `answers: {chooseChat: …}`: the person at the picker",
					"`chats.list`, `users` and `currentUser`: the chats listed (the signed-in user's)",
					"`client.language`: the picker's texts and the names returned",
					"`client.platform`: `ignoreBot` has no effect on PC, as the docs say", prerequisitesControl,
				},
			}
		}),
		Handle: chooseChat,
	})
}

func chooseChat(c *Call) Result {
	picker, err := chatPickerFor(c.Config(), c.Args)
	if err != nil {
		return c.Param(err)
	}
	return askChats(c, picker, func(picked []ChatView, message string) Result {
		fields := Fields{"data": chatsResult(picked, c.Config().Client.Language)}
		if picker.MessageInput {
			fields["message"] = message
		}
		return c.OK(fields)
	})
}

// chatPickerFor reads chooseChat's options (or sendMessageCard's
// chooseChatParams) and lists the chats they let the person pick.
func chatPickerFor(cfg Config, args Args) (ChatPicker, *ParamError) {
	r := paramReader{args: args}
	r.bool("allowCreateGroup", true) // ttshim creates no groups
	p := ChatPicker{Multi: r.bool("multiSelect", false)}
	ignoreSelf, ignoreBot := r.bool("ignoreSelf", false), r.bool("ignoreBot", false)
	external := r.bool("externalChat", true)
	selectType := r.number("selectType", selectAnyChat)
	p.ConfirmTitle, p.ConfirmText = r.string("confirmTitle", false), r.string("confirmText", false)
	p.ConfirmDesc = r.string("confirmDesc", false)
	p.MessageInput = r.bool("showMessageInput", false)
	if r.err == nil && selectType != selectAnyChat && selectType != selectGroupChat && selectType != selectP2PChat {
		r.err = &ParamError{Name: "selectType", Reason: fmt.Sprintf("selectType should be 0, 1 or 2, got %v", selectType)}
	}
	if r.err != nil {
		return p, r.err
	}
	// The PC client has no ignoreBot, as the docs say.
	ignoreBot = ignoreBot && cfg.Client.Platform != PlatformPC
	p.Chats = []PickerChat{}
	for _, v := range cfg.MyChats() {
		group := v.Type == ChatGroup
		if (selectType == selectGroupChat && !group) || (selectType == selectP2PChat && group) ||
			(ignoreSelf && v.Self) || (ignoreBot && v.Type == ChatBot) || (!external && v.External) {
			continue
		}
		p.Chats = append(p.Chats, PickerChat{OpenChatID: v.OpenChatID, Name: v.Name, Avatar: v.Avatar,
			Group: group, Bot: v.Type == ChatBot, External: v.External, Members: len(v.Members)})
	}
	return p, nil
}

// askChats shows the picker and hands what the person sent to done; a
// cancel answers chooseChat's way, with errCode added by the caller's
// cancel when it has one.
func askChats(c *Call, picker ChatPicker, done func(picked []ChatView, message string) Result) Result {
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogChats, Chats: &picker, Dismiss: Answer{Choice: PickerCancel}},
		Decide: func(a Answer) (Result, error) {
			if a.Choice == PickerCancel {
				return chatCancel(c), nil
			}
			ids, message, err := chatAnswer(a)
			if err != nil {
				return Result{}, err
			}
			picked, err := pickChats(c.Config(), picker, ids)
			if err != nil {
				return Result{}, err
			}
			return done(picked, message), nil
		},
	})
}

// chatCancel is the picker's cancel: sendMessageCard's carries its
// errCode too.
func chatCancel(c *Call) Result {
	res := Cancel(c.Name(), ErrnoChatCancel, "user cancel")
	if c.API.Name == "sendMessageCard" {
		res = withErrCode(res, cardCancelled)
	}
	return res
}

const chatAnswerShapes = `the chat picker takes "cancel", a list of openChatIds or {select: [openChatIds], message}`

// chatAnswer reads the picks and the message out of an answer.
func chatAnswer(a Answer) ([]string, string, error) {
	if a.Select != nil {
		return a.Select, "", nil
	}
	if a.Fields == nil {
		return nil, "", fmt.Errorf("%s", chatAnswerShapes)
	}
	for key := range a.Fields {
		if key != "select" && key != "message" {
			return nil, "", fmt.Errorf("%s; %q is not one of its fields", chatAnswerShapes, key)
		}
	}
	message, ok := a.Fields["message"].(string)
	if _, given := a.Fields["message"]; given && !ok {
		return nil, "", fmt.Errorf("the chat picker's message should be a string")
	}
	list, ok := a.Fields["select"].([]any)
	if !ok {
		return nil, "", fmt.Errorf("%s", chatAnswerShapes)
	}
	ids := make([]string, 0, len(list))
	for _, item := range list {
		id, ok := item.(string)
		if !ok {
			return nil, "", fmt.Errorf("%s", chatAnswerShapes)
		}
		ids = append(ids, id)
	}
	return ids, message, nil
}

// pickChats checks a pick against the picker: chats it lists, one in
// single mode, at most ten otherwise, none twice.
func pickChats(cfg Config, p ChatPicker, ids []string) ([]ChatView, error) {
	switch {
	case len(ids) == 0:
		return nil, fmt.Errorf("no chat was picked: the picker sends to at least one")
	case !p.Multi && len(ids) > 1:
		return nil, fmt.Errorf("the picker is single-choice, and %d were picked", len(ids))
	case len(ids) > maxChatsPicked:
		return nil, fmt.Errorf("the picker takes up to %d chats, and %d were picked", maxChatsPicked, len(ids))
	}
	picked := make([]ChatView, 0, len(ids))
	for i, id := range ids {
		if slices.Contains(ids[:i], id) {
			return nil, fmt.Errorf("%s was picked twice", clipped(id))
		}
		v, ok := cfg.MyChat(id)
		if !ok || !slices.ContainsFunc(p.Chats, func(row PickerChat) bool { return row.OpenChatID == id }) {
			return nil, fmt.Errorf("%s is not in the picker", clipped(id))
		}
		picked = append(picked, v)
	}
	return picked, nil
}

// chatResult is one chosen chat as chooseChat returns it.
type chatResult struct {
	ID         string   `json:"id"`
	ChatType   int      `json:"chatType"`
	UserType   *int     `json:"userType,omitempty"`
	AvatarURLs []string `json:"avatarUrls"`
	Name       string   `json:"name"`
	I18nNames  I18n     `json:"i18nNames"`
}

func chatsResult(chats []ChatView, language string) []chatResult {
	out := make([]chatResult, 0, len(chats))
	for _, v := range chats {
		r := chatResult{ID: v.OpenChatID, ChatType: v.chatType(), AvatarURLs: v.avatarURLs(), Name: v.Name.In(language),
			I18nNames: v.Name}
		if r.ChatType == 0 {
			userType := v.userType()
			r.UserType = &userType
		}
		out = append(out, r)
	}
	return out
}

// chatType is the client's number for a chat: 0 one-to-one, 1 group.
func (v ChatView) chatType() int {
	if v.Type == ChatGroup {
		return 1
	}
	return 0
}

// userType is a one-to-one chat's: 0 with a user, 1 with a bot.
func (v ChatView) userType() int {
	if v.Type == ChatBot {
		return 1
	}
	return 0
}

// Matches reports whether a search query finds the chat: by name in any
// of its languages, ignoring case.
func (p PickerChat) Matches(query string) bool {
	return PickerPerson{Name: p.Name}.Matches(query)
}
