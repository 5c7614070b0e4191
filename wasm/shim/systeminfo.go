package shim

import "maps"

// SDKVersion is the JSSDK version getSystemInfo reports.
const SDKVersion = "3.52.0"

// Viewport is the browser window the page really has, which the simulated
// device reports as its screen. The loader measures it as the page calls;
// jsonwire.Window is the same struct, as the payload carries it.
type Viewport struct {
	Width, Height             float64
	ScreenWidth, ScreenHeight float64
	PixelRatio                float64
	DarkMode                  bool
}

// defaultViewport is a desktop window, for calls that come without one.
var defaultViewport = Viewport{Width: 1280, Height: 800, ScreenWidth: 1280, ScreenHeight: 800, PixelRatio: 1}

type device struct {
	system, platform, brand, model string
	statusBar                      float64
}

func deviceOf(c Client) device {
	switch c.Platform {
	case PlatformIOS:
		return device{"iOS 17.5", "ios", "Apple", "iPhone 15", 47}
	case PlatformAndroid:
		return device{"Android 14", "android", "Xiaomi", "23127PN0CC", 32}
	case PlatformHarmony:
		return device{"HarmonyOS 5.0", "harmony", "HUAWEI", "ALN-AL00", 38}
	}
	if c.OS == "mac" {
		return device{"macOS 14.5", "darwin", "Apple", "PC", 0}
	}
	return device{"Windows 10", "windows_nt", "PC", "PC", 0}
}

// appName is the brand: Feishu in China, Lark elsewhere.
func appName(language string) string {
	if language == "zh_CN" {
		return "Feishu"
	}
	return "Lark"
}

// taroBenchmarkLevel is WeChat's "performance unknown": Taro's types
// promise benchmarkLevel, which Feishu's getSystemInfo lacks.
const taroBenchmarkLevel = -1

func systemInfo(c *Call) Fields {
	cfg, v := c.Config(), c.Args.Viewport()
	d := deviceOf(cfg.Client)
	theme := "light"
	if v.DarkMode {
		theme = "dark"
	}
	info := Fields{
		"system":          d.system,
		"platform":        d.platform,
		"brand":           d.brand,
		"model":           d.model,
		"version":         cfg.Client.Version,
		"SDKVersion":      SDKVersion,
		"screenWidth":     v.ScreenWidth,
		"screenHeight":    v.ScreenHeight,
		"windowWidth":     v.Width,
		"windowHeight":    v.Height,
		"pixelRatio":      v.PixelRatio,
		"statusBarHeight": d.statusBar,
		"language":        cfg.Client.Language,
		"fontSizeSetting": 16,
		"appName":         appName(cfg.Client.Language),
		"safeArea": Fields{
			"left": 0, "right": v.Width, "top": d.statusBar, "bottom": v.Height,
			"width": v.Width, "height": v.Height - d.statusBar,
		},
		"theme": theme,
	}
	if c.API.Namespace == "Taro" {
		info["benchmarkLevel"] = taroBenchmarkLevel
	}
	return info
}

// The failures and controls of getSystemInfo and getSystemInfoSync.
var (
	systemInfoErrors   = []ErrorDoc{errNotObject, errNoConfig, errNotInList}
	systemInfoControls = []string{
		"`client.platform` and `client.os`: `system`, `platform`, `brand`, `model`, `statusBarHeight`",
		"`client.version` and `client.language`: `version`, `language`, `appName`",
		"the browser's window and colour scheme (Playwright's `viewport`, `colorScheme`): the sizes, `pixelRatio`, `theme`",
		prerequisitesControl,
	}
)

func init() {
	everywhere := Support{Gadget: Anywhere, WebApp: Anywhere}
	register(&API{
		Namespace: "tt", Name: "getSystemInfo", Kind: KindAsync, Support: everywhere, Taro: true,
		NeedsViewport: true, Pure: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   systemInfoErrors,
				Controls: systemInfoControls,
			}
		}), Handle: func(c *Call) Result { return c.OK(systemInfo(c)) },
	})
	register(&API{
		Namespace: "tt", Name: "getSystemInfoSync", Kind: KindSync, Support: everywhere, Taro: true,
		NeedsViewport: true, Pure: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   systemInfoErrors,
				Controls: systemInfoControls,
			}
		}), Handle: func(c *Call) Result {
			// The page gets the fields alone; errMsg is for the call log.
			info := systemInfo(c)
			res := c.OK(maps.Clone(info))
			res.Return = info
			return res
		},
	})
}
