module ttshim

go 1.24

require (
	github.com/hack-pad/safejs v0.1.1
	github.com/syumai/tinyutil v0.3.2
)
