package shim

import (
	"bytes"
	"image/png"
	"testing"
)

func TestDrawnImagesArePNGsOfTheirSize(t *testing.T) {
	for _, m := range append(defaultImages(), MediaImage{Name: "dot", Width: 1, Height: 1}, MediaImage{Name: "odd", Width: 87, Height: 3},
		MediaImage{Name: "wide", Width: 4000, Height: 2}) {
		data := drawImage(m)
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		if b := img.Bounds(); b.Dx() != m.Width || b.Dy() != m.Height {
			t.Errorf("%s is %v, want %dx%d", m.Name, b, m.Width, m.Height)
		}
		r0, g0, b0, _ := img.At(0, 0).RGBA()
		r1, g1, b1, _ := img.At(m.Width-1, 0).RGBA()
		if r0 != r1 || g0 != g1 || b0 != b1 {
			t.Errorf("%s: a row is not one colour", m.Name)
		}
	}
	if a, b := drawImage(defaultImages()[0]), drawImage(defaultImages()[1]); bytes.Equal(a, b) {
		t.Error("two fixtures look the same")
	}
	if n := len(drawImage(defaultImages()[0])); n > 20000 {
		t.Errorf("a 640×480 fixture takes %d bytes", n)
	}
}
