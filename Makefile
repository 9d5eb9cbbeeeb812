# Thin wrappers over the CMake presets, so a person and CI run the same thing.
.PHONY: all deps configure build run test soak bench package test-asan test-asan-ci sanitize fuzz format clean

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

# The heavy variants of the reliability tests (label `soak`): 100,000 outputs
# exported under faults, 60 s of load. Not part of `make test`; see "Tests"
# in docs/architecture.md.
soak: build
	@ctest --preset soak

bench: build
	@for b in build/bench/*; do [ -x "$$b" ] && QT_QPA_PLATFORM=offscreen "$$b"; done

# The Debian package, build/package/runboard_<version>_<arch>.deb (CPack,
# cmake/RunboardPackage.cmake).
package: build
	@cpack --preset default

# The whole suite under AddressSanitizer and UBSan, in its own folder
# (build-sanitize/), with leaks fatal: a leak fails its test. Qt's,
# fontconfig's and Mesa's own allocations for the life of the process are
# suppressed in tests/sanitizers/lsan.supp, each with its reason; our code
# never is. CI runs only the subset below: see "Tests" in
# docs/architecture.md for what the whole costs.
test-asan: deps
	@test -f build-sanitize/CMakeCache.txt || cmake --preset sanitize
	@cmake --build --preset sanitize
	@ctest --preset sanitize

# The part of it CI runs after `make test`: in the same folder, only the tests
# that need no widgets (label asan-ci: core, client, models, sandbox, the fuzz
# replays, the reliability tests without a window), so only they are built.
test-asan-ci: deps
	@test -f build-sanitize/CMakeCache.txt || cmake --preset sanitize
	@cmake --build --preset sanitize-ci
	@ctest --preset sanitize-ci

# Its name from before leaks were checked.
sanitize: test-asan

# The libFuzzer targets (tests/fuzz, docs/fuzzing.md), built with clang in
# their own folder (build-fuzz/) and run for FUZZ_SECONDS each (default 60);
# what they find goes to build-fuzz/corpus and build-fuzz/artifacts, never
# into the repository. `make test` replays the seed corpus with gcc.
fuzz: deps
	@test -f build-fuzz/CMakeCache.txt || cmake --preset fuzz
	@cmake --build --preset fuzz
	@bash tests/fuzz/run-fuzzers.sh

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf build build-sanitize build-fuzz
