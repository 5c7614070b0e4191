package openplatform

import (
	"crypto/rand"
	_ "embed"
	"html/template"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"ttshim/wasm/authcode"
	"ttshim/wasm/shim"
)

//go:embed authorize.html
var authorizeHTML string

var authorizePages = template.Must(template.New("").Parse(authorizeHTML))

// The page's own parameters: which account was picked, or that the user
// denied. They are ttshim's, so a test may also add them to the URL to
// skip the clicking.
const (
	pickParam = "ttshim_user"
	denyParam = "ttshim_deny"
)

// authRequest is what the app asked the authorization page for.
type authRequest struct {
	appID       string
	redirectURI string
	state       *string
	scope       string
	challenge   string
	method      string
}

// authorize serves both authorization pages: authen/v1/index (legacy:
// app_id, redirect_uri, state) and authen/v1/authorize (OAuth: client_id,
// response_type, scope, PKCE). The page lists the tenant's users to sign
// in as, and a deny button; a choice redirects to redirect_uri.
func (s *Server) authorize(legacy bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		text := pageTexts[pageLanguage(r, s.cfg.Client.Language)]
		ask, e, detail := s.readAuthRequest(r.URL.Query(), legacy)
		if e != nil {
			s.errorPage(w, text, e, detail)
			return
		}
		query := r.URL.Query()
		if query.Get(denyParam) != "" {
			redirect(w, r, ask, url.Values{"error": {"access_denied"}})
			return
		}
		if pick := query.Get(pickParam); pick != "" {
			if _, ok := s.userByOpenID(pick); !ok {
				s.errorPage(w, text, errorOf(codeUserNotExist), "no user has open_id "+pick)
				return
			}
			redirect(w, r, ask, url.Values{"code": {s.issueCode(ask, pick)}})
			return
		}
		s.accountsPage(w, r, text, ask)
	}
}

// readAuthRequest checks the page's query, with a detail for the error
// page when it refuses.
func (s *Server) readAuthRequest(query url.Values, legacy bool) (authRequest, *apiError, string) {
	ask := authRequest{redirectURI: query.Get("redirect_uri")}
	if query.Has("state") {
		state := query.Get("state")
		ask.state = &state
	}
	idParam := "client_id"
	if legacy {
		idParam = "app_id"
	} else {
		ask.scope, ask.challenge, ask.method = query.Get("scope"), query.Get("code_challenge"), query.Get("code_challenge_method")
	}
	ask.appID = query.Get(idParam)
	switch {
	case ask.appID == "":
		return ask, errorOf(codeAppIDInvalid), idParam + " is missing"
	case ask.appID != s.cfg.App.AppID:
		return ask, errorOf(codeAppIDInvalid), idParam + " " + ask.appID + " is not this tenant's app, " + s.cfg.App.AppID
	case !redirectable(ask.redirectURI):
		return ask, errorOf(codeRedirectURIInvalid), "redirect_uri must be an absolute http or https URL, not " + strconv.Quote(ask.redirectURI)
	case legacy:
		return ask, nil, ""
	case query.Get("response_type") != "code":
		return ask, errorOf(codeInvalidRequest), `response_type must be "code", not ` + strconv.Quote(query.Get("response_type"))
	}
	if ask.challenge != "" && ask.method == "" {
		ask.method = "plain" // RFC 7636's default
	}
	if ask.method != "" && (ask.challenge == "" || (ask.method != "S256" && ask.method != "plain")) {
		return ask, errorOf(codeInvalidRequest), `code_challenge_method must be "S256" or "plain", with a code_challenge`
	}
	return ask, nil, ""
}

// redirectable is an absolute http(s) URL with a host: any such URL is
// allowed, since the simulated app has no list of redirect URLs.
func redirectable(uri string) bool {
	u, err := url.Parse(uri)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// issueCode seals a code for the user picked, as the page's
// tt.requestAuthCode does, plus what this request bound it to.
func (s *Server) issueCode(ask authRequest, openID string) string {
	now := s.now()
	return authcode.Issue(s.cfg.App.AppSecret, authcode.Grant{
		AppID: ask.appID, OpenID: openID,
		Issued: now.UnixMilli(), Expires: now.Add(authcode.Lifetime).UnixMilli(),
		Nonce: rand.Text(), Scope: ask.scope, RedirectURI: ask.redirectURI,
		CodeChallenge: ask.challenge, CodeChallengeMethod: ask.method,
	})
}

// redirect sends the browser back to the app with answer and the state,
// keeping redirect_uri's own query and fragment.
func redirect(w http.ResponseWriter, r *http.Request, ask authRequest, answer url.Values) {
	if ask.state != nil {
		answer.Set("state", *ask.state)
	}
	target, _ := url.Parse(ask.redirectURI) // readAuthRequest parsed it
	if target.RawQuery != "" {
		target.RawQuery += "&"
	}
	target.RawQuery += answer.Encode()
	http.Redirect(w, r, target.String(), http.StatusFound)
}

// pageUser is one account button.
type pageUser struct {
	OpenID, Name, Department string
	// Avatar is a template.URL for data:image/ URIs, which html/template
	// would otherwise refuse, and a string for the rest.
	Avatar any
}

type accountsPage struct {
	Text    pageText
	Heading string
	Scopes  []string
	Action  string
	Hidden  []hiddenField
	Users   []pageUser
}

type hiddenField struct{ Name, Value string }

func (s *Server) accountsPage(w http.ResponseWriter, r *http.Request, text pageText, ask authRequest) {
	page := accountsPage{
		Text:    text,
		Heading: strings.ReplaceAll(text.Heading, "{app}", s.cfg.App.AppName),
		Scopes:  strings.Fields(ask.scope),
		Action:  r.URL.Path,
	}
	query := r.URL.Query()
	for _, name := range slices.Sorted(maps.Keys(query)) {
		if name != pickParam && name != denyParam {
			page.Hidden = append(page.Hidden, hiddenField{name, query.Get(name)})
		}
	}
	for _, u := range s.cfg.Users {
		page.Users = append(page.Users, pageUser{OpenID: u.OpenID, Name: u.Name.In(text.language),
			Department: u.Department.In(text.language), Avatar: avatarSource(u)})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	authorizePages.ExecuteTemplate(w, "accounts", page)
}

// avatarSource lets the configuration's data:image/ avatars through
// html/template, which passes http(s) and relative URLs by itself.
func avatarSource(u shim.User) any {
	if strings.HasPrefix(strings.ToLower(u.Avatar), "data:image/") {
		return template.URL(u.Avatar)
	}
	return u.Avatar
}

type errorPage struct {
	Text   pageText
	Code   int
	Msg    string
	Detail string
}

// errorPage refuses a request the page cannot serve, without redirecting:
// its redirect_uri or app may be the very thing that is wrong.
func (s *Server) errorPage(w http.ResponseWriter, text pageText, e *apiError, detail string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusBadRequest)
	authorizePages.ExecuteTemplate(w, "error", errorPage{Text: text, Code: e.Code, Msg: e.Msg, Detail: detail})
}
