module ttshim

go 1.24

require (
	github.com/hack-pad/safejs v0.1.1
	github.com/larksuite/oapi-sdk-go/v3 v3.5.3
	github.com/syumai/tinyutil v0.3.2
)

require (
	github.com/evanw/esbuild v0.28.2
	golang.org/x/sys v0.4.0 // indirect
)
