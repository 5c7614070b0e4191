//go:build js && wasm

package ui

import (
	_ "embed"

	"github.com/hack-pad/safejs"

	"ttshim/wasm/shim"
)

// The template holds no user data: the page's authContent is filled in
// as text afterwards.
var (
	//go:embed templates/credential.html
	credentialMarkup string
	//go:embed credential.css
	credentialStyles string

	credentialTemplate = markup(credentialMarkup)
)

// credentialTexts are the words of the system's authentication prompt.
var credentialTexts = map[string]shim.I18n{
	"credentialTitle": {ZhCN: "验证身份", EnUS: "Verify your identity", JaJP: "本人確認"},
	"credentialHint": {ZhCN: "请验证指纹、面容或锁屏密码", EnUS: "Use your fingerprint, face or screen lock",
		JaJP: "指紋、顔、または画面ロックで確認してください"},
	"credentialPass": {ZhCN: "验证通过", EnUS: "Pass", JaJP: "認証成功"},
	"credentialFail": {ZhCN: "验证失败", EnUS: "Fail", JaJP: "認証失敗"},
}

func init() {
	for key, words := range credentialTexts {
		texts[key] = words
	}
	stylesheet += credentialStyles
}

// showCredential stands in for the phone's own prompt (the client hands
// the check to the system): the page's reason, and what the sensor could
// conclude, Pass or Fail, beside Cancel (or Escape), which has the focus.
func (d *DOM) showCredential(dialog shim.Dialog, reply func(shim.Answer) error) {
	lang := dialog.Language
	title := text(lang, "credentialTitle")
	b := &builder{}
	layer := d.surface(b)
	el := d.modal(b, dialog, "consent credential", title, credentialTemplate)
	b.call(el, "setAttribute", "aria-describedby", "ttshim-credential-reason")
	b.fill(el, ".ask", title)
	b.fill(el, ".reason", dialog.Credential.AuthContent)
	b.fill(el, ".hint", text(lang, "credentialHint"))
	cancel, fail, pass := b.call(el, "querySelector", ".cancel"), b.call(el, "querySelector", ".fail"), b.call(el, "querySelector", ".pass")
	b.set(cancel, "textContent", text(lang, "cancel"))
	b.set(fail, "textContent", text(lang, "credentialFail"))
	b.set(pass, "textContent", text(lang, "credentialPass"))
	view := d.attachModal(b, layer, el, "the system authentication")
	if view == nil {
		return
	}
	answer := func(choice string) func(safejs.Value) {
		return func(safejs.Value) {
			report("the answer to the system authentication", reply(shim.Answer{Choice: choice}))
		}
	}
	listen("the system authentication's buttons",
		view.on(pass, "click", answer(shim.CredentialPass)),
		view.on(fail, "click", answer(shim.CredentialFail)),
		view.on(cancel, "click", answer(shim.CredentialCancel)),
		view.on(d.document, "keydown", onEscape(answer(dialog.Dismiss.Choice))))
	d.dialog, d.dialogID = view, dialog.ID
	_, _ = cancel.Call("focus")
}
