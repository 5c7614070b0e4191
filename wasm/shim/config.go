package shim

import (
	"fmt"

	"ttshim/wasm/internal/jsonwire"
)

// Mode is the kind of Feishu app the page pretends to be.
const (
	ModeWebApp = "webapp"
	ModeGadget = "gadget"
)

// Platforms of the simulated client.
const (
	PlatformPC      = "pc"
	PlatformIOS     = "ios"
	PlatformAndroid = "android"
	PlatformHarmony = "harmony"
)

// How the consent popup is answered.
const (
	ConsentAsk   = "ask"
	ConsentAllow = "allow"
	ConsentDeny  = "deny"
)

// How the contact picker is answered.
const (
	PickerAsk    = "ask"
	PickerCancel = "cancel"
	PickerSelect = "select"
)

// ContactPicker is the "contactPicker" key: "ask", "cancel", or
// {"select": [openIds…]}.
type ContactPicker struct {
	Mode   string
	Select []string
}

// MarshalJSON writes the key as a configuration spells it.
func (p ContactPicker) MarshalJSON() ([]byte, error) {
	if p.Mode == PickerSelect {
		return jsonwire.Marshal(map[string][]string{"select": p.Select})
	}
	return jsonwire.Marshal(p.Mode)
}

// DefaultVersion is the client version simulated when none is configured: a
// current Feishu release.
const DefaultVersion = "7.45.0"

// Config is the simulated client and tenant. JSON names are the
// configuration keys docs/configuration.md documents.
type Config struct {
	Mode               string        `json:"mode"`
	Client             Client        `json:"client"`
	App                App           `json:"app"`
	Users              []User        `json:"users"`
	CurrentUser        string        `json:"currentUser"`
	Consent            string        `json:"consent"`
	RequireTap         bool          `json:"requireTap"`
	ContactPicker      ContactPicker `json:"contactPicker"`
	Strict             bool          `json:"strict"`
	AcceptAnySignature bool          `json:"acceptAnySignature"`
	Force              bool          `json:"force"`
	// Unsimulated is what a call to an API ttshim does not simulate yet
	// does besides failing: "warn", "error" or "fail".
	Unsimulated string `json:"unsimulated"`
	// Answers answers a dialog in advance, by the bare name of the API
	// that asks, as ttShim.answer would.
	Answers map[string]Answer `json:"answers"`
	// Permissions is each scope's state: "ask", or what the person decided
	// before ("allow", "deny"); the session's decisions are written here.
	Permissions map[string]string `json:"permissions"`
	// Location is where the device is, and what the location APIs find.
	Location Location `json:"location"`
	// Media is what the image picker offers.
	Media Media `json:"media"`
	// Device is the phone's network, clipboard and screen (device.go).
	Device Device `json:"device"`
	// Security is the screen lock and the watermark (security.go).
	Security Security `json:"security"`
	// Wifi is the Wi-Fi radio and networks (wifi.go).
	Wifi Wifi `json:"wifi"`
	// Share is what tt.share shares to (share.go).
	Share Share `json:"share"`
	// AppBadge is the app's badge (appbadge.go).
	AppBadge AppBadge `json:"appBadge"`
	// Compass is which way the device faces (compass.go).
	Compass Compass `json:"compass"`
	// Documents and Files are the tenant's drive and attachments (documents.go).
	Documents []CloudDocument `json:"documents"`
	Files     []TenantFile    `json:"files"`
	// Chats are the tenant's chats (chats.go).
	Chats Chats `json:"chats"`
	// Launch is how the app was opened from a chat (launch.go).
	Launch Launch `json:"launch"`
}

// Client is the device and Feishu build the page runs in.
type Client struct {
	Platform string `json:"platform"`
	OS       string `json:"os,omitempty"`
	Version  string `json:"version"`
	Language string `json:"language"`
}

// App is the Feishu app the page belongs to.
type App struct {
	AppID       string `json:"appId"`
	AppName     string `json:"appName"`
	Avatar      string `json:"avatar"`
	JsapiTicket string `json:"jsapiTicket"`
	// AppSecret seals the login codes the page hands out, so the simulated
	// Open Platform, configured with the same secret, can exchange them.
	AppSecret string   `json:"appSecret"`
	Domains   []string `json:"domains"`
}

// I18n is a text in the three languages Feishu shows.
type I18n struct {
	ZhCN string `json:"zh_cn"`
	EnUS string `json:"en_us"`
	JaJP string `json:"ja_jp"`
}

// ClientLanguages are the values of client.language.
func ClientLanguages() []string { return []string{"zh_CN", "en_US", "ja_JP"} }

