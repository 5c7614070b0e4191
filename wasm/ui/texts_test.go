//go:build js && wasm

package ui

import (
	"strings"
	"testing"

	"ttshim/wasm/shim"
)

// Every word of the UI is written in each client language, with the same
// number to fill in: the fallback that names follow is never what shows
// one of them.
func TestTextsAreComplete(t *testing.T) {
	for key, words := range texts {
		verbs := strings.Count(words.ZhCN, "%d")
		for _, language := range shim.ClientLanguages() {
			if s := words.In(language); s == "" || s != text(language, key) {
				t.Errorf("%s has no %s", key, language)
			} else if strings.Count(s, "%d") != verbs {
				t.Errorf("%s in %s fills in %d numbers, in zh_CN %d", key, language, strings.Count(s, "%d"), verbs)
			}
		}
	}
}

// A name missing in the client's language shows as its fallback says,
// with the next language's name under it.
func TestCardNameFallsBack(t *testing.T) {
	d := newDOM(t)
	d.ShowProfile(shim.Profile{User: liLei, Language: "ja_JP", Floating: true})
	card := shadow(t).find("section.card")
	if name, alias := card.find(".name").text(), card.find(".alias").text(); name != "Li <b>Lei</b>" || alias != "李<b>雷</b>" {
		t.Errorf("in ja_JP the card reads %q over %q, want English over Chinese", name, alias)
	}
}
