package shim

import (
	"fmt"
	"slices"
	"sort"
)

// Scopes are the permissions an app asks the person for, in the order of
// Feishu's "API 权限" page.
var Scopes = []string{
	"scope.userInfo", "scope.userLocation", "scope.camera", "scope.record", "scope.writePhotosAlbum",
	"scope.clipboard", "scope.appBadge", "scope.bluetooth", "scope.runData",
}

// A scope's state in the "permissions" key.
const (
	PermissionAsk   = "ask"
	PermissionAllow = "allow"
	PermissionDeny  = "deny"
)

// Dialog kinds of the permission APIs.
const (
	DialogPermission = "permission"
	DialogSettings   = "settings"
)

// PermissionPrompt asks the person to grant the app one scope.
type PermissionPrompt struct {
	AppName   string `json:"appName"`
	AppAvatar string `json:"appAvatar"`
	Scope     string `json:"scope"`
}

// SettingsPage is openSetting's page: a switch for each scope the person
// has decided on.
type SettingsPage struct {
	AppName string         `json:"appName"`
	Scopes  []ScopeSetting `json:"scopes"`
}

// ScopeSetting is one switch of the settings page.
type ScopeSetting struct {
	Scope   string `json:"scope"`
	Allowed bool   `json:"allowed"`
}

func defaultPermissions() map[string]string {
	states := make(map[string]string, len(Scopes))
	for _, scope := range Scopes {
		states[scope] = PermissionAsk
	}
	return states
}

func permissionsField() *field {
	children := make(map[string]*field, len(Scopes))
	for _, scope := range Scopes {
		children[scope] = str(PermissionAsk, PermissionAllow, PermissionDeny)
	}
	return object(children)
}

var errPermissionDenied = ErrorDoc{Errno: ErrnoUserPermission, When: "the scope is denied (`auth deny`): now, " +
	"earlier in the session, or in `permissions`"}

func init() {
	register(&API{
		Namespace: "tt", Name: "authorize", Kind: KindAsync, Taro: true, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList,
					{Errno: ErrnoInvalidParam, When: "`scope` is missing, not a string, or not a scope Feishu lists"},
					errTooManyDialogs, errPermissionDenied},
				Controls: []string{
					"`permissions`: each scope's state, `\"ask\"` (the prompt), `\"allow\"` or `\"deny\"`",
					"`ttShim.answer(\"allow\" or \"deny\")` or `answers: {authorize: …}`: answers the prompt",
					"`app.appName`, `app.avatar`, `client.language`: the prompt's look",
				},
			}
		}),
		Handle: authorize,
	})
	register(&API{
		Namespace: "tt", Name: "getSetting", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList},
				Controls: []string{"`permissions` and the session's decisions: `authSetting`"},
			}
		}),
		Handle: getSetting,
	})
	register(&API{
		Namespace: "tt", Name: "openSetting", Kind: KindAsync, Taro: true, Asks: DialogSettings,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errTooManyDialogs},
				Controls: []string{
					"`permissions` and the session's decisions: the switches shown",
					"`ttShim.answer({\"scope.x\": true|false, …})` or `\"confirm\"`, or `answers: {openSetting: …}`: flips switches and leaves",
				},
			}
		}),
		Handle: openSetting,
	})
}

// WithPermission runs then once the person has granted scope to the app,
// as the client does before an API that needs a scope (getLocation:
// scope.userLocation; saveImageToPhotosAlbum: scope.writePhotosAlbum).
//
//   - A scope already decided (in "permissions", or answered earlier this
//     session) answers at once: then's result, or errno 107 "auth deny".
//   - Otherwise the permission prompt (dialog kind "permission") is shown
//     and the call waits; "allow" or "deny" from a click, ttShim.answer, or
//     answers.<api> when the API's Asks is DialogPermission. The decision
//     is kept for the session (until ttShim.reset).
//   - then may ask in turn (c.Ask): the call then waits on that dialog,
//     under the same id.
//
// Give the API an ErrorDoc for ErrnoUserPermission (errPermissionDenied).
func (c *Call) WithPermission(scope string, then func() Result) Result {
	switch c.Shim.cfg.Permissions[scope] {
	case PermissionAllow:
		return then()
	case PermissionDeny:
		return c.Fail(ErrnoUserPermission, "auth deny")
	}
	cfg := c.Config()
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogPermission, Dismiss: Answer{Choice: PermissionDeny}, Permission: &PermissionPrompt{
			AppName: cfg.App.AppName, AppAvatar: cfg.App.AvatarURL(), Scope: scope,
		}},
		Decide: func(a Answer) (Result, error) {
			switch a.Choice {
			case PermissionAllow, PermissionDeny:
				c.Shim.decide(scope, a.Choice)
				return c.WithPermission(scope, then), nil
			}
			return Result{}, fmt.Errorf(`a permission prompt takes "allow" or "deny"`)
		},
	})
}

