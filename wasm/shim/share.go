package shim

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
)

// tt.share hands text, an image or a link to another app on the phone:
// WeChat, WeChat Moments or the system's share sheet. With one channel it
// goes straight there; with more the client shows its share panel, drawn
// as an action sheet of the channels. What was shared, and where, is the
// call log's: the option, and the panel's answer.

// The channelType values.
const (
	channelWeChat   = "wx"
	channelMoments  = "wx_timeline"
	channelSystem   = "system"
	shareNoWeChat   = 101 // share's errCode: the app is not installed
	shareTextType   = "text"
	shareImageType  = "image"
	shareURLType    = "url"
	shareCancelText = "user cancel"
)

// shareChannelNames are the channels as the share panel names them.
var shareChannelNames = map[string]I18n{
	channelWeChat:  {ZhCN: "微信", EnUS: "WeChat", JaJP: "WeChat"},
	channelMoments: {ZhCN: "朋友圈", EnUS: "WeChat Moments", JaJP: "WeChat モーメンツ"},
	channelSystem:  {ZhCN: "系统分享", EnUS: "System share", JaJP: "システム共有"},
}

// Share is the "share" configuration key: what the phone can share to.
type Share struct {
	WeChatInstalled bool `json:"wechatInstalled"`
}

func shareSchema() *field {
	return object(map[string]*field{"wechatInstalled": boolean()})
}

func (s *Share) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*bool{"wechatInstalled": &s.WeChatInstalled})
}

func init() {
	register(&API{
		Namespace: "tt", Name: "share", Kind: KindAsync, Asks: DialogActionSheet,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`channelType` not a list of `wx`, `wx_timeline` and `system`; `contentType` missing or not " +
						"`text`, `image` or `url`; its content missing or empty (`content`, `image`, or `url` and `title`); `image` not bare Base64; " +
						"`url` not http or https; only `wx_timeline` for something not an image"},
					errTooManyDialogs,
					{Errno: errnoSheetCancel, When: "the share panel cancelled (`share:cancel`): Cancel, a click outside, Escape, `ttShim.answer(\"cancel\")`"},
					{Errno: ErrnoInternal, When: "WeChat chosen, and `share.wechatInstalled` is false (with `errCode` 101)"}},
				Controls: []string{
					"`ttShim.answer(<channel> | <index> | \"cancel\")` or `answers: {share: …}`: the share panel, when more than one channel is offered",
					"`share.wechatInstalled`: whether WeChat is there to share to",
					"`ttShim.calls(\"share\")`: what was shared (`args`) and the channel picked (`dialog.answer`)",
				},
			}
		}),
		Handle: share,
	})
}

func share(c *Call) Result {
	channels, r := shareOption(c)
	if r.err != nil {
		return c.Param(r.err)
	}
	if len(channels) == 1 {
		return shareTo(c, channels[0])
	}
	lang := c.Config().Client.Language
	sheet := ActionSheet{}
	for _, ch := range channels {
		sheet.Items = append(sheet.Items, shareChannelNames[ch].In(lang))
	}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogActionSheet, ActionSheet: &sheet, Dismiss: Answer{Choice: ChoiceCancel}},
		Decide: func(a Answer) (Result, error) {
			switch {
			case a.Index != nil && *a.Index < len(channels):
				return shareTo(c, channels[*a.Index]), nil
			case a.Choice == ChoiceCancel:
				return Cancel(c.Name(), errnoSheetCancel, shareCancelText), nil
			case slices.Contains(channels, a.Choice):
				return shareTo(c, a.Choice), nil
			}
			return Result{}, fmt.Errorf(`the share panel takes one of its channels (%s), its index or "cancel", not %s`,
				strings.Join(channels, ", "), answerText(a))
		},
	})
}

// shareOption reads the option: the channels offered, in order, and what
// is shared, checked as its contentType asks.
func shareOption(c *Call) ([]string, paramReader) {
	r := paramReader{args: c.Args}
	channels := r.strings("channelType", false)
	contentType := r.string("contentType", true)
	title, content, image, link := r.string("title", false), r.string("content", false), r.string("image", false), r.string("url", false)
	if r.err != nil {
		return nil, r
	}
	reason := func(name, format string, args ...any) {
		r.err = &ParamError{Name: name, Reason: fmt.Sprintf(format, args...)}
	}
	if len(channels) == 0 {
		channels = []string{channelWeChat, channelMoments} // Feishu's default
	}
	var offered []string
	for _, ch := range channels {
		if _, known := shareChannelNames[ch]; !known {
			reason("channelType", "channelType holds %s, which is not wx, wx_timeline or system", quoted(ch))
			return nil, r
		}
		// Moments takes images alone, so it is not offered for the rest.
		if !slices.Contains(offered, ch) && (ch != channelMoments || contentType == shareImageType) {
			offered = append(offered, ch)
		}
	}
	switch contentType {
	case shareTextType:
		if content == "" {
			reason("content", `content cannot be empty when contentType is "text"`)
		}
	case shareImageType:
		switch _, err := base64.StdEncoding.DecodeString(image); {
		case image == "":
			reason("image", `image cannot be empty when contentType is "image"`)
		case strings.HasPrefix(image, "data:"):
			reason("image", "image should be bare Base64, without its data:…;base64, prefix")
		case err != nil:
			reason("image", "image should be Base64: %v", err)
		}
	case shareURLType:
		if link == "" {
			reason("url", `url cannot be empty when contentType is "url"`)
		} else if !isWebLink(link) {
			reason("url", "url should be an http or https URL, got %s", quoted(link))
		} else if title == "" {
			reason("title", `title cannot be empty when contentType is "url"`)
		}
	default:
		reason("contentType", `contentType should be "text", "image" or "url", got %s`, quoted(contentType))
	}
	if r.err == nil && len(offered) == 0 {
		reason("channelType", "wx_timeline (WeChat Moments) shares only images, and contentType is %s", quoted(contentType))
	}
	return offered, r
}

// shareTo shares to one channel: WeChat's need WeChat on the phone.
func shareTo(c *Call, channel string) Result {
	if channel != channelSystem && !c.Config().Share.WeChatInstalled {
		return c.failCoded(ErrnoInternal, "WeChat is not installed", shareNoWeChat)
	}
	return c.OK(nil)
}
