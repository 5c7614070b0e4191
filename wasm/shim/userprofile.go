package shim

import (
	"encoding/hex"
	"fmt"
	"io"
	"slices"
	"unicode/utf16"

	"ttshim/wasm/internal/jsonwire"
)

// maxDescLength is how long getUserProfile's desc may be, counted as JS's
// desc.length counts.
const maxDescLength = 30

// profileLanguages are getUserProfile's lang values; the first is the
// default.
var profileLanguages = []string{"en", "zh_CN", "zh_TW"}

func init() {
	register(&API{
		Namespace: "Taro", Name: "getUserProfile", Kind: KindTaro,
		Support:      Support{Gadget: Everywhere(All), WebApp: Everywhere(All)},
		Params:       []string{"desc", "lang"},
		BeforeConfig: true,
		NeedsTap:     true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject,
					{Errno: ErrnoInvalidParam, When: "`desc` is missing, not a string, empty or over 30 characters, " +
						"or `lang` is not `en`, `zh_CN` or `zh_TW`"},
					{Errno: ErrnoCallProhibited, When: "not called from a user gesture, unless `requireTap` is false"},
					errTooManyDialogs,
					{Errno: ErrnoUserPermission, When: "denied (`auth deny`): Deny, Escape, `ttShim.answer(\"deny\")`, " +
						"`consent: \"deny\"` or `ttShim.reset()`"},
					{Errno: ErrnoInternal, When: "the browser has no randomness for the credentials"}},
				Controls: []string{
					"`consent`: `\"ask\"` shows the popup; `\"allow\"` and `\"deny\"` answer at once",
					"`ttShim.answer(\"allow\" or \"deny\")`: answers the popup on screen",
					"`requireTap`: `false` lifts the tap rule",
					"`app.appName` and `app.avatar`: the app the popup names",
					"`currentUser`: whose profile, when the popup is answered",
					"`client.language`: `nickName` and the popup's texts",
				},
			}
		}),
		Handle: getUserProfile,
	})
}

// profileInfo is getUserProfile's userInfo, its fields in the order of
// WeChat's rawData.
type profileInfo struct {
	NickName  string `json:"nickName"`
	Gender    int    `json:"gender"`
	Language  string `json:"language"`
	City      string `json:"city"`
	Province  string `json:"province"`
	Country   string `json:"country"`
	AvatarURL string `json:"avatarUrl"`
}

// genderCode is WeChat's numbering: 0 unknown, 1 male, 2 female.
func genderCode(gender string) int {
	switch gender {
	case "male":
		return 1
	case "female":
		return 2
	}
	return 0
}

func getUserProfile(c *Call) Result {
	if kind := c.Args.TypeOf("desc"); kind != "String" {
		return c.Param(&ParamError{Name: "desc", Want: "String", Got: kind})
	}
	desc := c.Args.Raw("desc").(string)
	if n := len(utf16.Encode([]rune(desc))); n == 0 || n > maxDescLength {
		return c.Fail(ErrnoInvalidParam, "desc length does not meet the requirements")
	}
	lang, perr := c.Args.String("lang", false)
	if perr != nil {
		return c.Param(perr)
	}
	if lang == "" {
		lang = profileLanguages[0]
	}
	if !slices.Contains(profileLanguages, lang) {
		return c.Param(&ParamError{Name: "lang", Reason: fmt.Sprintf(
			"parameter.lang should be one of %s instead of %s", quoteAll(profileLanguages), quoted(lang))})
	}
	cfg := c.Config()
	if cfg.RequireTap && !c.Args.Tapped() {
		return c.Fail(ErrnoCallProhibited, "can only be invoked by user TAP gesture.")
	}
	me := cfg.Me()
	q := Question{
		Dialog: Dialog{Kind: DialogConsent, Dismiss: Answer{Choice: ConsentDeny}, Consent: &Consent{
			AppName: cfg.App.AppName, AppAvatar: cfg.App.AvatarURL(), Desc: desc,
			UserName: me.Name.In(cfg.Client.Language), UserAvatar: me.Avatar,
		}},
		Decide: func(a Answer) (Result, error) {
			switch a.Choice {
			case ConsentAllow:
				return shareProfile(c, lang), nil
			case ConsentDeny:
				return c.Fail(ErrnoUserPermission, "auth deny"), nil
			}
			return Result{}, fmt.Errorf(`a consent popup takes "allow" or "deny"`)
		},
	}
	if cfg.Consent != ConsentAsk {
		q.Preset = &Answer{Choice: cfg.Consent}
	}
	return c.Ask(q)
}

// shareProfile is the answer once the person allowed it: the signed-in
// user (at the time of the answer), signed and encrypted with the
// current session.
func shareProfile(c *Call, lang string) Result {
	cfg := c.Config()
	me := cfg.Me()
	info := profileInfo{
		NickName: me.Name.In(cfg.Client.Language), Gender: genderCode(me.Gender), Language: lang,
		City: me.City.In(lang), Province: me.Province.In(lang), Country: me.Country.In(lang),
		AvatarURL: me.Avatar,
	}
	rawData, err := jsonwire.MarshalKeepingHTML(info)
	if err != nil {
		return c.Fail(ErrnoInternal, "internal error: "+err.Error())
	}
	plaintext, err := jsonwire.MarshalKeepingHTML(struct {
		profileInfo
		Watermark watermark `json:"watermark"`
	}{info, watermark{c.Shim.Now().Unix(), cfg.App.AppID}})
	if err != nil {
		return c.Fail(ErrnoInternal, "internal error: "+err.Error())
	}
	fields, err := c.Shim.credentials(string(rawData), plaintext)
	if err != nil {
		return c.Fail(ErrnoInternal, "internal error: "+err.Error())
	}
	cloud := make([]byte, 16)
	if _, err := io.ReadFull(c.Shim.Rand, cloud); err != nil {
		return c.Fail(ErrnoInternal, "internal error: "+err.Error())
	}
	fields["userInfo"] = info
	fields["rawData"] = string(rawData)
	fields["cloudID"] = "ttshim_" + hex.EncodeToString(cloud)
	return c.OK(fields)
}
