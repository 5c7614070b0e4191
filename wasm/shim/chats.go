package shim

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The tenant's chats, the "chats" configuration key: groups, one-to-one
// chats between users, and chats with bots, each with its members (the
// tenant's users), unread badge and @ count. The chat APIs (chooseChat,
// enterChat, getChatInfo, sendMessageCard) see them as the signed-in user
// does: only the chats they are a member of.

// What a chat's "type" is.
const (
	ChatGroup = "group"
	ChatP2P   = "p2p" // two users, or one: the chat with oneself
	ChatBot   = "bot" // a user and a bot, which has no openId
)

// Chat is one chat of the tenant.
type Chat struct {
	OpenChatID string `json:"openChatId"`
	Type       string `json:"type"`
	// Name is a group's or a bot's; a p2p chat is named after the other
	// member, as the client names it.
	Name    I18n     `json:"name"`
	Avatar  string   `json:"avatar"`
	Members []string `json:"members"`
	Badge   int      `json:"badge"`
	AtCount int      `json:"atCount"`
	// SendStatus is the status sendMessageCard reports for a card sent
	// here: 0 is sent, anything else a failure.
	SendStatus int `json:"sendStatus"`
}

// Chats is the "chats" configuration key.
type Chats struct {
	List []Chat `json:"list"`
}

func chatsSchema() *field {
	return object(map[string]*field{
		"list": arrayOf(object(map[string]*field{
			"openChatId": str(),
			"type":       str(ChatGroup, ChatP2P, ChatBot),
			"name":       i18nField(),
			"avatar":     imageURL(),
			"members":    arrayOf(str()),
			"badge":      number(0, 1<<31-1),
			"atCount":    number(0, 1<<31-1),
			"sendStatus": number(-1<<31, 1<<31-1),
		})),
	})
}

func (c *Chats) applyPatch(patch map[string]any) {
	list, named := patch["list"]
	if !named {
		return
	}
	items, _ := list.([]any)
	c.List = make([]Chat, len(items))
	for i, item := range items {
		chat, fields := &c.List[i], asObject(item)
		chat.Type = ChatGroup
		setFields(fields, map[string]*string{"openChatId": &chat.OpenChatID, "type": &chat.Type, "avatar": &chat.Avatar})
		chat.Name.applyPatch(asObject(fields["name"]))
		chat.Members = stringsFrom(fields["members"])
		setWholeNumbers(fields, map[string]*int{"badge": &chat.Badge, "atCount": &chat.AtCount, "sendStatus": &chat.SendStatus})
	}
}

func (c Chats) clone() Chats {
	c.List = slices.Clone(c.List)
	for i := range c.List {
		c.List[i].Members = slices.Clone(c.List[i].Members)
	}
	return c
}

// completeChats derives what a chat leaves out: its openChatId, from its
// English name (a p2p chat's from its members), and a group's or bot's
// avatar, drawn from its name.
func completeChats(chats []Chat) {
	for i := range chats {
		chat := &chats[i]
		seed := chat.Type + ":" + chat.Name.In("en_US")
		if chat.Type == ChatP2P {
			members := slices.Clone(chat.Members)
			slices.Sort(members)
			seed = "p2p:" + strings.Join(members, ",")
		}
		if chat.OpenChatID == "" {
			chat.OpenChatID = "oc_" + Digest("chat:"+seed, 32)
		}
		if chat.Avatar == "" && chat.Type != ChatP2P {
			chat.Avatar = avatarDataURI(chat.Name.In("en_US"), "chat:"+seed)
		}
	}
}

// pruneChats keeps the default chats believable under a "users" of the
// page's own: members it lacks leave, and chats left without the members
// they need go.
func pruneChats(chats []Chat, users []User) []Chat {
	known := func(id string) bool { return slices.ContainsFunc(users, func(u User) bool { return u.OpenID == id }) }
	kept := []Chat{}
	for _, chat := range chats {
		members := slices.DeleteFunc(slices.Clone(chat.Members), func(id string) bool { return !known(id) })
		if len(members) == 0 || (chat.Type == ChatP2P && len(members) < len(chat.Members)) {
			continue
		}
		chat.Members = members
		kept = append(kept, chat)
	}
	return kept
}

// validate checks the chats against the directory.
func (c Chats) validate(users []User) error {
	seen := map[string]bool{}
	for i, chat := range c.List {
		at := `"chats.list[` + strconv.Itoa(i) + `]` // not fmt: validate runs at every boot
		if seen[chat.OpenChatID] {
			return fmt.Errorf(`%s.openChatId" %q appears twice`, at, chat.OpenChatID)
		}
		seen[chat.OpenChatID] = true
		switch {
		case chat.Type != ChatP2P && chat.Name.In("en_US") == "":
			return fmt.Errorf(`%s.name" needs at least one of zh_cn, en_us, ja_jp for a %s chat`, at, chat.Type)
		case len(chat.Members) == 0:
			return fmt.Errorf(`%s.members" needs at least one openId`, at)
		case chat.Type == ChatP2P && len(chat.Members) > 2:
			return fmt.Errorf(`%s.members" of a p2p chat holds one or two openIds, not %d`, at, len(chat.Members))
		case chat.Type == ChatBot && len(chat.Members) != 1:
			return fmt.Errorf(`%s.members" of a bot chat holds the one user who talks with the bot, not %d`, at, len(chat.Members))
		}
		for j, id := range chat.Members {
			if !slices.ContainsFunc(users, func(u User) bool { return u.OpenID == id }) {
				return fmt.Errorf(`%s.members[%d]" %q is not an openId in "users"`, at, j, id)
			}
		}
	}
	return nil
}

