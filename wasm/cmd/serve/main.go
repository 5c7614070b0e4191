// Command serve serves the repository (the playground, web/ and dist/) on
// the loopback interface, for `make serve` and the end-to-end tests, with
// the simulated Open Platform under /open-apis/ and /__ttshim__/, so a
// backend pointed at it (LARK_HOST=http://127.0.0.1:8080) can sign users in.
package main

import (
	"flag"
	"fmt"
	"log"
	"mime"
	"net/http"
	"os"

	"ttshim/wasm/openplatform"
	"ttshim/wasm/shim"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	root := flag.String("root", ".", "folder to serve")
	configFile := flag.String("config", "", "the tenant's configuration, a JSON file as a page's data-config holds (default: the default tenant)")
	flag.Parse()
	// Streaming compilation needs the right type, which not every
	// machine's MIME table has.
	if err := mime.AddExtensionType(".wasm", "application/wasm"); err != nil {
		log.Fatal(err)
	}
	cfg, err := loadConfig(*configFile)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "ttshim playground: http://%s/ (Open Platform for app %s at http://%s/open-apis/)\n",
		*addr, cfg.App.AppID, *addr)
	for _, page := range examplePages {
		fmt.Fprintf(os.Stderr, "  example: http://%s/%s  %s\n", *addr, page.path, page.what)
	}
	log.Fatal(http.ListenAndServe(*addr, handler(*root, cfg)))
}

// examplePages are the pages under web/ that show an API in an app, which
// the playground links to (main_test.go holds the two lists together).
var examplePages = []struct{ path, what string }{
	{"web/enterprofile.html", "tt.enterProfile in a web app"},
	{"web/choosecontact.html", "tt.chooseContact, then tt.enterProfile"},
	{"web/userprofile.html", "Taro.getUserProfile"},
	{"web/signin/index.html", "sign-in: requestAuthCode and the Open Platform"},
	{"web/csp.html", "under a strict Content Security Policy"},
}

// loadConfig reads the -config file, or gives the default tenant.
func loadConfig(path string) (shim.Config, error) {
	if path == "" {
		return shim.DefaultConfig(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return shim.Config{}, err
	}
	cfg, err := shim.ParseConfig(data)
	if err != nil {
		return shim.Config{}, fmt.Errorf("configuration error in %s: %v", path, err)
	}
	return cfg, nil
}

// handler serves the Open Platform and ttshim's endpoints, and the files
// under root for everything else.
func handler(root string, cfg shim.Config) http.Handler {
	files := http.FileServer(http.Dir(root))
	platform := openplatform.New(cfg)
	mux := http.NewServeMux()
	mux.Handle("/open-apis/", platform)
	mux.Handle("/__ttshim__/", platform)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
	return mux
}
