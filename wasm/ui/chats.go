//go:build js && wasm

package ui

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// The chat picker (tt.chooseChat, tt.sendMessageCard) and the chat page
// tt.enterChat opens. The templates hold no page data: chats' names and
// the page's confirm texts are filled in as text afterwards.
var (
	//go:embed templates/chats.html
	chatsMarkup string
	//go:embed templates/chat.html
	chatPageMarkup string
	//go:embed chats.css
	chatsStyles string

	chatsTemplate    = markup(chatsMarkup)
	chatPageTemplate = markup(chatPageMarkup)
)

// chatsTexts are the picker's and the chat page's words; chatsCount takes
// the number picked, chatsLimit the most, chatMembers a group's size.
var chatsTexts = map[string]shim.I18n{
	"chatsTitle":   {ZhCN: "选择会话", EnUS: "Choose chats", JaJP: "チャットを選択"},
	"chatsCount":   {ZhCN: "已选 %d 个会话", EnUS: "%d selected", JaJP: "%d 件を選択中"},
	"chatsLimit":   {ZhCN: "最多选择 %d 个会话", EnUS: "You can choose up to %d chats", JaJP: "最大 %d 件まで選択できます"},
	"chatsChosen":  {ZhCN: "已选择", EnUS: "Chosen", JaJP: "選択済み"},
	"chatsSend":    {ZhCN: "发送", EnUS: "Send", JaJP: "送信"},
	"chatsMessage": {ZhCN: "留言", EnUS: "Leave a message", JaJP: "メッセージを追加"},
	"chatMembers":  {ZhCN: "%d 位成员", EnUS: "%d members", JaJP: "メンバー %d 人"},
	"bot":          {ZhCN: "机器人", EnUS: "Bot", JaJP: "ボット"},
	"chatOpened":   {ZhCN: "页面调用 %s 打开了此会话", EnUS: "The page opened this chat with %s", JaJP: "ページが %s でこのチャットを開きました"},
	"chatBadge":    {ZhCN: "%d 条未读", EnUS: "%d unread", JaJP: "未読 %d 件"},
}

func init() {
	for key, words := range chatsTexts {
		texts[key] = words
	}
	stylesheet += chatsStyles
}

// chatPickerState is the open chat picker: its rows, the picks in the
// order made, and its two steps.
type chatPickerState struct {
	p      *shim.ChatPicker
	lang   string
	reply  func(shim.Answer) error
	rows   []safejs.Value
	shown  []bool
	order  []string
	el     safejs.Value
	search safejs.Value
	count  safejs.Value
	alert  safejs.Value
	empty  safejs.Value
	next   safejs.Value
}

// chatRows is the markup of the picker's rows, row i's input carrying
// value i, named by the chat's name and described by its size and tags.
func chatRows(p *shim.ChatPicker) string {
	kind := "radio"
	if p.Multi {
		kind = "checkbox"
	}
	var sb strings.Builder
	for i := range p.Chats {
		fmt.Fprintf(&sb, `<label class="row"><input type="%s" name="ttshim-chat" value="%d" aria-labelledby="ttshim-chat-%d" `+
			`aria-describedby="ttshim-chat-%d-sub"><img class="row-avatar" alt=""><span class="row-text">`+
			`<span class="row-name" id="ttshim-chat-%d"></span><span class="row-sub" id="ttshim-chat-%d-sub">`+
			`<span class="row-dept"></span><span class="tag bot"></span><span class="tag external"></span></span></span></label>`,
			kind, i, i, i, i, i)
	}
	return sb.String()
}

