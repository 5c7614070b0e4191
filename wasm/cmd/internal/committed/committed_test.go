package committed

import (
	"os"
	"path/filepath"
	"testing"
)

func TestUpdateWritesThenChecks(t *testing.T) {
	root := t.TempDir()
	stale := "docs/api.md is stale: run `make generate` and commit the result"
	if err := Update(root, "docs/api.md", []byte("one"), true); err == nil || err.Error() != stale {
		t.Errorf("a missing file: %v", err)
	}
	if err := Update(root, "docs/api.md", []byte("one"), false); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(root, "docs/api.md")); string(data) != "one" {
		t.Errorf("wrote %q", data)
	}
	if err := Update(root, "docs/api.md", []byte("one"), true); err != nil {
		t.Errorf("the file as written: %v", err)
	}
	if err := Update(root, "docs/api.md", []byte("two"), true); err == nil || err.Error() != stale {
		t.Errorf("another file: %v", err)
	}
}
