//go:build js && wasm

// Command ttshim is the WebAssembly half of ttshim: it reads the
// configuration, builds the simulated client and serves the loader's calls.
// It makes no request of its own: the loader fetches the data-config file,
// and tt.request goes through the loader to ttshim-net.wasm.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/hack-pad/safejs"

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
	_, _ = bridge.HostCall("mark", "main")
	cfg, err := loadConfig(bridge.HostString("configURL"), bridge.HostString("configFile"),
		bridge.HostString("configFileError"), bridge.HostString("config"))
	if err != nil {
		_, _ = bridge.HostCall("booted", err.Error())
		select {}
	}
	s := shim.New(cfg, ui.New())
	s.PageURL = bridge.PageURL
	s.Network = &bridge.Network{}
	s.PageClipboard = bridge.Clipboard{}
	bridge.Serve(s)
	_, _ = bridge.HostCall("booted", "")
	select {}
}

// loadConfig applies the data-config file, if any, then window.ttShimConfig
// on top of it. The loader fetched the file: fileError says why it could
// not, in the words the page sees.
func loadConfig(url, file, fileError, pageJSON string) (shim.Config, error) {
	cfg := shim.DefaultConfig()
	if url != "" {
		if fileError != "" {
			return shim.Config{}, errors.New(fileError)
		}
		var err error
		if cfg, err = shim.ApplyPatches(cfg, []byte(file)); err != nil {
			return shim.Config{}, fmt.Errorf("configuration error in %s: %v", url, err)
		}
	}
	cfg, err := shim.ApplyPatches(cfg, []byte(pageJSON))
	if err != nil {
		return shim.Config{}, fmt.Errorf("configuration error in window.ttShimConfig: %v", err)
	}
	return cfg, nil
}
