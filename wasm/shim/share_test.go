package shim

import (
	"reflect"
	"testing"
)

const phone = `{"client":{"platform":"android","version":"7.45.0"}}`

func TestShareOffersItsChannelsInThePanel(t *testing.T) {
	h := newHarness(t, notStrict, phone)
	link := map[string]any{"contentType": "url", "title": "飞书", "url": "https://www.feishu.cn/", "channelType": []any{"wx", "system", "wx"}}
	d := h.askDialog(t, "tt.share", link, DialogActionSheet)
	if !reflect.DeepEqual(d.ActionSheet.Items, []string{"微信", "系统分享"}) {
		t.Errorf("panel %v", d.ActionSheet.Items)
	}
	for _, bad := range []Answer{choiceAnswer("wx_timeline"), {Index: ptr(2)}, choiceAnswer("allow")} {
		if err := h.Answer(d.ID, bad, AnsweredByTest); err == nil {
			t.Errorf("the panel took %s", answerText(bad))
		}
	}
	wantOK(t, h.answerDialog(t, d, choiceAnswer("system")), "share")
	// No channel named: WeChat and, for an image, Moments.
	d = h.askDialog(t, "tt.share", map[string]any{"contentType": "image", "image": "dHRzaGlt"}, DialogActionSheet)
	if !reflect.DeepEqual(d.ActionSheet.Items, []string{"微信", "朋友圈"}) {
		t.Errorf("default panel %v", d.ActionSheet.Items)
	}
	wantOK(t, h.answerDialog(t, d, Answer{Index: ptr(1)}), "share")
	d = h.askDialog(t, "tt.share", link, DialogActionSheet)
	if res := h.answerDialog(t, d, choiceAnswer(ChoiceCancel)); res.Outcome != OutcomeCancel || res.Fields["errMsg"] != "share:cancel" {
		t.Errorf("cancel: %s %v", res.Outcome, res.Fields)
	}
	// One channel shares straight away; WeChat needs WeChat on the phone.
	wantOK(t, h.call(t, "tt.share", map[string]any{"contentType": "text", "content": "hi", "channelType": []any{"wx"}}), "share")
	if err := h.Configure([]byte(`{"share":{"wechatInstalled":false}}`)); err != nil {
		t.Fatal(err)
	}
	res := h.call(t, "tt.share", map[string]any{"contentType": "text", "content": "hi", "channelType": []any{"wx"}})
	if res.Fields["errCode"] != shareNoWeChat || res.Fields["errString"] != "WeChat is not installed (error code: 101)" {
		t.Errorf("no WeChat: %v", res.Fields)
	}
	wantOK(t, h.call(t, "tt.share", map[string]any{"contentType": "text", "content": "hi", "channelType": []any{"system"}}), "share")
	if calls := h.Calls("share"); len(calls) != 6 || calls[0].Dialog.Answer.Choice != "system" {
		t.Errorf("logged %+v", calls)
	}
}

func TestShareChecksWhatIsShared(t *testing.T) {
	h := newHarness(t, notStrict, phone)
	for option, want := range map[string]string{
		`{}`:                                 "contentType cannot be empty",
		`{"contentType":"video"}`:            `contentType should be "text", "image" or "url", got "video"`,
		`{"contentType":"text"}`:             `content cannot be empty when contentType is "text"`,
		`{"contentType":"text","content":5}`: "content is of wrong type",
		`{"contentType":"image"}`:            `image cannot be empty when contentType is "image"`,
		`{"contentType":"image","image":"data:image/png;base64,dHRzaGlt"}`:   "image should be bare Base64, without its data:…;base64, prefix",
		`{"contentType":"image","image":"not base64!"}`:                      "image should be Base64: illegal base64 data at input byte 3",
		`{"contentType":"url","title":"x"}`:                                  `url cannot be empty when contentType is "url"`,
		`{"contentType":"url","url":"ftp://x.test/"}`:                        `url should be an http or https URL, got "ftp://x.test/"`,
		`{"contentType":"url","url":"https://x.test/"}`:                      `title cannot be empty when contentType is "url"`,
		`{"contentType":"text","content":"a","channelType":"wx"}`:            "channelType is of wrong type",
		`{"contentType":"text","content":"a","channelType":["qq"]}`:          `channelType holds "qq", which is not wx, wx_timeline or system`,
		`{"contentType":"text","content":"a","channelType":["wx_timeline"]}`: `wx_timeline (WeChat Moments) shares only images, and contentType is "text"`,
	} {
		res := h.Invoke("tt.share", []byte(`{"a":`+option+`}`))
		if res.Fields["errno"] != ErrnoInvalidParam || res.Fields["errString"] != "Parameter error. "+want {
			t.Errorf("%s: %v, want %q", option, res.Fields, want)
		}
	}
	if len(h.ui.dialogs) != 0 {
		t.Errorf("a bad option opened the panel")
	}
	// PC has no tt.share, as its page says.
	pc := newHarness(t, notStrict, clientPatch("pc", "7.45.0"))
	if res := pc.call(t, "tt.share", map[string]any{"contentType": "text", "content": "a"}); res.Fields["errno"] != ErrnoNotSupported {
		t.Errorf("on PC: %v", res.Fields)
	}
}