// ChatView is a chat as one user sees it: a p2p chat takes the other
// member's name and face.
type ChatView struct {
	Chat
	Name     I18n
	Avatar   string
	External bool // a member is an external contact
	// Self is the chat with oneself.
	Self bool
}

// viewChat shows chat to the user me.
func (cfg Config) viewChat(chat Chat, me string) ChatView {
	v := ChatView{Chat: chat, Name: chat.Name, Avatar: chat.Avatar}
	for _, id := range chat.Members {
		if u, ok := cfg.User(id); ok && u.External {
			v.External = true
		}
	}
	if chat.Type == ChatP2P {
		other := me
		for _, id := range chat.Members {
			if id != me {
				other = id
			}
		}
		v.Self = other == me
		if u, ok := cfg.User(other); ok {
			if chat.Name.In("en_US") == "" {
				v.Name = u.Name
			}
			if chat.Avatar == "" {
				v.Avatar = u.Avatar
			}
		}
	}
	return v
}

// MyChats are the chats the signed-in user is a member of, as they see
// them, in the configured order.
func (cfg Config) MyChats() []ChatView {
	var out []ChatView
	for _, chat := range cfg.Chats.List {
		if slices.Contains(chat.Members, cfg.CurrentUser) {
			out = append(out, cfg.viewChat(chat, cfg.CurrentUser))
		}
	}
	return out
}

// MyChat finds one of the signed-in user's chats by its openChatId.
func (cfg Config) MyChat(openChatID string) (ChatView, bool) {
	for _, v := range cfg.MyChats() {
		if v.OpenChatID == openChatID {
			return v, true
		}
	}
	return ChatView{}, false
}

// p2pWith is the signed-in user's one-to-one chat with openID: the
// configured one, or the one the client would start (its ID derived as a
// configured chat's is).
func (cfg Config) p2pWith(openID string) ChatView {
	for _, v := range cfg.MyChats() {
		if v.Type == ChatP2P && slices.Contains(v.Members, openID) && (openID != cfg.CurrentUser || v.Self) {
			return v
		}
	}
	chat := []Chat{{Type: ChatP2P, Members: []string{cfg.CurrentUser, openID}}}
	if openID == cfg.CurrentUser {
		chat[0].Members = []string{openID}
	}
	completeChats(chat)
	return cfg.viewChat(chat[0], cfg.CurrentUser)
}

// avatarURLs is a chat's avatar as the client lists it: one URL per
// resolution, which for ttshim's pictures is the same picture.
func (v ChatView) avatarURLs() []string {
	if v.Avatar == "" {
		return []string{}
	}
	return []string{v.Avatar}
}

// defaultChat is one of the default chats as written: its members are
// indexes into the default tenant's people. The table is data the linker
// lays out, where a []Chat literal naming the people's IDs was 17 KB of
// code V8 compiled at every boot (docs/benchmarks.md, "Code compiled
// during boot").
type defaultChat struct {
	kind           string
	name           I18n
	members        []int
	badge, atCount int
}

// The default chats: the signed-in 张伟 is in all but the sales team's
// weekly meeting.
var defaultChatTable = [...]defaultChat{
	{kind: ChatGroup, name: I18n{ZhCN: "全员群", EnUS: "All Hands", JaJP: "全社員"},
		members: []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, badge: 3},
	{kind: ChatGroup, name: I18n{ZhCN: "工程部", EnUS: "Engineering", JaJP: "エンジニアリング部"},
		members: []int{0, 3, 5}, badge: 12, atCount: 1},
	{kind: ChatGroup, name: I18n{ZhCN: "产品设计评审", EnUS: "Product & Design Review", JaJP: "プロダクト・デザインレビュー"},
		members: []int{1, 2, 7, 8, 0}},
	{kind: ChatGroup, name: I18n{ZhCN: "合作伙伴项目群", EnUS: "Partner Project", JaJP: "パートナープロジェクト"},
		members: []int{0, 1, 10, 11}, badge: 5, atCount: 2},
	{kind: ChatGroup, name: I18n{ZhCN: "销售周会", EnUS: "Sales Weekly", JaJP: "営業週次定例"},
		members: []int{4, 9, 1}, badge: 1},
	{kind: ChatP2P, members: []int{0, 1}, badge: 2},
	{kind: ChatP2P, members: []int{0, 2}},
	{kind: ChatP2P, members: []int{0, 10}, badge: 1},
	{kind: ChatP2P, members: []int{0}},
	{kind: ChatBot, name: I18n{ZhCN: "审批助手", EnUS: "Approval Assistant", JaJP: "承認アシスタント"},
		members: []int{0}, badge: 4},
}

var defaultChats = sync.OnceValue(func() []Chat {
	people := DefaultTenant()
	chats := make([]Chat, len(defaultChatTable))
	for i, c := range defaultChatTable {
		chats[i] = Chat{Type: c.kind, Name: c.name, Members: make([]string, len(c.members)), Badge: c.badge, AtCount: c.atCount}
		for j, person := range c.members {
			chats[i].Members[j] = people[person].OpenID
		}
	}
	completeChats(chats)
	return chats
})

// DefaultChats are the embedded chats used when "chats.list" is not
// configured.
func DefaultChats() Chats {
	return Chats{List: defaultChats()}.clone()
}
