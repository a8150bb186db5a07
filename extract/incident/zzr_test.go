package incident

import (
	"os"
	"testing"
)

func TestZZR(t *testing.T) {
	x := New(nil)
	debugDoc(t, x, os.Getenv("ZT"), os.Getenv("ZX"), os.Getenv("ZL"))
}
