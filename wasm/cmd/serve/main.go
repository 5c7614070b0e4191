// Command serve serves the repository (the playground, web/ and dist/) on
// the loopback interface, for `make serve` and the end-to-end tests.
package main

import (
	"flag"
	"fmt"
	"log"
	"mime"
	"net/http"
	"os"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	root := flag.String("root", ".", "folder to serve")
	flag.Parse()
	// Streaming compilation needs the right type, which not every
	// machine's MIME table has.
	if err := mime.AddExtensionType(".wasm", "application/wasm"); err != nil {
		log.Fatal(err)
	}
	files := http.FileServer(http.Dir(*root))
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
	fmt.Fprintf(os.Stderr, "ttshim playground: http://%s/\n", *addr)
	log.Fatal(http.ListenAndServe(*addr, handler))
}
