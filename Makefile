# Thin wrappers over the CMake presets, so a person and CI run the same thing.
.PHONY: all deps configure build run test bench package sanitize format clean

all: build

deps:
	@bash packaging/install-deps.sh

configure: deps
	@test -f build/CMakeCache.txt || cmake --preset default

build: configure
	@cmake --build --preset default

run: build
	./build/bin/runboard

test: build
	@ctest --preset default

bench: build
	@for b in build/bench/*; do [ -x "$$b" ] && QT_QPA_PLATFORM=offscreen "$$b"; done

# The Debian package, build/package/runboard_<version>_<arch>.deb (CPack,
# cmake/RunboardPackage.cmake).
package: build
	@cpack --preset default

# The whole suite under AddressSanitizer and UBSan, in build-sanitize/.
# Leak checking is off: Qt's plugins and fontconfig keep allocations for
# the life of the process.
sanitize: deps
	@test -f build-sanitize/CMakeCache.txt || cmake --preset sanitize
	@cmake --build --preset sanitize
	@ctest --preset sanitize

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build build-sanitize
