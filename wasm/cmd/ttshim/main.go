//go:build js && wasm

// Command ttshim is the WebAssembly half of ttshim: it reads the
// configuration, builds the simulated client and serves the loader's calls.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/hack-pad/safejs"
	"github.com/syumai/tinyutil/httputil"

	"ttshim/wasm/bridge"
	"ttshim/wasm/shim"
	"ttshim/wasm/ui"
)

func main() {
	host, err := safejs.Global().Get(os.Getenv("TTSHIM_HOST"))
	if err != nil || host.Type() != safejs.TypeObject {
		fmt.Fprintln(os.Stderr, "ttshim: started without its loader; include ttshim.js, not ttshim.wasm")
		return
	}
	bridge.Attach(host)
	cfg, err := loadConfig(bridge.HostString("configURL"), bridge.HostString("config"))
	if err != nil {
		_, _ = bridge.HostCall("booted", err.Error())
		select {}
	}
	s := shim.New(cfg, ui.New())
	s.PageURL = bridge.PageURL
	s.HTTP = httputil.DefaultClient
	bridge.Serve(s)
	_, _ = bridge.HostCall("booted", "")
	select {}
}

// loadConfig reads the data-config file, if any, then window.ttShimConfig
// on top of it.
func loadConfig(url, pageJSON string) (shim.Config, error) {
	cfg := shim.DefaultConfig()
	if url != "" {
		file, err := fetchConfig(url)
		if err != nil {
			return shim.Config{}, err
		}
		if cfg, err = shim.ApplyPatches(cfg, file); err != nil {
			return shim.Config{}, fmt.Errorf("configuration error in %s: %v", url, err)
		}
	}
	cfg, err := shim.ApplyPatches(cfg, []byte(pageJSON))
	if err != nil {
		return shim.Config{}, fmt.Errorf("configuration error in window.ttShimConfig: %v", err)
	}
	return cfg, nil
}

func fetchConfig(url string) ([]byte, error) {
	resp, err := httputil.Get(url)
	if err != nil {
		return nil, fmt.Errorf("configuration %s cannot be fetched: %v", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("configuration %s cannot be fetched: HTTP %s", url, resp.Status)
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("configuration %s cannot be read: %v", url, err)
	}
	return body, nil
}
