package shim

// tt.enterBot opens the chat with the app's own bot, drawn as enterChat's
// chat page: the bot named and pictured as the app (app.appName, its
// avatar). Gadgets alone have it, as its page says.

func init() {
	register(&API{
		Namespace: "tt", Name: "enterBot", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject},
				Controls: []string{"`app.appName` and `app.avatar`: the bot's name and picture", "the chat page ttshim draws over the app"},
			}
		}),
		Handle: func(c *Call) Result {
			cfg := c.Config()
			c.Shim.UI.ShowChat(OpenedChat{OpenChatID: botChatID(cfg.App), Name: cfg.App.AppName, Avatar: cfg.App.AvatarURL(),
				Bot: true, Language: cfg.Client.Language, Mobile: cfg.Client.Platform != PlatformPC, API: c.API.FullName()})
			return c.OK(nil)
		},
	})
}

// botChatID is the signed-in user's chat with the app's bot, derived from
// the app as a one-to-one chat's is from its members.
func botChatID(app App) string { return "oc_" + Digest("bot:"+app.AppID, 32) }
