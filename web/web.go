// Package web holds Marsad's web observatory: the Arabic, right-to-left single-page UI (plain
// JavaScript modules, no build step) and the vendored libraries it draws with (ECharts,
// Cytoscape, Leaflet, topojson-client and the world-atlas basemap), embedded into the binary so
// that the UI needs no CDN, no tile server and no network. See README.md for versions and
// licences of the vendored files.
package web

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed index.html static vendor
var files embed.FS

// Assets returns the UI's files, rooted so that index.html is at the top.
func Assets() (fs.FS, error) {
	if _, err := fs.Stat(files, "index.html"); err != nil {
		return nil, fmt.Errorf("web: embedded assets: %w", err)
	}
	return files, nil
}
