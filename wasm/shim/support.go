package shim

import (
	"fmt"
	"strconv"
	"strings"
)

// Version is a client version compared numerically, part by part: 7.10.0
// is newer than 7.9.0, which string comparison gets wrong.
type Version []int

// ParseVersion reads "7.35.0" (a leading "V" is allowed, as the docs write it).
func ParseVersion(s string) (Version, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "V"), "v")
	if s == "" {
		return nil, fmt.Errorf("empty version")
	}
	parts := strings.Split(s, ".")
	v := make(Version, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || p == "" || strings.Trim(p, "0123456789") != "" { // Atoi takes "+7" and "-0"
			return nil, fmt.Errorf("bad version %q", s)
		}
		v[i] = n
	}
	return v, nil
}

// mustVersion is for the tables written in this package.
func mustVersion(s string) Version {
	v, err := ParseVersion(s)
	if err != nil {
		panic(err)
	}
	return v
}

// Compare returns -1, 0 or 1; missing parts count as zero.
func (v Version) Compare(w Version) int {
	for i := 0; i < len(v) || i < len(w); i++ {
		a, b := 0, 0
		if i < len(v) {
			a = v[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			if a < b {
				return -1
			}
			return 1
		}
	}
	return 0
}

// AtLeast reports v >= s.
func (v Version) AtLeast(s string) bool { return v.Compare(mustVersion(s)) >= 0 }

// Since is the first client version of a platform that has an API; the
// zero value means the platform lacks it.
type Since struct{ version Version }

// All marks support in every version; From marks support from a version.
var All = Since{version: Version{0}}

func From(v string) Since { return Since{version: mustVersion(v)} }

// Platforms is one row of a support table.
type Platforms struct {
	Android, IOS, PC, Harmony Since
}

// Everywhere is a row supported on every platform from the same version,
// Harmony from its first release of the seed APIs.
func Everywhere(since Since) Platforms {
	return Platforms{Android: since, IOS: since, PC: since, Harmony: From("7.35.0")}
}

// Anywhere is a row for APIs every client has had, Harmony's first
// releases included.
var Anywhere = Platforms{Android: All, IOS: All, PC: All, Harmony: All}

// Support is an API's table: one row per app mode, as the docs print it.
type Support struct {
	Gadget, WebApp Platforms
}

// Allows reports whether the configured client has the API.
func (s Support) Allows(c Client, mode string) bool {
	have, err := ParseVersion(c.Version)
	return err == nil && s.allowsAt(c.Platform, have, mode)
}

// allowsAt is Allows for a version already parsed.
func (s Support) allowsAt(platform string, have Version, mode string) bool {
	row := s.WebApp
	if mode == ModeGadget {
		row = s.Gadget
	}
	var since Since
	switch platform {
	case PlatformAndroid:
		since = row.Android
	case PlatformIOS:
		since = row.IOS
	case PlatformPC:
		since = row.PC
	case PlatformHarmony:
		since = row.Harmony
	}
	if since.version == nil {
		return false
	}
	return have != nil && have.Compare(since.version) >= 0
}

// none reports a table with no support at all: the zero value an API's
// file leaves for its documentation to fill.
func (s Support) none() bool {
	for _, row := range []Platforms{s.Gadget, s.WebApp} {
		for _, since := range []Since{row.Android, row.IOS, row.PC, row.Harmony} {
			if since.version != nil {
				return false
			}
		}
	}
	return true
}

// String is the cell of a support table: "all", a version, or "" where
// the platform lacks the API.
func (s Since) String() string {
	switch {
	case s.version == nil:
		return ""
	case s.version.Compare(Version{0}) == 0:
		return "all"
	}
	parts := make([]string, len(s.version))
	for i, n := range s.version {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ".")
}
