package shim

import "ttshim/wasm/internal/jsonwire"

// getUserInfoSince is the first client version whose web apps have
// tt.getUserInfo.
const getUserInfoSince = "3.44.0"

func init() {
	register(&API{
		Namespace: "tt", Name: "getUserInfo", Kind: KindAsync, Taro: true,
		Support: Support{Gadget: Everywhere(All), WebApp: Everywhere(From(getUserInfoSince))},
		Params:  []string{"withCredentials"},
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`withCredentials` is not a boolean"},
					{Errno: ErrnoInvalidSession, When: "a gadget before `tt.login` or `tt.requestAccess` succeeded, whatever `strict` says"},
					{Errno: ErrnoGetUserInfo, When: "the browser has no randomness for the credentials"}},
				Controls: []string{
					"`currentUser` and `users`: whose info it gives",
					"`client.language`: `nickName`, `language` and the region",
					"`mode`: credentials for gadgets only",
					prerequisitesControl,
				},
			}
		}),
		Handle: getUserInfo,
	})
}

// feishuUserInfo is getUserInfo's userInfo, in the order rawData lists it.
type feishuUserInfo struct {
	NickName  string `json:"nickName"`
	AvatarURL string `json:"avatarUrl"`
	Gender    string `json:"gender"` // "", "male" or "female"
	Country   string `json:"country"`
	City      string `json:"city"`
	Language  string `json:"language"` // "zh_CN" or "en_US"
	I18nName  I18n   `json:"i18nName"`
}

func getUserInfo(c *Call) Result {
	withCredentials, perr := c.Args.Bool("withCredentials", false)
	if perr != nil {
		return c.Param(perr)
	}
	cfg := c.Config()
	// A gadget's session comes from its own login; a web app's from
	// h5sdk.config, which the prerequisites check.
	if cfg.Mode == ModeGadget && !c.Shim.accounts.viaLogin && !c.Shim.accounts.viaRequestAccess {
		return c.Fail(ErrnoInvalidSession, "invalid session, please login")
	}
	me := cfg.Me()
	language, region := "en_US", "en"
	if cfg.Client.Language == "zh_CN" {
		language, region = "zh_CN", "zh_CN"
	}
	info := feishuUserInfo{
		NickName: me.Name.In(cfg.Client.Language), AvatarURL: me.Avatar, Gender: me.Gender,
		Country: me.Country.In(region), City: me.City.In(region), Language: language, I18nName: me.Name,
	}
	// Unescaped as JSON.stringify writes it: the backend verifies the
	// signature over the text the page holds.
	rawData, err := jsonwire.MarshalKeepingHTML(info)
	if err != nil {
		return c.Fail(ErrnoGetUserInfo, "getUserInfo failed: "+err.Error())
	}
	fields := Fields{"userInfo": info, "rawData": string(rawData)}
	// Web apps have no credentials: their backend asks Feishu's server.
	if withCredentials && cfg.Mode == ModeGadget {
		plaintext, err := jsonwire.MarshalKeepingHTML(struct {
			OpenID  string `json:"openId"`
			UnionID string `json:"unionId"`
			feishuUserInfo
			Watermark watermark `json:"watermark"`
		}{me.OpenID, me.UnionID, info, watermark{c.Shim.Now().Unix(), cfg.App.AppID}})
		if err != nil {
			return c.Fail(ErrnoGetUserInfo, "getUserInfo failed: "+err.Error())
		}
		creds, err := c.Shim.credentials(string(rawData), plaintext)
		if err != nil {
			return c.Fail(ErrnoGetUserInfo, "getUserInfo failed: "+err.Error())
		}
		for k, v := range creds {
			fields[k] = v
		}
	}
	return c.OK(fields)
}
