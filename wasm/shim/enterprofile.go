package shim

import "fmt"

func init() {
	register(&API{
		Namespace: "tt", Name: "enterProfile", Kind: KindAsync,
		Support: Support{
			Gadget: Everywhere(All),
			WebApp: Everywhere(From("4.0.0")),
		},
		Params:         []string{"openid", "left", "top"},
		CallbacksSince: "3.8.0",
		NeedsLogin:     true,
		Taro:           true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errNoLogin,
					{Errno: ErrnoInvalidParam, When: "`openid` is missing, empty or not a string, or `left` or `top` is not a finite number"},
					{Errno: ErrnoInternal, When: "`openid` is not a user in `users`"}},
				Controls: []string{
					"`users`: the people it opens",
					"`client.platform`: a floating card at (`left`, `top`) on PC, a full-screen page elsewhere",
					"`client.language`: the card's texts",
					"`client.version`: gadgets below V3.8.0 never answer",
					prerequisitesControl,
				},
			}
		}),
		Handle: enterProfile,
	})
}

// enterProfile opens a user's profile: a floating card at (left, top) on
// PC, a full-screen page on mobile, where left and top mean nothing.
func enterProfile(c *Call) Result {
	openID, err := c.Args.String("openid", true)
	if err != nil {
		return c.Param(err)
	}
	left, err := c.Args.Number("left", 0)
	if err != nil {
		return c.Param(err)
	}
	top, err := c.Args.Number("top", 0)
	if err != nil {
		return c.Param(err)
	}
	cfg := c.Config()
	user, ok := cfg.User(openID)
	if !ok {
		return c.Fail(ErrnoInternal, fmt.Sprintf("internal error: openid %s is not a user of this tenant", quoted(openID)))
	}
	profile := Profile{User: user, Language: cfg.Client.Language}
	if cfg.Client.Platform == PlatformPC {
		profile.Floating, profile.Left, profile.Top = true, left, top
	}
	c.Shim.UI.ShowProfile(profile)
	return c.OK(nil)
}
