package shim

import (
	"reflect"
	"testing"
)

func TestParseVersion(t *testing.T) {
	good := []struct {
		text string
		want Version
	}{
		{"7.35.0", Version{7, 35, 0}},
		{"V7.35.0", Version{7, 35, 0}},
		{"v6.9", Version{6, 9}},
		{"10", Version{10}},
		{"7.010.0", Version{7, 10, 0}},
		{"1.2.3.4", Version{1, 2, 3, 4}},
	}
	for _, tt := range good {
		if got, err := ParseVersion(tt.text); err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseVersion(%q) = %v, %v; want %v", tt.text, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "V", "7..0", "7.35.", ".7", "7.x", "7.35.0-beta", "-1.0", "+7.0", "7.-0",
		" 7.0", "7.0 ", "7,0", "99999999999999999999.0"} {
		if got, err := ParseVersion(bad); err == nil {
			t.Errorf("ParseVersion(%q) = %v, want an error", bad, got)
		}
	}
}

func TestVersionCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"7.10.0", "7.9.0", 1},
		{"7.9.0", "7.10.0", -1},
		{"10.0.0", "9.99.99", 1},
		{"6.9.0", "6.10.0", -1},
		{"3.8.0", "3.8.0", 0},
		{"V7.35.0", "7.35.0", 0},
		{"7.35", "7.35.0", 0},
		{"7", "7.0.0.0", 0},
		{"7.35.0.1", "7.35", 1},
		{"7.34", "7.34.1", -1},
		{"4", "3.99.99", 1},
	}
	for _, tt := range tests {
		a, b := mustVersion(tt.a), mustVersion(tt.b)
		if got := a.Compare(b); got != tt.want {
			t.Errorf("%s vs %s = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := b.Compare(a); got != -tt.want {
			t.Errorf("%s vs %s = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
		if got := a.AtLeast(tt.b); got != (tt.want >= 0) {
			t.Errorf("%s.AtLeast(%s) = %v", tt.a, tt.b, got)
		}
	}
}

func TestSupportAllows(t *testing.T) {
	// enterProfile's table, as the seed prints it.
	seed := Support{Gadget: Everywhere(All), WebApp: Everywhere(From("4.0.0"))}
	gadgetOnly := Support{Gadget: Everywhere(All)}
	iosOnly := Support{Gadget: Platforms{IOS: From("5.0.0")}}
	tests := []struct {
		support           Support
		mode, platform, v string
		want              bool
	}{
		{seed, ModeGadget, PlatformPC, "1.0.0", true},
		{seed, ModeGadget, PlatformIOS, "0.1", true},
		{seed, ModeGadget, PlatformAndroid, "3.7.0", true},
		{seed, ModeGadget, PlatformHarmony, "7.34.0", false},
		{seed, ModeGadget, PlatformHarmony, "7.34.99", false},
		{seed, ModeGadget, PlatformHarmony, "7.35.0", true},
		{seed, ModeGadget, PlatformHarmony, "7.35", true},
		{seed, ModeGadget, PlatformHarmony, "8.0.0", true},
		{seed, ModeWebApp, PlatformPC, "3.9.0", false},
		{seed, ModeWebApp, PlatformPC, "3.99.99", false},
		{seed, ModeWebApp, PlatformPC, "4.0.0", true},
		{seed, ModeWebApp, PlatformPC, "V4.0", true},
		{seed, ModeWebApp, PlatformPC, "10.0.0", true},
		{seed, ModeWebApp, PlatformIOS, "4.0.0", true},
		{seed, ModeWebApp, PlatformAndroid, "3.10.0", false},
		{seed, ModeWebApp, PlatformHarmony, "7.34.0", false},
		{seed, ModeWebApp, PlatformHarmony, "7.35.0", true},
		{gadgetOnly, ModeWebApp, PlatformPC, "7.45.0", false},
		{gadgetOnly, ModeWebApp, PlatformHarmony, "7.45.0", false},
		{gadgetOnly, ModeGadget, PlatformPC, "7.45.0", true},
		{iosOnly, ModeGadget, PlatformIOS, "5.0.0", true},
		{iosOnly, ModeGadget, PlatformIOS, "4.9.9", false},
		{iosOnly, ModeGadget, PlatformAndroid, "9.0.0", false},
		{iosOnly, ModeGadget, PlatformPC, "9.0.0", false},
		{seed, ModeGadget, "windows", "7.45.0", false},
		{seed, ModeGadget, PlatformPC, "not a version", false},
	}
	for _, tt := range tests {
		c := Client{Platform: tt.platform, Version: tt.v}
		if got := tt.support.Allows(c, tt.mode); got != tt.want {
			t.Errorf("%s %s %s: Allows = %v, want %v", tt.mode, tt.platform, tt.v, got, tt.want)
		}
	}
}
