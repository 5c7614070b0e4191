//go:build js && wasm

package ui

import "fmt"

// texts are the shim's own words, in the client's three languages.
var texts = map[string]map[string]string{
	"close":      {"zh_CN": "关闭", "en_US": "Close", "ja_JP": "閉じる"},
	"profile":    {"zh_CN": "个人信息", "en_US": "Profile", "ja_JP": "プロフィール"},
	"department": {"zh_CN": "部门", "en_US": "Department", "ja_JP": "部署"},
	"external":   {"zh_CN": "外部", "en_US": "External", "ja_JP": "社外"},
}

func text(language, key string) string {
	if s, ok := texts[key][language]; ok {
		return s
	}
	return texts[key]["en_US"]
}

func errorf(p any) error { return fmt.Errorf("%v", p) }
