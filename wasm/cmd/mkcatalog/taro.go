package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var taroMember = regexp.MustCompile(`^    ([a-zA-Z]\w*)\s*[<(:?]`)

// taroNames lists the members @tarojs/taro's declarations give TaroStatic:
// the APIs Taro's mini-program runtime wraps on every platform, Lark's
// included, which so have a Taro twin.
func taroNames(typesDir string) (map[string]bool, error) {
	names := map[string]bool{}
	err := filepath.WalkDir(typesDir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".d.ts") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		in := false
		for _, line := range strings.Split(string(data), "\n") {
			switch {
			case strings.HasPrefix(line, "  interface TaroStatic {"):
				in = !strings.HasSuffix(strings.TrimSpace(line), "{}")
			case in && strings.HasPrefix(line, "  }"):
				in = false
			case in:
				if m := taroMember.FindStringSubmatch(line); m != nil {
					names[m[1]] = true
				}
			}
		}
		return nil
	})
	return names, err
}
