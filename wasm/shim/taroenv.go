package shim

// Taro's getEnv values for the two kinds of Feishu app: a gadget is built
// with @tarojs/plugin-platform-lark, whose TARO_ENV "lark" getEnv returns
// as is (ENV_TYPE has no entry for it); a web app is Taro's H5 build.
const (
	taroEnvGadget = "lark"
	taroEnvWebApp = "WEB"
)

func init() {
	register(&API{
		Namespace: "Taro", Name: "getEnv", Kind: KindSync,
		Support:      Support{Gadget: Anywhere, WebApp: Anywhere},
		BeforeConfig: true,
		TakesString:  true,
		Pure:         true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{{Errno: ErrnoInvalidParam, When: "its argument cannot be read"}},
				Controls: []string{"`mode`: `\"WEB\"` for web apps, `\"lark\"` for gadgets"},
			}
		}),
		Handle: func(c *Call) Result {
			res := c.OK(nil)
			res.Return = taroEnvWebApp
			if c.Config().Mode == ModeGadget {
				res.Return = taroEnvGadget
			}
			return res
		},
	})
}
