package shim

import (
	"fmt"
	"math"
	"slices"
)

// ToastUI draws the toast: one at a time, each new toast or loading
// replacing the one on screen.
type ToastUI interface {
	// ShowToast puts t on screen, in place of any toast or loading there;
	// the UI hides it after its duration.
	ShowToast(t Toast)
	// HideToast hides the toast or loading on screen, if any.
	HideToast()
}

// Toast is a message the client shows over the page and hides by itself.
type Toast struct {
	Title string
	// Icon is the one drawn: success, loading, none, error, info or
	// warning, after the platform's rules (toastIcon).
	Icon string
	// Duration is how long it stays, in ms.
	Duration float64
	// Mask blocks taps on the page while it shows.
	Mask     bool
	Loading  bool // drawn by showLoading, which only hideLoading or another toast hides
	Mobile   bool
	Language string
}

// The toast icons Feishu documents; mobile draws the first three, PC all
// but none.
var toastIcons = []string{"success", "loading", "none", "error", "info", "warning"}

const (
	defaultToastDuration = 1500
	// loadingDuration is showLoading's, per its page: a toast of 24 hours.
	loadingDuration = 24 * 60 * 60 * 1000
)

var toastErrors = []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList}

func init() {
	register(&API{
		Namespace: "tt", Name: "showToast", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(slices.Clone(toastErrors), ErrorDoc{Errno: ErrnoInvalidParam,
					When: "`title` is missing, empty or not a string; `icon` is not one of the documented icons; `duration` is negative or not a finite number; `mask` is not a boolean"}),
				Controls: []string{
					"`client.platform`: PC draws `error`, `info` and `warning` and no mask; mobile draws `none` and the mask",
				},
			}
		}),
		Handle: showToast,
	})
	register(&API{
		Namespace: "tt", Name: "showLoading", Kind: KindAsync, Taro: true,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: append(slices.Clone(toastErrors), ErrorDoc{Errno: ErrnoInvalidParam,
					When: "`title` is missing, empty or not a string; `mask` is not a boolean"}),
				Controls: []string{"`client.platform`: PC draws no mask"},
			}
		}),
		Handle: showLoading,
	})
	for _, name := range []string{"hideToast", "hideLoading"} {
		register(&API{
			Namespace: "tt", Name: name, Kind: KindAsync, Taro: true,
			Docs: InReference(func() Docs {
				return Docs{
					Errors:   toastErrors,
					Controls: []string{"hides the toast or loading on screen, whichever API showed it"},
				}
			}),
			Handle: hideToast,
		})
	}
}

func showToast(c *Call) Result {
	r := paramReader{args: c.Args}
	title := r.string("title", true)
	icon := r.string("icon", false)
	duration := r.number("duration", defaultToastDuration)
	mask := r.bool("mask", false)
	if r.err == nil && icon != "" && !slices.Contains(toastIcons, icon) {
		r.err = &ParamError{Name: "icon", Reason: fmt.Sprintf("icon should be one of success, loading, none, error, info, warning, got %s", quoted(icon))}
	}
	if r.err == nil && duration < 0 {
		r.err = &ParamError{Name: "duration", Reason: fmt.Sprintf("duration should be a number of ms from 0, got %v", duration)}
	}
	if r.err != nil {
		return c.Param(r.err)
	}
	t := c.toast(title, mask)
	t.Icon, t.Duration = toastIcon(icon, t.Mobile), math.Min(duration, loadingDuration)
	c.Shim.UI.ShowToast(t)
	return c.OK(nil)
}

// toastIcon is the icon the client draws for the one asked: the default
// (success) where the platform lacks it, as Feishu's table says none is
// not on PC and error, info and warning are on PC only.
func toastIcon(icon string, mobile bool) string {
	switch {
	case icon == "":
		return "success"
	case mobile && slices.Contains([]string{"error", "info", "warning"}, icon):
		return "success"
	case !mobile && icon == "none":
		return "success"
	}
	return icon
}

func showLoading(c *Call) Result {
	r := paramReader{args: c.Args}
	title := r.string("title", true)
	mask := r.bool("mask", false)
	if r.err != nil {
		return c.Param(r.err)
	}
	t := c.toast(title, mask)
	t.Icon, t.Duration, t.Loading = "loading", loadingDuration, true
	c.Shim.UI.ShowToast(t)
	return c.OK(nil)
}

// toast is a toast for the call's client: PC has no mask (Feishu's
// pages say PC does not support it).
func (c *Call) toast(title string, mask bool) Toast {
	cfg := c.Config()
	mobile := cfg.Client.Platform != PlatformPC
	return Toast{Title: title, Mask: mask && mobile, Mobile: mobile, Language: cfg.Client.Language}
}

// hideToast is hideToast and hideLoading alike: a loading is a toast, so
// each hides the other (both pages say so).
func hideToast(c *Call) Result {
	c.Shim.UI.HideToast()
	return c.OK(nil)
}