func (d *DOM) showChatPicker(dialog shim.Dialog, reply func(shim.Answer) error) {
	p, lang := dialog.Chats, dialog.Language
	if p == nil {
		report("the chat picker", fmt.Errorf("dialog %d carries no chats", dialog.ID))
		return
	}
	s := &chatPickerState{p: p, lang: lang, reply: reply, shown: make([]bool, len(p.Chats))}
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "picker chats", text(lang, "chatsTitle"), chatsTemplate)
	s.el = el
	b.fill(el, "#ttshim-chats-title", text(lang, "chatsTitle"))
	s.search = b.call(el, "querySelector", ".search")
	b.call(s.search, "setAttribute", "aria-label", text(lang, "search"))
	b.call(s.search, "setAttribute", "placeholder", text(lang, "search"))
	list := b.call(el, "querySelector", ".list")
	b.set(list, "innerHTML", chatRows(p))
	rows := b.call(list, "querySelectorAll", ".row")
	for i, chat := range p.Chats {
		row := b.index(rows, i)
		b.fill(row, ".row-name", chat.Name.In(lang))
		if chat.Group {
			b.fill(row, ".row-dept", fmt.Sprintf(text(lang, "chatMembers"), chat.Members))
		}
		if chat.Bot {
			b.fill(row, ".bot", text(lang, "bot"))
		}
		if chat.External {
			b.fill(row, ".external", text(lang, "external"))
		}
		b.set(b.call(row, "querySelector", ".row-avatar"), "src", chat.Avatar)
		s.rows = append(s.rows, row)
		s.shown[i] = true
	}
	s.count = b.call(el, "querySelector", ".count")
	s.alert = b.call(el, "querySelector", ".limit")
	s.empty = b.call(el, "querySelector", ".empty")
	b.set(s.empty, "textContent", text(lang, "pickerEmpty"))
	s.next = b.call(el, "querySelector", ".next")
	b.set(s.next, "textContent", text(lang, "confirm"))
	cancel := b.call(el, "querySelector", ".cancel")
	b.set(cancel, "textContent", text(lang, "cancel"))
	back := b.call(el, "querySelector", ".back")
	b.set(back, "textContent", text(lang, "cancel"))
	send := b.call(el, "querySelector", ".send")
	b.set(send, "textContent", orDefault(p.ConfirmText, lang, "chatsSend"))
	b.fill(el, "#ttshim-chats-confirm", orDefault(p.ConfirmTitle, lang, "chatsChosen"))
	b.fill(el, ".confirm-desc", p.ConfirmDesc)
	message := b.call(el, "querySelector", ".message")
	b.call(message, "setAttribute", "aria-label", text(lang, "chatsMessage"))
	b.call(message, "setAttribute", "placeholder", text(lang, "chatsMessage"))
	b.set(message, "hidden", !p.MessageInput)
	s.show(b, "")
	view := d.attachModal(b, layer, el, "the chat picker")
	if view == nil {
		return
	}
	answer := func(a shim.Answer) { report("the answer to the chat picker", reply(a)) }
	listen("the chat picker's controls",
		view.on(list, "change", s.changed),
		view.on(s.search, "input", func(safejs.Value) { s.filter() }),
		view.on(s.next, "click", func(safejs.Value) { s.step(true) }),
		view.on(back, "click", func(safejs.Value) { s.step(false) }),
		view.on(cancel, "click", func(safejs.Value) { answer(shim.Answer{Choice: shim.PickerCancel}) }),
		view.on(send, "click", func(safejs.Value) {
			picked := append([]string{}, s.order...)
			if !p.MessageInput {
				answer(shim.Answer{Select: picked})
				return
			}
			text, _ := (&builder{}).get(message, "value").String()
			list := make([]any, len(picked))
			for i, id := range picked {
				list[i] = id
			}
			answer(shim.Answer{Fields: map[string]any{"select": list, "message": text}})
		}),
		view.on(d.document, "keydown", onEscape(func(safejs.Value) { answer(dialog.Dismiss) })))
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = s.search.Call("focus")
}

// changed follows a row's checkbox or radio; a pick past ten is refused.
func (s *chatPickerState) changed(event safejs.Value) {
	b := &builder{}
	target, i, checked, ok := changedRow(b, event, len(s.p.Chats))
	if !ok {
		return
	}
	id := s.p.Chats[i].OpenChatID
	switch {
	case !checked:
		s.order = without(s.order, id)
	case !s.p.Multi:
		s.order = []string{id}
	case len(s.order) >= 10:
		b.set(target, "checked", false)
		s.show(b, fmt.Sprintf(text(s.lang, "chatsLimit"), 10))
		report("the chat picker's limit", b.err)
		return
	default:
		s.order = append(without(s.order, id), id)
	}
	s.show(b, "")
	report("the chat picker's count", b.err)
}

// show updates the count, the alert and whether the picks can go on.
func (s *chatPickerState) show(b *builder, alert string) {
	b.set(s.count, "textContent", fmt.Sprintf(text(s.lang, "chatsCount"), len(s.order)))
	b.set(s.alert, "textContent", "")
	if alert != "" {
		b.set(s.alert, "textContent", alert)
	}
	b.set(s.next, "disabled", len(s.order) == 0)
}

