package authcode

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func grant() Grant {
	issued := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	return Grant{AppID: "cli_a", OpenID: "ou_1", Issued: issued.UnixMilli(),
		Expires: issued.Add(Lifetime).UnixMilli(), Nonce: "n1", Scope: "contact:user.base:readonly",
		RedirectURI: "https://app.example.cn/cb", CodeChallenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
		CodeChallengeMethod: "S256", SessionKey: "sk_1"}
}

func TestIssueThenOpen(t *testing.T) {
	code := Issue("secret", grant())
	got, err := Open("secret", code)
	if err != nil {
		t.Fatal(err)
	}
	if got != grant() {
		t.Errorf("opened %+v, issued %+v", got, grant())
	}
	if strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") != "" {
		t.Errorf("code %q holds characters outside Feishu's [A-Za-z0-9_-]", code)
	}
	if want := grant().ExpiresAt(); !got.ExpiresAt().Equal(want) {
		t.Errorf("expires %v, want %v", got.ExpiresAt(), want)
	}
}

func TestAnotherSecretIsForged(t *testing.T) {
	if _, err := Open("other", Issue("secret", grant())); !errors.Is(err, ErrForged) {
		t.Errorf("another secret: %v, want ErrForged", err)
	}
}

func TestAlteredCodeIsForged(t *testing.T) {
	g := grant()
	code := Issue("secret", g)
	g.OpenID = "ou_2"
	other := Issue("other", g)
	altered := other[:len(other)-macLength] + code[len(code)-macLength:]
	if _, err := Open("secret", altered); !errors.Is(err, ErrForged) {
		t.Errorf("altered grant: %v, want ErrForged", err)
	}
}

func TestMalformed(t *testing.T) {
	mac := strings.Repeat("A", macLength)
	for _, code := range []string{"", "abc", mac, "!!!" + mac, "e30" /* {} */ + mac} {
		if _, err := Open("secret", code); !errors.Is(err, ErrMalformed) {
			t.Errorf("Open(%q) = %v, want ErrMalformed", code, err)
		}
	}
}

func TestNoncesMakeCodesDiffer(t *testing.T) {
	a, b := grant(), grant()
	b.Nonce = "n2"
	if Issue("secret", a) == Issue("secret", b) {
		t.Error("two nonces gave one code")
	}
}