// fallbackLanguages are what a text falls back through, in this order,
// when it has nothing in the client's language: the one rule for users'
// names, departments and the UI's own words (docs/configuration.md).
var fallbackLanguages = [...]string{"en_US", "zh_CN", "ja_JP"}

// NameOrder is the order In tries a text's languages in: the client's,
// then the fallback languages.
func NameOrder(language string) []string {
	order := []string{language}
	for _, l := range fallbackLanguages {
		if l != language {
			order = append(order, l)
		}
	}
	return order
}

// In is the text in the first of NameOrder's languages it is not empty in.
func (t I18n) In(language string) string {
	for _, l := range NameOrder(language) {
		if s := t.of(l); s != "" {
			return s
		}
	}
	return ""
}

func (t I18n) of(language string) string {
	switch language {
	case "zh_CN":
		return t.ZhCN
	case "en_US":
		return t.EnUS
	case "ja_JP":
		return t.JaJP
	}
	return ""
}

// User is one person in the tenant directory.
type User struct {
	OpenID     string `json:"openId"`
	UnionID    string `json:"unionId"`
	UserID     string `json:"userId"`
	Name       I18n   `json:"name"`
	Department I18n   `json:"department"`
	Avatar     string `json:"avatar"`
	// Email and Mobile are what the Open Platform's user info gives.
	Email    string `json:"email"`
	Mobile   string `json:"mobile"`
	External bool   `json:"external"`
	// Gender is "male", "female" or "" (not shared).
	Gender   string `json:"gender"`
	Country  Place  `json:"country"`
	Province Place  `json:"province"`
	City     Place  `json:"city"`
}

// Place is a region's name in the languages getUserProfile's lang offers.
type Place struct {
	En   string `json:"en"`
	ZhCN string `json:"zh_CN"`
	ZhTW string `json:"zh_TW"`
}

// In picks the name for lang ("en", "zh_CN", "zh_TW"). A Chinese reader
// is better served by the other Chinese script than by English, so a
// missing Chinese name falls back to that first, then to English.
func (p Place) In(lang string) string {
	order := []string{p.En, p.ZhCN, p.ZhTW}
	switch lang {
	case "zh_CN":
		order = []string{p.ZhCN, p.ZhTW, p.En}
	case "zh_TW":
		order = []string{p.ZhTW, p.ZhCN, p.En}
	}
	for _, s := range order {
		if s != "" {
			return s
		}
	}
	return ""
}

// DefaultConfig is the configuration a page gets with no ttShimConfig.
func DefaultConfig() Config {
	return Config{
		Mode:   ModeWebApp,
		Client: Client{Platform: PlatformPC, OS: "windows", Version: DefaultVersion, Language: "zh_CN"},
		App: App{
			AppID:       "cli_a1b2c3d4e5f60718",
			AppName:     "ttshim Demo",
			JsapiTicket: "617bf955832a4d4d80d9d8d85917a427",
			AppSecret:   "ttshimDemoAppSecret0123456789abc",
			Domains:     []string{},
		},
		Users:         DefaultTenant(),
		CurrentUser:   DefaultTenant()[0].OpenID,
		Consent:       ConsentAsk,
		RequireTap:    true,
		ContactPicker: ContactPicker{Mode: PickerAsk},
		Strict:        true,
		Unsimulated:   UnsimulatedWarn,
		Answers:       map[string]Answer{},
		Permissions:   defaultPermissions(),
		Location:      defaultLocation(),
		Media:         Media{Images: defaultImages(), Videos: defaultVideos()},
		Device:        DefaultDevice(),
		Security:      DefaultSecurity(),
		Wifi:          defaultWifi(),
		Share:         Share{WeChatInstalled: true},
		AppBadge:      AppBadge{Enabled: true},
		Documents:     defaultDocuments(),
		Files:         defaultFiles(),
		Chats:         DefaultChats(),
		Launch:        DefaultLaunch(),
	}
}

// ParseConfig applies JSON patches in order onto the defaults and returns
// the validated result; the error names the offending key.
func ParseConfig(patches ...[]byte) (Config, error) {
	return ApplyPatches(DefaultConfig(), patches...)
}

