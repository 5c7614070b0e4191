package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// entry is one documented client API, as mkcatalog reads it.
type entry struct {
	Name     string
	Category string
	// Support rows: per mode, the Android, iOS, PC and Harmony cells, each
	// "" (not supported), "all" or a version.
	Gadget, WebApp [4]string
	Params         []param
	Taro           bool
	DocURL         string
}

type param struct {
	Name     string
	Type     string // a TypeScript type
	Required bool
}

// readSpec reads apis.tsv and the pages beside it: every API a page can
// call as tt.<name> (methods of returned objects, types, legacy names and
// h5sdk's own are left out).
func readSpec(dir string) ([]entry, error) {
	pages, err := pagesByURL(dir)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, "apis.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var entries []entry
	lines := bufio.NewScanner(f)
	for row := 0; lines.Scan(); row++ {
		cols := strings.Split(lines.Text(), "\t")
		if row == 0 {
			continue
		}
		if len(cols) != 5 {
			return nil, fmt.Errorf("apis.tsv line %d: %d columns, want 5", row+1, len(cols))
		}
		name, category, webApp, gadget, url := cols[0], cols[1], cols[2], cols[3], cols[4]
		if !isTtFunction(name) || url == "-" { // "-": a name seen in code, with no page of Feishu's
			continue
		}
		e := entry{Name: name, Category: category, DocURL: url}
		if page, ok := pages[url]; ok {
			e.Gadget, e.WebApp, ok = supportTable(page)
			if !ok {
				return nil, fmt.Errorf("%s: no support table in its page", name)
			}
			e.Params = inputParams(page)
		} else {
			e.Gadget, e.WebApp = tsvRow(gadget), tsvRow(webApp)
		}
		entries = append(entries, e)
	}
	if err := lines.Err(); err != nil {
		return nil, err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name < entries[j].Name })
	return entries, nil
}

var ttFunctionName = regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)

// isTtFunction keeps tt's own members: "showToast", not "Stats.isFile",
// "CameraErrno" or "h5sdk.config".
func isTtFunction(name string) bool { return ttFunctionName.MatchString(name) }

// pagesByURL reads every page of the documentation, keyed by its
// source_url.
func pagesByURL(dir string) (map[string][]string, error) {
	pages := map[string][]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines := strings.Split(string(data), "\n")
		for _, line := range lines[:min(len(lines), 8)] {
			if url, ok := strings.CutPrefix(line, "source_url: "); ok {
				pages[strings.TrimSpace(url)] = lines
			}
		}
		return nil
	})
	return pages, err
}

var platformColumns = []string{"Android", "iOS", "PC", "Harmony"}

// supportTable reads a page's support table: the header names the
// platforms (some tables have no Harmony column: no Harmony support), and
// a row each for gadgets (小程序) and web apps (网页应用).
func supportTable(lines []string) (gadget, webApp [4]string, ok bool) {
	for i, line := range lines {
		if !strings.HasPrefix(line, "应用能力 |") {
			continue
		}
		header := cells(line)
		column := map[int]int{} // platform index → cell index
		for c, name := range header {
			for p, platform := range platformColumns {
				if strings.HasPrefix(name, platform) {
					column[p] = c
				}
			}
		}
		for _, row := range lines[i+1 : min(len(lines), i+5)] {
			cs := cells(row)
			var target *[4]string
			switch {
			case len(cs) == 0:
				continue
			case cs[0] == "小程序":
				target = &gadget
			case cs[0] == "网页应用":
				target = &webApp
			default:
				continue
			}
			for p := range platformColumns {
				if c, has := column[p]; has && c < len(cs) {
					target[p] = supportCell(cs[c])
				}
			}
		}
		return gadget, webApp, true
	}
	return gadget, webApp, false
}

func cells(line string) []string {
	parts := strings.Split(line, " | ")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

var versionCell = regexp.MustCompile(`^V?(\d+(\.\d+)*)\+?$`)

// supportCell reads "**✓**" (every version), "V7.35.0+" (from a version)
// or a cross.
func supportCell(cell string) string {
	cell = strings.Trim(cell, "* ")
	if cell == "✓" {
		return "all"
	}
	if m := versionCell.FindStringSubmatch(cell); m != nil {
		return m[1]
	}
	return ""
}

// tsvRow is a support row from apis.tsv alone, for an API with no page:
// one version for Android, iOS and PC, none for Harmony.
func tsvRow(cell string) [4]string {
	v := supportCell(cell)
	return [4]string{v, v, v, ""}
}

var linkedName = regexp.MustCompile(`^\[([A-Za-z_]\w*)\]\(`)
var paramName = regexp.MustCompile(`^[A-Za-z_]\w*$`)

// inputParams reads the top-level rows of the page's first input table
// (名称 | 数据类型 | 是否必填 | …); rows that are indented, or follow the
// page's "&emsp; ∟" marks, and later tables describe the members of an
// object parameter, and the callbacks are the standard object's.
func inputParams(lines []string) []param {
	var params []param
	in, tables, nested := false, 0, false
	for _, line := range lines {
		if strings.Contains(line, "&emsp;") || strings.HasPrefix(line, "∟") {
			nested = true
		}
		switch {
		case strings.HasPrefix(line, "## "):
			in = strings.HasPrefix(line, "## 输入")
			continue
		case in && strings.HasPrefix(line, "名称 |"):
			tables++
			continue
		case !in || tables != 1 || line == "" || line[0] == ' ' || line[0] == '\t':
			continue
		}
		cs := cells(line)
		if len(cs) < 4 || (cs[2] != "是" && cs[2] != "否") {
			continue
		}
		if nested {
			nested = false
			continue
		}
		name := cs[0]
		if m := linkedName.FindStringSubmatch(name); m != nil {
			name = m[1]
		}
		if !paramName.MatchString(name) || name == "success" || name == "fail" || name == "complete" {
			continue
		}
		params = append(params, param{Name: name, Type: tsType(cs[1]), Required: cs[2] == "是"})
	}
	return params
}

// tsType turns the docs' 数据类型 into TypeScript.
func tsType(docType string) string {
	t := strings.ToLower(strings.NewReplacer(`\`, "", "｜", "|", "&lt;", "<", "&gt;", ">").Replace(docType))
	switch t {
	case "string", "hex string", "enum<string>":
		return "string"
	case "number", "int":
		return "number"
	case "boolean":
		return "boolean"
	case "function":
		return "(...args: any[]) => void"
	case "object":
		return "Record<string, unknown>"
	case "object[]":
		return "Record<string, unknown>[]"
	case "string[]", "array<string>":
		return "string[]"
	case "number[]":
		return "number[]"
	case "arraybuffer":
		return "ArrayBuffer"
	case "uint8clampedarray":
		return "Uint8ClampedArray"
	case "string/arraybuffer", "string|arraybuffer":
		return "string | ArrayBuffer"
	case "string|object|arraybuffer":
		return "string | Record<string, unknown> | ArrayBuffer"
	}
	return "unknown"
}
