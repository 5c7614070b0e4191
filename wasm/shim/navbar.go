package shim

import (
	"fmt"
	"strings"
)

// The navigation bar the client draws above a page: setNavigationBar's
// buttons, setNavigationBarColor's colours, a gadget's
// setNavigationBarTitle, and the clicks the page hears through
// tt.onLeftNavigationBarClick / tt.onRightNavigationBarClick.

// NavigationBarUI draws the bar; tap is what a click on one of its items
// does, leave what its back and close buttons do.
type NavigationBarUI interface {
	ShowNavigationBar(bar NavigationBar, tap func(side, id string) error, leave func(effect string))
	HideNavigationBar()
}

// NavigationBar is the bar as drawn, its items left to right.
type NavigationBar struct {
	Shown           bool      `json:"shown"`
	Title           string    `json:"title,omitempty"` // a gadget's; a web app's is its document's
	BackgroundColor string    `json:"backgroundColor,omitempty"`
	FrontColor      string    `json:"frontColor,omitempty"`
	Left            []NavItem `json:"left"`
	Right           []NavItem `json:"right"`
	// Language and Mobile tell the UI how to draw it.
	Language string `json:"-"`
	Mobile   bool   `json:"-"`
}

// NavItem is one of the page's buttons. Drawn is false for a text-only
// item on PC, which shows image buttons only.
type NavItem struct {
	ID          string `json:"id"`
	Text        string `json:"text,omitempty"`
	ImageBase64 string `json:"imageBase64,omitempty"`
	Drawn       bool   `json:"drawn"`
}

// Limits from setNavigationBar's page.
const (
	maxNavItems      = 2
	maxNavImageChars = 10240
)

// navImagePrefixes are the data: prefixes the page accepts; a bare
// base64 string, as its example passes, is a PNG.
var navImagePrefixes = []string{"data:image/png;base64,", "data:image/jpg;base64,", "data:image/x-icon;base64,"}

func init() {
	navErrors := []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errWindowClosed}
	listenerErrors := []ErrorDoc{errUnsupported, {Errno: ErrnoInvalidParam, When: "the argument is not a function"},
		errNoConfig, errNotInList, errWindowClosed}
	register(&API{
		Namespace: "tt", Name: "setNavigationBar", Kind: KindAsync,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(navErrors, ErrorDoc{Errno: ErrnoInvalidParam,
					When: "`left` or `right` is not an object, its `items` is missing, not an array or longer than 2, an item has no `id`, " +
						"neither `text` nor `imageBase64`, or an `imageBase64` longer than 10240 characters or with another prefix"}),
				Controls: []string{"`client.platform`: PC draws image buttons only; iOS reverses two right items unless `iosRightItemsFlipped`",
					"`ttShim.tapNavigationBar(side, id)`: clicks an item", "`ttShim.navigationBar()`: the bar as drawn", prerequisitesControl},
			}
		}),
		Handle: setNavigationBar,
	})
	register(&API{
		Namespace: "tt", Name: "setNavigationBarColor", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(navErrors, ErrorDoc{Errno: ErrnoInvalidParam,
					When: "`backgroundColor` is missing or not a hex colour, or `frontColor` is neither `#ffffff` nor `#000000`"}),
				Controls: []string{"`ttShim.navigationBar()`: the colours drawn", prerequisitesControl},
			}
		}),
		Handle: setNavigationBarColor,
	})
	register(&API{
		Namespace: "tt", Name: "setNavigationBarTitle", Kind: KindAsync, Taro: true,
		// Web apps lack it, so it has no web app prerequisites.
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errWindowClosed,
					{Errno: ErrnoInvalidParam, When: "`title` is missing, empty or not a string"}},
				Controls: []string{"`mode`: gadgets only, as its support table says", "`ttShim.navigationBar()`: the title drawn",
					prerequisitesControl},
			}
		}),
		Handle: setNavigationBarTitle,
	})
	registerListeners(API{Namespace: "tt", Name: "onLeftNavigationBarClick", Docs: InReference(func() Docs {
		return Docs{
			Errors:   listenerErrors,
			Controls: []string{"`ttShim.tapNavigationBar(\"left\", id)` or a click on the bar: calls the function with `{id}`"},
		}
	}),
	})
	registerListeners(API{Namespace: "tt", Name: "onRightNavigationBarClick", Docs: InReference(func() Docs {
		return Docs{
			Errors:   listenerErrors,
			Controls: []string{"`ttShim.tapNavigationBar(\"right\", id)` or a click on the bar: calls the function with `{id}`"},
		}
	}),
	})
}

func setNavigationBar(c *Call) Result {
	if _, err := c.Args.Bool("autoResetNavigationBar", true); err != nil {
		return c.Param(err)
	}
	flipped, err := c.Args.Bool("iosRightItemsFlipped", false)
	if err != nil {
		return c.Param(err)
	}
	bar := c.Shim.window.bar
	pc := c.Config().Client.Platform == PlatformPC
	for _, side := range []string{"left", "right"} {
		if !c.Args.Has(side) || c.Args.Raw(side) == nil {
			continue
		}
		items, reason := navItems(side, c.Args.Raw(side), pc)
		if reason != "" {
			return c.paramText(reason)
		}
		if side == "left" {
			bar.Left = items
			continue
		}
		// iOS draws several right items last first, unless asked not to.
		if c.Config().Client.Platform == PlatformIOS && !flipped {
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
		}
		bar.Right = items
	}
	c.Shim.showBar(bar)
	return c.OK(nil)
}