// decide keeps the person's decision on scope for the session; reset
// returns to the boot configuration's.
func (s *Shim) decide(scope, state string) {
	permissions := make(map[string]string, len(s.cfg.Permissions))
	for k, v := range s.cfg.Permissions {
		permissions[k] = v
	}
	permissions[scope] = state
	s.cfg.Permissions = permissions
}

func authorize(c *Call) Result {
	scope, err := c.Args.String("scope", true)
	if err != nil {
		return c.Param(err)
	}
	if !slices.Contains(Scopes, scope) {
		return c.Param(&ParamError{Name: "scope", Reason: fmt.Sprintf("scope %s is not one of %s", quoted(scope), quoteAll(Scopes))})
	}
	return c.WithPermission(scope, func() Result { return c.OK(nil) })
}

// authSetting is what the person decided: true for allowed, false for
// denied; scopes still to ask are absent.
func authSetting(permissions map[string]string) map[string]any {
	out := map[string]any{}
	for scope, state := range permissions {
		if state != PermissionAsk {
			out[scope] = state == PermissionAllow
		}
	}
	return out
}

func getSetting(c *Call) Result {
	return c.OK(Fields{"authSetting": authSetting(c.Config().Permissions)})
}

func openSetting(c *Call) Result {
	cfg := c.Config()
	page := SettingsPage{AppName: cfg.App.AppName, Scopes: []ScopeSetting{}}
	for _, scope := range Scopes {
		if state := cfg.Permissions[scope]; state != PermissionAsk && state != "" {
			page.Scopes = append(page.Scopes, ScopeSetting{Scope: scope, Allowed: state == PermissionAllow})
		}
	}
	return c.Ask(Question{
		Dialog: Dialog{Kind: DialogSettings, Settings: &page, Dismiss: Answer{Choice: "confirm"}},
		Decide: func(a Answer) (Result, error) { return leaveSettings(c, page, a) },
	})
}

// leaveSettings applies the switches the person flipped and answers with
// the resulting authSetting (which PC leaves out, as the docs say).
func leaveSettings(c *Call, page SettingsPage, a Answer) (Result, error) {
	if a.Fields == nil && a.Choice != "confirm" {
		return Result{}, fmt.Errorf(`the settings page takes "confirm" or an object of scope: true|false`)
	}
	scopes := make([]string, 0, len(a.Fields))
	for scope := range a.Fields {
		scopes = append(scopes, scope)
	}
	sort.Strings(scopes)
	for _, scope := range scopes {
		if _, ok := a.Fields[scope].(bool); !ok {
			return Result{}, fmt.Errorf("%s should be true or false, got %s", scope, describe(a.Fields[scope]))
		}
		if !slices.ContainsFunc(page.Scopes, func(s ScopeSetting) bool { return s.Scope == scope }) {
			return Result{}, fmt.Errorf("the settings page has no switch for %s (it shows the scopes decided: %s)", quoted(scope), scopeNames(page))
		}
	}
	for _, scope := range scopes {
		state := PermissionDeny
		if a.Fields[scope].(bool) {
			state = PermissionAllow
		}
		c.Shim.decide(scope, state)
	}
	if c.Config().Client.Platform == PlatformPC {
		return c.OK(nil), nil
	}
	return c.OK(Fields{"authSetting": authSetting(c.Config().Permissions)}), nil
}

func scopeNames(page SettingsPage) string {
	if len(page.Scopes) == 0 {
		return "none"
	}
	names := make([]string, len(page.Scopes))
	for i, s := range page.Scopes {
		names[i] = s.Scope
	}
	return quoteAll(names)
}
