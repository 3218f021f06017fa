"""End-to-end tests: build, publish and install the package against loopback servers."""