// ApplyPatches merges JSON patches onto base (objects merge, everything
// else replaces) and validates the result as a whole.
func ApplyPatches(base Config, patches ...[]byte) (Config, error) {
	cfg := base.clone()
	var applied []map[string]any
	for _, raw := range patches {
		if len(raw) == 0 {
			continue
		}
		obj, err := checkedPatch(raw)
		if err != nil {
			return Config{}, err
		}
		if err := cfg.applyPatch(obj); err != nil {
			return Config{}, err
		}
		applied = append(applied, obj)
	}
	cfg.deriveDefaults(func(path ...string) bool { return anyNames(applied, path) })
	if err := cfg.validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// CheckConfigPatch checks one configuration layer on its own: JSON, an
// object, known keys with values of their kinds. What depends on the other
// layers (currentUser in users, say) is left to ApplyPatches.
func CheckConfigPatch(raw []byte) error {
	_, err := checkedPatch(raw)
	return err
}

func checkedPatch(raw []byte) (map[string]any, error) {
	patch, err := jsonwire.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("configuration is not valid JSON: %v", err)
	}
	obj, ok := patch.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("configuration should be an object, got %s", describe(patch))
	}
	return obj, configSchema().check("", obj)
}

// deriveDefaults fills what depends on other keys, unless a patch named it:
// a new directory signs in its first user, and only PC has an OS.
func (c *Config) deriveDefaults(named func(path ...string) bool) {
	if named("users") {
		completeUsers(c.Users)
		if !named("currentUser") && len(c.Users) > 0 && !c.hasUser(c.CurrentUser) {
			c.CurrentUser = c.Users[0].OpenID
		}
	}
	c.Device.deriveDefaults(named)
	if named("users") && !named("documents") {
		reownDocuments(c.Documents, c.Users)
	}
	completeDocuments(c.Documents, c.Users)
	completeFiles(c.Files)
	if named("chats", "list") {
		completeChats(c.Chats.List)
	} else if named("users") {
		c.Chats.List = pruneChats(c.Chats.List, c.Users)
	}
	if named("launch") {
		completeLaunch(&c.Launch)
	} else if named("users") || named("chats", "list") {
		c.pruneLaunch()
	}
	switch {
	case c.Client.Platform != PlatformPC && !named("client", "os"):
		c.Client.OS = ""
	case c.Client.Platform == PlatformPC && c.Client.OS == "":
		c.Client.OS = "windows"
	}
}

// anyNames reports whether any patch sets the key at path.
func anyNames(patches []map[string]any, path []string) bool {
	for _, patch := range patches {
		node := any(patch)
		found := true
		for _, key := range path {
			obj, ok := node.(map[string]any)
			if !ok {
				found = false
				break
			}
			if node, ok = obj[key]; !ok {
				found = false
				break
			}
		}
		if found {
			return true
		}
	}
	return false
}

func (c Config) hasUser(openID string) bool {
	_, ok := c.User(openID)
	return ok
}

// validate checks what the schema cannot: rules across keys.
func (c Config) validate() error {
	if c.Client.Platform == PlatformPC {
		if c.Client.OS == "" {
			return fmt.Errorf(`"client.os" must be "windows" or "mac" on platform "pc"`)
		}
	} else if c.Client.OS != "" {
		return fmt.Errorf(`"client.os" applies only to platform "pc", not %q`, c.Client.Platform)
	}
	if len(c.Users) == 0 {
		return fmt.Errorf(`"users" must hold at least one user`)
	}
	seen := map[string]bool{}
	for i, u := range c.Users {
		if u.OpenID == "" {
			return fmt.Errorf(`"users[%d].openId" cannot be empty`, i)
		}
		if seen[u.OpenID] {
			return fmt.Errorf(`"users[%d].openId" %q appears twice`, i, u.OpenID)
		}
		seen[u.OpenID] = true
		if u.Name.In("zh_CN") == "" {
			return fmt.Errorf(`"users[%d].name" needs at least one of zh_cn, en_us, ja_jp`, i)
		}
	}
	if !seen[c.CurrentUser] {
		return fmt.Errorf(`"currentUser" %q is not an openId in "users"`, c.CurrentUser)
	}
	if err := c.Media.validate(); err != nil {
		return err
	}
	if err := c.validateDocuments(); err != nil {
		return err
	}
	if err := c.Chats.validate(c.Users); err != nil {
		return err
	}
	if err := c.Launch.validate(c); err != nil {
		return err
	}
	return c.Device.validate()
}

// User finds a directory entry by openId.
func (c Config) User(openID string) (User, bool) {
	for _, u := range c.Users {
		if u.OpenID == openID {
			return u, true
		}
	}
	return User{}, false
}

// Me is the signed-in user.
func (c Config) Me() User {
	u, _ := c.User(c.CurrentUser)
	return u
}

// JSON is the effective configuration as ttShim.config() returns it.
func (c Config) JSON() []byte {
	data, _ := jsonwire.Marshal(c)
	return data
}

// AvatarURL is the app's avatar: the configured one, or initials drawn
// from its name.
func (a App) AvatarURL() string {
	if a.Avatar != "" {
		return a.Avatar
	}
	return avatarDataURI(a.AppName, "app:"+a.AppID)
}
