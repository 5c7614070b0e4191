package shim

import (
	"fmt"
	"math"
	"strconv"
)

// The app's badge, the red count on its icon in the client: the app's
// server sets it (a test, through appBadge.badgeNum, and the push tells
// tt.onServerBadgePush), tt.updateBadge sets it on this device, and
// tt.reportBadge checks the page's count against the client's. The two
// calls need the scope.appBadge permission.

const scopeAppBadge = "scope.appBadge"

// AppBadge is the "appBadge" configuration key.
type AppBadge struct {
	// Enabled is whether the app uses Feishu's badge system: without it
	// updateBadge finds no badge.
	Enabled  bool   `json:"enabled"`
	BadgeNum int    `json:"badgeNum"`
	Extra    string `json:"extra"`
}

func appBadgeSchema() *field {
	return object(map[string]*field{"enabled": boolean(), "badgeNum": number(0, math.MaxInt32), "extra": str()})
}

func (b *AppBadge) applyPatch(patch map[string]any) {
	setFields(patch, map[string]*bool{"enabled": &b.Enabled})
	setFields(patch, map[string]*string{"extra": &b.Extra})
	setWholeNumbers(patch, map[string]*int{"badgeNum": &b.BadgeNum})
}

func init() {
	permission := "`permissions[\"scope.appBadge\"]`: `\"ask\"` shows the permission prompt"
	register(&API{
		Namespace: "tt", Name: "updateBadge", Kind: KindAsync, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors: []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errBadgeNum, errTooManyDialogs, errPermissionDenied,
					{Errno: ErrnoInternal, When: "`appBadge.enabled` is false: the app has no badge"}},
				Controls: []string{"`appBadge.badgeNum`: the count it sets, which `ttShim.config()` then shows", "`appBadge.enabled`", permission},
			}
		}),
		Handle: updateBadge,
	})
	register(&API{
		Namespace: "tt", Name: "reportBadge", Kind: KindAsync, Asks: DialogPermission,
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, errNotObject, errNoConfig, errNotInList, errBadgeNum, errTooManyDialogs, errPermissionDenied},
				Controls: []string{"`appBadge.badgeNum`: the client's count, which `isMatched` compares", permission},
			}
		}),
		Handle: reportBadge,
	})
	registerListeners(API{
		Namespace: "tt", Name: "onServerBadgePush",
		Docs: InReference(func() Docs {
			return Docs{
				Errors:   []ErrorDoc{errUnsupported, {Errno: ErrnoInvalidParam, When: "the argument is not a function"}, errNoConfig, errNotInList},
				Controls: []string{"`ttShim.configure({appBadge: {badgeNum, extra}})`: the app's server pushes a badge, which the kept functions get"},
			}
		}),
	})
}

var errBadgeNum = ErrorDoc{Errno: ErrnoInvalidParam, When: "`badgeNum` missing, not a number, or not a whole number from 0 to 2147483647"}

// badgeNum reads the count both calls take.
func badgeNum(c *Call) (int, *ParamError) {
	if got := c.Args.TypeOf("badgeNum"); got == "Undefined" || got == "Null" {
		return 0, &ParamError{Name: "badgeNum", Want: "Number", Got: got, Empty: true}
	}
	n, err := c.Args.Number("badgeNum", 0)
	if err != nil {
		return 0, err
	}
	if !isWholeIn(n, 0, math.MaxInt32) {
		return 0, &ParamError{Name: "badgeNum", Reason: fmt.Sprintf("badgeNum should be a whole number from 0 to %d, got %v", math.MaxInt32, n)}
	}
	return int(n), nil
}

func updateBadge(c *Call) Result {
	n, err := badgeNum(c)
	if err != nil {
		return c.Param(err)
	}
	return c.WithPermission(scopeAppBadge, func() Result {
		if !c.Shim.cfg.AppBadge.Enabled {
			return c.Fail(ErrnoInternal, "internal error: the app has no badge: it does not use the badge system (appBadge.enabled)")
		}
		c.Shim.cfg.AppBadge.BadgeNum = n
		return c.OK(nil)
	})
}

func reportBadge(c *Call) Result {
	n, err := badgeNum(c)
	if err != nil {
		return c.Param(err)
	}
	return c.WithPermission(scopeAppBadge, func() Result {
		return c.OK(Fields{"isMatched": n == c.Shim.cfg.AppBadge.BadgeNum})
	})
}

// appBadgePushed tells onServerBadgePush's functions of a badge the app's
// server set: a new configuration whose appBadge count or extra changed.
func (s *Shim) appBadgePushed(prev Config) {
	was, now := prev.AppBadge, s.cfg.AppBadge
	if was.BadgeNum == now.BadgeNum && was.Extra == now.Extra {
		return
	}
	feature := 2 // a web app's badge
	if s.cfg.Mode == ModeGadget {
		feature = 1
	}
	at := strconv.FormatInt(s.Now().UnixMilli(), 10)
	s.Emit("serverBadgePush", Fields{"badgeNum": now.BadgeNum, "updateTime": at, "version": at, "feature": feature, "extra": now.Extra})
}
