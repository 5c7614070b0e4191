// Package authcode makes the login codes the page hands out (tt.requestAuthCode,
// tt.requestAccess, tt.login, the OAuth authorization page) and opens them
// where the simulated Open Platform exchanges them. The page and the server
// never talk: a code carries its grant, sealed with a key derived from the
// app secret both of them are configured with, and the server alone keeps
// which codes were used.
package authcode

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"time"

	"ttshim/wasm/internal/jsonwire"
)

// Lifetime is how long a code can be exchanged, as Feishu documents it
// for requestAuthCode and the authorization page.
const Lifetime = 5 * time.Minute

// Grant is what a code stands for. Short JSON keys keep codes short enough
// for a redirect URL.
type Grant struct {
	AppID  string `json:"a"`
	OpenID string `json:"o"`
	// Issued and Expires are Unix milliseconds on the issuer's clock.
	Issued  int64 `json:"i"`
	Expires int64 `json:"e"`
	// Nonce makes two codes for the same grant differ.
	Nonce string `json:"n"`
	// Scope is the space-separated scopes granted (OAuth page, requestAccess).
	Scope string `json:"s,omitempty"`
	// RedirectURI is the redirect_uri a code from the authorization page
	// was issued for, which the token request must repeat.
	RedirectURI string `json:"r,omitempty"`
	// CodeChallenge and its method are PKCE's, from the authorization page.
	CodeChallenge       string `json:"c,omitempty"`
	CodeChallengeMethod string `json:"m,omitempty"`
	// SessionKey is the gadget session the code starts (tt.login).
	SessionKey string `json:"k,omitempty"`
}

// ExpiresAt is when the grant stops being exchangeable.
func (g Grant) ExpiresAt() time.Time { return time.UnixMilli(g.Expires) }

var (
	// ErrMalformed is a string that is no code of ttshim's.
	ErrMalformed = errors.New("not a code ttshim issued")
	// ErrForged is a code sealed with another app secret, or altered.
	ErrForged = errors.New("sealed with another app secret, or altered")
)

// keyOf derives the sealing key, so the app secret itself is never the
// MAC key of data the page can see.
func keyOf(appSecret string) []byte {
	mac := hmac.New(sha256.New, []byte(appSecret))
	mac.Write([]byte("ttshim login code v1"))
	return mac.Sum(nil)
}

func seal(appSecret string, payload string) string {
	mac := hmac.New(sha256.New, keyOf(appSecret))
	mac.Write([]byte(payload))
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil)[:16])
}

// macLength is the seal's length in a code: 16 bytes in base64url.
const macLength = 22

// Issue seals a grant into a code: the grant's JSON in base64url, then its
// MAC, so a code is all [A-Za-z0-9_-], the characters Feishu's codes use.
func Issue(appSecret string, g Grant) string {
	data, _ := jsonwire.Marshal(g) // a struct of strings and integers always marshals
	payload := base64.RawURLEncoding.EncodeToString(data)
	return payload + seal(appSecret, payload)
}

// Open checks a code's seal and returns its grant; whether it expired or
// was used is the caller's to judge.
func Open(appSecret, code string) (Grant, error) {
	if len(code) <= macLength {
		return Grant{}, ErrMalformed
	}
	payload, mac := code[:len(code)-macLength], code[len(code)-macLength:]
	data, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return Grant{}, ErrMalformed
	}
	r := jsonwire.ReadObject(data)
	g := Grant{AppID: r.String("a"), OpenID: r.String("o"), Issued: r.Int("i"), Expires: r.Int("e"),
		Nonce: r.String("n"), Scope: r.String("s"), RedirectURI: r.String("r"), CodeChallenge: r.String("c"),
		CodeChallengeMethod: r.String("m"), SessionKey: r.String("k")}
	if r.Err != nil || g.AppID == "" || g.OpenID == "" {
		return Grant{}, ErrMalformed
	}
	if !hmac.Equal([]byte(mac), []byte(seal(appSecret, payload))) {
		return Grant{}, ErrForged
	}
	return g, nil
}
