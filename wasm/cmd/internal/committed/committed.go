// Package committed writes the files the generators (mkcatalog, mkref)
// derive and the repository commits, or checks that each is what they
// would write, which make test does.
package committed

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// Update writes want to path, below root; with check it writes nothing
// and fails, naming path, when the file holds anything else.
func Update(root, path string, want []byte, check bool) error {
	full := filepath.Join(root, path)
	if check {
		if have, err := os.ReadFile(full); err != nil || !bytes.Equal(have, want) {
			return fmt.Errorf("%s is stale: run `make generate` and commit the result", path)
		}
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	return os.WriteFile(full, want, 0o644)
}
