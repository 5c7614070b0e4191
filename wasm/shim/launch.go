package shim

import (
	"fmt"
	"slices"
	"strconv"
	"sync"
)

// The "launch" configuration key: how the app was opened from a chat, by
// a message shortcut (getBlockActionSourceDetail: the messages it acted
// on) or the chat's "+" menu (getTriggerContext: the chat). The client
// hands the page a trigger code (the launch query's __trigger_id__); the
// page trades it for what the person acted on.

// What launch.error makes the trigger APIs fail with.
const (
	LaunchNotLogin    = "notLogin"
	LaunchFailed      = "failed"
	LaunchUnavailable = "unavailable"
)

// The errCodes of getBlockActionSourceDetail's page.
const (
	triggerEmpty       = 42301
	triggerInvalid     = 42302
	triggerNotLogin    = 42303
	triggerFailed      = 42304
	triggerUnavailable = 42305
)

// maxLaunchMessages is how many messages a shortcut acts on at most.
const maxLaunchMessages = 20

// messageTypes are a launch message's types, as the page lists them.
var messageTypes = []string{"text", "image", "post", "media", "file", "interactive", "unsupport"}

// LaunchMessage is one message a shortcut acted on.
type LaunchMessage struct {
	OpenMessageID string `json:"openMessageId"`
	MessageType   string `json:"messageType"`
	// Sender is the openId of a user in "users".
	Sender     string `json:"sender"`
	CreateTime int64  `json:"createTime"`
	Content    string `json:"content"`
	Status     bool   `json:"status"`
}

// Launch is the "launch" configuration key.
type Launch struct {
	// TriggerCode is the code the page was launched with; "" when it was
	// not launched from a chat.
	TriggerCode string `json:"triggerCode"`
	OpenChatID  string `json:"openChatId"`
	BizType     string `json:"bizType"`
	// ActionTime is when the person acted, in seconds.
	ActionTime int64           `json:"actionTime"`
	Messages   []LaunchMessage `json:"messages"`
	// Error makes the trigger APIs fail: "", "notLogin", "failed" or
	// "unavailable".
	Error string `json:"error"`
}

func launchSchema() *field {
	return object(map[string]*field{
		"triggerCode": str(),
		"openChatId":  str(),
		"bizType":     str(),
		"actionTime":  number(0, 1<<53),
		"messages": arrayOf(object(map[string]*field{
			"openMessageId": str(), "messageType": str(messageTypes...), "sender": str(), "createTime": number(0, 1<<53),
			"content": str(), "status": boolean(),
		})),
		"error": str("", LaunchNotLogin, LaunchFailed, LaunchUnavailable),
	})
}

func (l *Launch) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*string{"triggerCode": &l.TriggerCode, "openChatId": &l.OpenChatID, "bizType": &l.BizType,
		"error": &l.Error})
	setWholeNumbers(patch, map[string]*int64{"actionTime": &l.ActionTime})
	if list, named := patch["messages"]; named {
		items, _ := list.([]any)
		l.Messages = make([]LaunchMessage, len(items))
		for i, item := range items {
			m, fields := &l.Messages[i], asObject(item)
			m.MessageType, m.Status = "text", true
			setFields(fields, map[string]*string{"openMessageId": &m.OpenMessageID, "messageType": &m.MessageType,
				"sender": &m.Sender, "content": &m.Content})
			setFields(fields, map[string]*bool{"status": &m.Status})
			setWholeNumbers(fields, map[string]*int64{"createTime": &m.CreateTime})
		}
	}
}

func (l Launch) clone() Launch {
	l.Messages = slices.Clone(l.Messages)
	return l
}

// completeLaunch derives the messages' IDs they leave out.
func completeLaunch(l *Launch) {
	for i := range l.Messages {
		if m := &l.Messages[i]; m.OpenMessageID == "" {
			// Not fmt, whose code V8 would otherwise compile at every boot.
			m.OpenMessageID = "om_" + Digest("message:"+l.TriggerCode+":"+strconv.Itoa(i)+":"+m.Content, 32)
		}
	}
}

// pruneLaunch keeps the default launch believable under a "users" of the
// page's own: messages whose sender left go, and so does a chat that went.
func (cfg *Config) pruneLaunch() {
	l := &cfg.Launch
	l.Messages = slices.DeleteFunc(l.Messages, func(m LaunchMessage) bool { return !cfg.hasUser(m.Sender) })
	if !slices.ContainsFunc(cfg.Chats.List, func(c Chat) bool { return c.OpenChatID == l.OpenChatID }) {
		l.OpenChatID = ""
	}
}

func (l Launch) validate(cfg Config) error {
	if len(l.Messages) > maxLaunchMessages {
		return fmt.Errorf(`"launch.messages" holds %d messages, more than the %d a shortcut acts on`, len(l.Messages), maxLaunchMessages)
	}
	for i, m := range l.Messages {
		if !cfg.hasUser(m.Sender) {
			return fmt.Errorf(`"launch.messages[%d].sender" %q is not an openId in "users"`, i, m.Sender)
		}
	}
	if l.OpenChatID != "" && !slices.ContainsFunc(cfg.Chats.List, func(c Chat) bool { return c.OpenChatID == l.OpenChatID }) {
		return fmt.Errorf(`"launch.openChatId" %q is not a chat in "chats.list"`, l.OpenChatID)
	}
	return nil
}

// defaultLaunch is a message shortcut used on two messages in the
// engineering group.
var defaultLaunch = sync.OnceValue(func() Launch {
	people, chats := DefaultTenant(), DefaultChats().List
	l := Launch{TriggerCode: "c-" + Digest("trigger:default", 32), OpenChatID: chats[1].OpenChatID, BizType: "message",
		ActionTime: 1741944413, Messages: []LaunchMessage{
			{MessageType: "text", Sender: people[3].OpenID, CreateTime: 1741944120, Content: `{"text":"登录页的埋点已经上线了"}`, Status: true},
			{MessageType: "text", Sender: people[5].OpenID, CreateTime: 1741944301, Content: `{"text":"我来跟进数据看板"}`, Status: true},
		}}
	completeLaunch(&l)
	return l
})

// DefaultLaunch is the embedded launch used when "launch" is not
// configured.
func DefaultLaunch() Launch { return defaultLaunch().clone() }
