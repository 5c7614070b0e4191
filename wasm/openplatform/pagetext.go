package openplatform

import (
	"net/http"
	"strings"
)

// pageText is the authorization page's words in one language.
type pageText struct {
	language string // the shim's name for it, for users' names
	HTMLLang string
	Title    string
	// Heading has "{app}" where the app's name goes.
	Heading, Choose, Accounts, Scopes, Deny, Note string
	ErrorTitle, ErrorCode                         string
}

var pageTexts = map[string]pageText{
	"zh_CN": {
		language: "zh_CN", HTMLLang: "zh-CN", Title: "授权登录",
		Heading: "{app} 申请使用你的飞书账号登录", Choose: "选择要登录的账号", Accounts: "账号",
		Scopes: "申请的权限：", Deny: "拒绝", Note: "这是 ttshim 模拟的飞书授权页。",
		ErrorTitle: "无法打开授权页", ErrorCode: "错误码",
	},
	"en_US": {
		language: "en_US", HTMLLang: "en-US", Title: "Sign in",
		Heading: "{app} wants you to sign in with Feishu", Choose: "Choose an account", Accounts: "Accounts",
		Scopes: "Permissions requested:", Deny: "Deny", Note: "This is Feishu's authorization page as ttshim simulates it.",
		ErrorTitle: "The authorization page cannot open", ErrorCode: "Error code",
	},
	"ja_JP": {
		language: "ja_JP", HTMLLang: "ja-JP", Title: "ログイン",
		Heading: "{app} が Feishu アカウントでのログインを求めています", Choose: "ログインするアカウントを選択", Accounts: "アカウント",
		Scopes: "要求された権限：", Deny: "拒否", Note: "ttshim がシミュレートする Feishu の認可ページです。",
		ErrorTitle: "認可ページを開けません", ErrorCode: "エラーコード",
	},
}

// pageLanguage is the page's language: ?lang= if it names one of the
// three, else the first of them Accept-Language lists, else the client's.
func pageLanguage(r *http.Request, clientLanguage string) string {
	if language := languageOf(r.URL.Query().Get("lang")); language != "" {
		return language
	}
	for _, item := range strings.Split(r.Header.Get("Accept-Language"), ",") {
		tag, _, _ := strings.Cut(item, ";")
		if language := languageOf(tag); language != "" {
			return language
		}
	}
	if _, ok := pageTexts[clientLanguage]; ok {
		return clientLanguage
	}
	return "zh_CN"
}

// languageOf maps a language tag (zh, zh-CN, zh_CN, en-GB…) to one of
// the page's languages, or "".
func languageOf(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(tag, "_", "-")))
	primary, _, _ := strings.Cut(tag, "-")
	switch primary {
	case "zh":
		return "zh_CN"
	case "en":
		return "en_US"
	case "ja":
		return "ja_JP"
	}
	return ""
}
