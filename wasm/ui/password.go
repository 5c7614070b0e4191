//go:build js && wasm

package ui

import (
	"strconv"
	"strings"

	"ttshim/wasm/shim"
)

// passwordTexts are the words of the client's security-password box.
var passwordTexts = map[string]shim.I18n{
	"passwordTitle":       {ZhCN: "验证安全密码", EnUS: "Verify security password", JaJP: "セキュリティパスワードの確認"},
	"passwordPlaceholder": {ZhCN: "请输入安全密码", EnUS: "Enter your security password", JaJP: "セキュリティパスワードを入力"},
	"passwordAttemptsLeft": {ZhCN: "密码错误，还可尝试 {n} 次", EnUS: "Wrong password. Attempts left: {n}",
		JaJP: "パスワードが違います。残り {n} 回"},
}

func init() {
	for key, words := range passwordTexts {
		texts[key] = words
	}
}

// showPassword draws the security-password box as the prompt is drawn,
// with a box that hides what is typed, and after a miss how many tries are
// left. Enter or OK confirms what is typed; Cancel or Escape cancels.
func (d *DOM) showPassword(dialog shim.Dialog, reply func(shim.Answer) error) {
	lang := dialog.Language
	hint := ""
	if left := dialog.Password.AttemptsLeft; left > 0 {
		hint = strings.ReplaceAll(text(lang, "passwordAttemptsLeft"), "{n}", strconv.Itoa(left))
	}
	d.drawModal(dialog, reply, modalTexts{title: text(lang, "passwordTitle"), content: hint,
		confirm: text(lang, "modalConfirm"), cancel: text(lang, "cancel"), showCancel: true, secret: true},
		&shim.Prompt{Placeholder: text(lang, "passwordPlaceholder"), MaxLength: -1})
}
