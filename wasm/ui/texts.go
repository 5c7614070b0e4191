//go:build js && wasm

package ui

import "fmt"

// texts are the shim's own words, in the client's three languages.
var texts = map[string]map[string]string{
	"close":      {"zh_CN": "关闭", "en_US": "Close", "ja_JP": "閉じる"},
	"profile":    {"zh_CN": "个人信息", "en_US": "Profile", "ja_JP": "プロフィール"},
	"department": {"zh_CN": "部门", "en_US": "Department", "ja_JP": "部署"},
	"external":   {"zh_CN": "外部", "en_US": "External", "ja_JP": "社外"},
	"consentAsk": {"zh_CN": "申请获取以下权限", "en_US": "requests the following permission", "ja_JP": "次の権限を求めています"},
	"consentScope": {"zh_CN": "获得你的公开信息（昵称、头像、性别及地区）", "en_US": "Your public profile (nickname, avatar, gender and region)",
		"ja_JP": "公開プロフィール（ニックネーム、アバター、性別、地域）"},
	"allow": {"zh_CN": "允许", "en_US": "Allow", "ja_JP": "許可"},
	"deny":  {"zh_CN": "拒绝", "en_US": "Deny", "ja_JP": "拒否"},

	// The contact picker. pickerCount counts people, pickerCountItems
	// people and departments; both take the number chosen.
	"pickerTitle":       {"zh_CN": "选择联系人", "en_US": "Choose contacts", "ja_JP": "連絡先を選択"},
	"search":            {"zh_CN": "搜索", "en_US": "Search", "ja_JP": "検索"},
	"pickerPeople":      {"zh_CN": "联系人", "en_US": "Contacts", "ja_JP": "連絡先"},
	"pickerDepartments": {"zh_CN": "部门", "en_US": "Departments", "ja_JP": "部署"},
	"pickerCount":       {"zh_CN": "已选 %d 人", "en_US": "%d selected", "ja_JP": "%d 人を選択中"},
	"pickerCountItems":  {"zh_CN": "已选 %d 项", "en_US": "%d selected", "ja_JP": "%d 件を選択中"},
	"pickerLimit":       {"zh_CN": "最多选择 %d 项", "en_US": "You can choose up to %d", "ja_JP": "最大 %d 件まで選択できます"},
	"pickerEmpty":       {"zh_CN": "无搜索结果", "en_US": "No results", "ja_JP": "該当する結果はありません"},
	"confirm":           {"zh_CN": "确定", "en_US": "Confirm", "ja_JP": "確定"},
	"cancel":            {"zh_CN": "取消", "en_US": "Cancel", "ja_JP": "キャンセル"},
}

func text(language, key string) string {
	if s, ok := texts[key][language]; ok {
		return s
	}
	return texts[key]["en_US"]
}

func errorf(p any) error { return fmt.Errorf("%v", p) }
