# Thin wrappers over the CMake presets, so a person and CI run the same thing.
.PHONY: all deps configure build run test bench format clean

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

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build