// navItems reads one side's option, or says what is wrong with it.
func navItems(side string, raw any, pc bool) ([]NavItem, string) {
	option, ok := raw.(map[string]any)
	if !ok {
		return nil, side + " is of wrong type"
	}
	list, present := option["items"]
	if !present || list == nil {
		return nil, side + ".items is required"
	}
	values, ok := list.([]any)
	if !ok {
		return nil, side + ".items is of wrong type"
	}
	if len(values) > maxNavItems {
		return nil, fmt.Sprintf("%s.items holds %d items; at most %d are allowed", side, len(values), maxNavItems)
	}
	items := make([]NavItem, 0, len(values))
	for i, value := range values {
		name := fmt.Sprintf("%s.items[%d]", side, i)
		fields, ok := value.(map[string]any)
		if !ok {
			return nil, name + " is of wrong type"
		}
		item, reason := navItem(name, fields)
		if reason != "" {
			return nil, reason
		}
		item.Drawn = !pc || item.ImageBase64 != ""
		items = append(items, item)
	}
	return items, ""
}

func navItem(name string, fields map[string]any) (NavItem, string) {
	args := ArgsOf(fields)
	var item NavItem
	var err *ParamError
	if item.ID, err = args.String("id", true); err != nil {
		return item, name + "." + err.Error()
	}
	if item.Text, err = args.String("text", false); err != nil {
		return item, name + "." + err.Error()
	}
	if item.ImageBase64, err = args.String("imageBase64", false); err != nil {
		return item, name + "." + err.Error()
	}
	if item.Text == "" && item.ImageBase64 == "" {
		return item, name + " needs text or imageBase64"
	}
	if item.ImageBase64 == "" {
		return item, ""
	}
	if n := len(item.ImageBase64); n > maxNavImageChars {
		return item, fmt.Sprintf("%s.imageBase64 is %d characters long; at most %d are allowed", name, n, maxNavImageChars)
	}
	if !isNavImage(item.ImageBase64) {
		return item, name + ".imageBase64 should be base64, bare or after data:image/png;base64, data:image/jpg;base64, or data:image/x-icon;base64,"
	}
	return item, ""
}

// isNavImage reports whether data is base64 after one of the accepted
// prefixes or none, which is all the UI ever puts in an image's src.
func isNavImage(data string) bool {
	for _, prefix := range navImagePrefixes {
		if rest, ok := strings.CutPrefix(data, prefix); ok {
			data = rest
			break
		}
	}
	if data == "" {
		return false
	}
	for _, r := range data {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '+' || r == '/' || r == '=') {
			return false
		}
	}
	return true
}

func setNavigationBarColor(c *Call) Result {
	background, err := c.Args.String("backgroundColor", true)
	if err != nil {
		return c.Param(err)
	}
	front, err := c.Args.String("frontColor", true)
	if err != nil {
		return c.Param(err)
	}
	if !isHexColor(background) {
		return c.paramText(fmt.Sprintf("backgroundColor %s is not a hex colour like #ffffff", quoted(background)))
	}
	front = strings.ToLower(front)
	if front != "#ffffff" && front != "#000000" {
		return c.paramText(fmt.Sprintf("frontColor should be #ffffff or #000000, got %s", quoted(front)))
	}
	bar := c.Shim.window.bar
	bar.BackgroundColor, bar.FrontColor = strings.ToLower(background), front
	c.Shim.showBar(bar)
	return c.OK(nil)
}

// isHexColor accepts #rgb and #rrggbb.
func isHexColor(s string) bool {
	hex, ok := strings.CutPrefix(s, "#")
	if !ok || len(hex) != 3 && len(hex) != 6 {
		return false
	}
	for _, r := range hex {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return true
}

func setNavigationBarTitle(c *Call) Result {
	title, err := c.Args.String("title", true)
	if err != nil {
		return c.Param(err)
	}
	bar := c.Shim.window.bar
	bar.Title = title
	c.Shim.showBar(bar)
	return c.OK(nil)
}

// showBar draws bar, from now on the page's.
func (s *Shim) showBar(bar NavigationBar) {
	bar.Shown = true
	bar.Language = s.cfg.Client.Language
	bar.Mobile = s.cfg.Client.Platform != PlatformPC
	s.window.bar = bar
	s.UI.ShowNavigationBar(bar, s.TapNavigationBar, func(effect string) { _, _ = s.Leave(effect) })
}

// NavigationBar is the bar as drawn, for ttShim.navigationBar().
func (s *Shim) NavigationBar() NavigationBar {
	bar := s.window.bar
	if bar.Left == nil {
		bar.Left = []NavItem{}
	}
	if bar.Right == nil {
		bar.Right = []NavItem{}
	}
	return bar
}

// TapNavigationBar clicks the item id on side ("left" or "right"), or its
// first item when id is empty: the page's listeners hear {id}.
func (s *Shim) TapNavigationBar(side, id string) error {
	if s.window.closed != "" {
		return fmt.Errorf("the window is closed (%s)", s.window.closed)
	}
	bar := s.window.bar
	var items []NavItem
	switch side {
	case "left":
		items = bar.Left
	case "right":
		items = bar.Right
	default:
		return fmt.Errorf(`side should be "left" or "right", not %s`, quoted(side))
	}
	if !bar.Shown {
		return fmt.Errorf("the navigation bar is not shown: the page has not set it up")
	}
	ids := make([]string, 0, len(items))
	for _, item := range items {
		if id != "" && item.ID != id {
			ids = append(ids, quoted(item.ID))
			continue
		}
		if !item.Drawn {
			return fmt.Errorf("the %s item %s is not drawn: PC shows image buttons only", side, quoted(item.ID))
		}
		s.Emit(side+"NavigationBarClick", Fields{"id": item.ID})
		return nil
	}
	if len(items) == 0 {
		return fmt.Errorf("the navigation bar has no %s items", side)
	}
	return fmt.Errorf("the navigation bar has no %s item %s; it has %s", side, quoted(id), strings.Join(ids, ", "))
}
