// Tests of the "chats" configuration key: the default chats, chats of the
// page's own with derived IDs and avatars, what validation refuses, and
// the default chats under a "users" of the page's own.

package shim

import (
	"strings"
	"testing"
)

func TestDefaultChatsAreTheSignedInUsers(t *testing.T) {
	cfg := DefaultConfig()
	mine := cfg.MyChats()
	// Ten chats, of which the sales team's weekly meeting is not 张伟's.
	if len(cfg.Chats.List) != 10 || len(mine) != 9 {
		t.Fatalf("%d chats, %d of them the signed-in user's", len(cfg.Chats.List), len(mine))
	}
	seen := map[string]bool{}
	for _, v := range mine {
		if !strings.HasPrefix(v.OpenChatID, "oc_") || len(v.OpenChatID) != 35 || seen[v.OpenChatID] {
			t.Errorf("openChatId %q", v.OpenChatID)
		}
		seen[v.OpenChatID] = true
		if v.Name.ZhCN == "" || v.Name.EnUS == "" || v.Name.JaJP == "" || v.Avatar == "" {
			t.Errorf("chat %s lacks a name or an avatar: %+v", v.OpenChatID, v)
		}
	}
	// A p2p chat is named after the other member, with their face.
	li := cfg.viewChat(cfg.Chats.List[5], cfg.CurrentUser)
	if li.Name != DefaultTenant()[1].Name || li.Avatar != DefaultTenant()[1].Avatar || li.Self {
		t.Errorf("the chat with 李娜 is %+v", li)
	}
	if self := cfg.viewChat(cfg.Chats.List[8], cfg.CurrentUser); !self.Self || self.Name != DefaultTenant()[0].Name {
		t.Errorf("the chat with oneself is %+v", self)
	}
	if partner, _ := cfg.MyChat(chatID(t, "Partner Project")); !partner.External || partner.AtCount != 2 || partner.Badge != 5 {
		t.Errorf("the partner group is %+v", partner)
	}
}

func TestChatsOfThePagesOwn(t *testing.T) {
	me, li := DefaultTenant()[0].OpenID, DefaultTenant()[1].OpenID
	cfg, err := ParseConfig([]byte(`{"chats":{"list":[{"name":{"en_us":"Lunch"},"members":["` + me + `","` + li + `"],"badge":7},
		{"type":"p2p","members":["` + li + `","` + me + `"]},{"openChatId":"oc_given","type":"bot","name":{"zh_cn":"机器人"},"members":["` + me + `"]}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	list := cfg.Chats.List
	if len(list) != 3 || list[0].Type != ChatGroup || list[0].Badge != 7 || !strings.HasPrefix(list[0].Avatar, "data:image/svg+xml") {
		t.Fatalf("chats %+v", list)
	}
	if list[0].OpenChatID != "oc_"+Digest("chat:group:Lunch", 32) || list[1].Avatar != "" || list[2].OpenChatID != "oc_given" {
		t.Errorf("derived %q %q %q", list[0].OpenChatID, list[1].Avatar, list[2].OpenChatID)
	}
	// The same pair in either order is the same chat.
	if cfg.p2pWith(li).OpenChatID != list[1].OpenChatID {
		t.Errorf("p2pWith(李娜) is %q, want %q", cfg.p2pWith(li).OpenChatID, list[1].OpenChatID)
	}
}

func TestChatsValidation(t *testing.T) {
	me := DefaultTenant()[0].OpenID
	for patch, want := range map[string]string{
		`{"chats":{"list":[{"members":["` + me + `"]}]}}`:                                                                                                              `"chats.list[0].name" needs at least one of zh_cn, en_us, ja_jp for a group chat`,
		`{"chats":{"list":[{"name":{"en_us":"A"},"members":[]}]}}`:                                                                                                     `"chats.list[0].members" needs at least one openId`,
		`{"chats":{"list":[{"name":{"en_us":"A"},"members":["ou_nobody"]}]}}`:                                                                                          `"chats.list[0].members[0]" "ou_nobody" is not an openId in "users"`,
		`{"chats":{"list":[{"type":"p2p","members":["` + me + `","` + me + `","` + me + `"]}]}}`:                                                                       `"chats.list[0].members" of a p2p chat holds one or two openIds, not 3`,
		`{"chats":{"list":[{"type":"bot","name":{"en_us":"B"},"members":[]}]}}`:                                                                                        `"chats.list[0].members" needs at least one openId`,
		`{"chats":{"list":[{"openChatId":"oc_x","name":{"en_us":"A"},"members":["` + me + `"]},{"openChatId":"oc_x","name":{"en_us":"B"},"members":["` + me + `"]}]}}`: `"chats.list[1].openChatId" "oc_x" appears twice`,
		`{"chats":{"list":[{"type":"channel"}]}}`:                                                                                                                      `"chats.list[0].type" should be one of "group", "p2p", "bot", got "channel"`,
		`{"chats":{"list":[{"badge":-1}]}}`:                                                                                                                            `"chats.list[0].badge" should be from 0 to 2.147483647e+09, got -1`,
		`{"chats":{"lists":[]}}`:                                                                                                                                       `unknown key "chats.lists" (did you mean "chats.list"?)`,
	} {
		if _, err := ParseConfig([]byte(patch)); err == nil || err.Error() != want {
			t.Errorf("%s:\n got %v\nwant %s", patch, err, want)
		}
	}
}

func TestDefaultChatsFollowAPagesUsers(t *testing.T) {
	people := DefaultTenant()
	cfg, err := ParseConfig([]byte(`{"users":[{"name":{"en_us":"Zhang Wei"}},{"name":{"en_us":"Li Na"}},{"name":{"en_us":"Ada"}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	// Members who left go, and so do one-to-one chats that lost one; the
	// same people keep the same IDs, and so their chats.
	for _, chat := range cfg.Chats.List {
		for _, id := range chat.Members {
			if id != people[0].OpenID && id != people[1].OpenID {
				t.Errorf("chat %s kept member %s", chat.OpenChatID, id)
			}
		}
	}
	if _, ok := cfg.MyChat(chatID(t, "Li Na")); !ok {
		t.Errorf("the chat with 李娜 went")
	}
	if _, ok := cfg.MyChat(chatID(t, "Wang Fang")); ok {
		t.Errorf("the chat with 王芳, who left, stayed")
	}
	if _, err := ParseConfig([]byte(`{"users":[{"name":{"en_us":"Ada"}}]}`)); err != nil {
		t.Errorf("a directory with none of the default people: %v", err)
	}
}