// step goes to the confirmation box (listing the picks) or back to the
// list, moving the focus with it.
func (s *chatPickerState) step(confirm bool) {
	b := &builder{}
	pick, box := b.call(s.el, "querySelector", ".pick"), b.call(s.el, "querySelector", ".confirm-box")
	if confirm {
		chosen := b.call(s.el, "querySelector", ".chosen")
		b.set(chosen, "textContent", "")
		for _, id := range s.order {
			for _, chat := range s.p.Chats {
				if chat.OpenChatID != id {
					continue
				}
				item := b.call(b.get(s.el, "ownerDocument"), "createElement", "li")
				img := b.call(b.get(s.el, "ownerDocument"), "createElement", "img")
				b.set(img, "alt", "")
				b.set(img, "src", chat.Avatar)
				name := b.call(b.get(s.el, "ownerDocument"), "createElement", "span")
				b.set(name, "textContent", chat.Name.In(s.lang))
				b.call(item, "append", img, name)
				b.call(chosen, "appendChild", item)
			}
		}
	}
	b.set(pick, "hidden", confirm)
	b.set(box, "hidden", !confirm)
	focus := s.search
	if confirm {
		focus = b.call(s.el, "querySelector", ".send")
		if s.p.MessageInput {
			focus = b.call(s.el, "querySelector", ".message")
		}
	}
	b.call(focus, "focus")
	report("the chat picker's confirmation", b.err)
}

// filter hides the rows the search does not find.
func (s *chatPickerState) filter() {
	b := &builder{}
	query, _ := b.get(s.search, "value").String()
	total := 0
	for i, chat := range s.p.Chats {
		shown := chat.Matches(query)
		if shown != s.shown[i] {
			b.set(s.rows[i], "hidden", !shown)
			s.shown[i] = shown
		}
		if shown {
			total++
		}
	}
	b.set(s.empty, "hidden", total > 0)
	report("the chat picker's search", b.err)
}

// chatViews is the chat page on screen; DOM embeds it.
type chatViews struct{ chat *openView }

// ShowChat draws the chat page tt.enterChat (or tt.enterBot) opened over
// the app, until the person goes back.
func (d *DOM) ShowChat(c shim.OpenedChat) {
	d.closeChat()
	lang := c.Language
	b := &builder{}
	layer := d.surface(b)
	el := b.call(d.document, "createElement", "section")
	b.set(el, "className", "page chat-page")
	b.call(el, "setAttribute", "role", "dialog")
	b.call(el, "setAttribute", "aria-label", c.Name)
	b.set(el, "innerHTML", chatPageTemplate)
	back := b.call(el, "querySelector", ".back")
	b.call(back, "setAttribute", "aria-label", text(lang, "back"))
	fillChatHeading(b, el, c)
	if c.Badge > 0 {
		badge := b.call(el, "querySelector", ".badge")
		b.set(badge, "textContent", strconv.Itoa(c.Badge))
		b.call(badge, "setAttribute", "aria-label", fmt.Sprintf(text(lang, "chatBadge"), c.Badge))
	}
	b.fill(el, ".opened", fmt.Sprintf(text(lang, "chatOpened"), c.API))
	view := d.attachModal(b, layer, el, "the chat page")
	if view == nil {
		return
	}
	listen("the chat page's back button", view.on(back, "click", func(safejs.Value) { d.closeChat() }))
	d.chat = view
	_, _ = back.Call("focus")
}

func (d *DOM) closeChat() { closeView(&d.chat) }

// fillChatHeading fills a chat's name, avatar and members (or bot) line,
// the same on the chat page and in the sidebar.
func fillChatHeading(b *builder, el safejs.Value, c shim.OpenedChat) {
	b.fill(el, ".title", c.Name)
	b.fill(el, ".name", c.Name)
	b.set(b.call(el, "querySelector", ".avatar"), "src", c.Avatar)
	switch {
	case c.Group:
		b.fill(el, ".members", fmt.Sprintf(text(c.Language, "chatMembers"), c.Members))
	case c.Bot:
		b.fill(el, ".members", text(c.Language, "bot"))
	}
}
