# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# ReLU Explorer: the two commands a fresh Debian 12 machine needs.
#   make run    installs what is missing, builds (Release, into build/) and starts the app
#   make test   installs what is missing, builds and runs every test through CTest
# Also: make test-asan (the same tests under AddressSanitizer + UBSan, in build-asan/),
#       make bench (writes bench/RESULTS.md), make screenshot, make package (.deb, checked by
#       lintian), make lint (clang-format and clang-tidy), make build, make deps, make clean.
#       make monkey (the real window under MONKEY_EVENTS random events, seed MONKEY_SEED),
#       make fuzz (libFuzzer with clang, ASan + UBSan, in build-fuzz/: each target for
#       FUZZ_SECONDS on a copy of tests/fuzz/corpus; fails when one finds a crash).

BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
MONKEY_EVENTS ?= 20000
MONKEY_SEED ?=
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
# CI=true turns warnings into errors.
WERROR     := $(if $(filter true 1 yes,$(CI)),ON,OFF)
CMAKE_ARGS ?=

.PHONY: all run test test-asan build deps clean screenshot package package-deps lint lint-deps \
	format-check \
	bench monkey fuzz fuzz-deps

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DRELU_WERROR=$(WERROR) $(CMAKE_ARGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/app/relu-explorer

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The sanitizer tree builds what the tests need, no benchmarks, at -O1 with line tables only
# (-g1), which keeps files and lines in stack traces and compiles less than -O2 -g: from a clean
# clone, build and tests took 582 s on two cores (1 December 2026).
$(ASAN_BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DRELU_BUILD_BENCHMARKS=OFF \
		-DENABLE_SANITIZERS=ON -DRELU_WERROR=$(WERROR) $(CMAKE_ARGS)

test-asan: deps $(ASAN_BUILD)/CMakeCache.txt
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

# The README's (and the AppStream metadata's) screenshot, made by the app's own --export.
screenshot: build
	$(BUILD)/app/relu-explorer --export docs/screenshot.png --size 1200x800 --lang en --theme light

# Every benchmark; writes bench/RESULTS.md. Benchmarks print figures, they never fail on noise.
bench: build
	@scripts/install-bench-deps.sh
	bench/run-all.sh $(BUILD)

# make test sends the monkey 2,000 events; this sends MONKEY_EVENTS (about 6 ms each) and prints
# what it did. An empty MONKEY_SEED keeps the test's fixed seed; a failure names the seed to repeat.
monkey: build
	cd $(BUILD) && RELU_MONKEY_EVENTS=$(MONKEY_EVENTS) $(if $(MONKEY_SEED),RELU_MONKEY_SEED=$(MONKEY_SEED)) \
		ctest -R '^tst_monkey$$' --verbose > monkey.log 2>&1; status=$$?; \
		grep -E -A3 'QINFO|FAIL|Totals' monkey.log; echo "make monkey: full log in $(BUILD)/monkey.log"; exit $$status

fuzz-deps:
	@scripts/install-fuzz-deps.sh

# A separate tree, clang only: every library of ours instrumented for libFuzzer and the sanitizers.
# Never -Werror: clang warns where gcc does not, and the gcc builds already hold the line.
$(FUZZ_BUILD)/CMakeCache.txt: | deps fuzz-deps
	cxx=$$(command -v clang++-14 || command -v clang++); \
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$$cxx" \
		-DRELU_BUILD_FUZZERS=ON -DRELU_BUILD_TESTS=OFF -DRELU_BUILD_BENCHMARKS=OFF -DRELU_WERROR=OFF \
		$(CMAKE_ARGS)

# Builds the fuzz targets only, then runs each for FUZZ_SECONDS (tests/fuzz/run.sh says how).
fuzz: deps fuzz-deps $(FUZZ_BUILD)/CMakeCache.txt
	cmake --build $(FUZZ_BUILD) --target fuzzers -j $(JOBS)
	tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

package-deps:
	@scripts/install-package-deps.sh

# A .deb for Debian 12, in build/, from the build that is there; then lintian, which prints every
# warning and fails on an error.
package: build package-deps
	rm -f $(BUILD)/relu-explorer_*.deb
	cd $(BUILD) && cpack
	lintian --fail-on error --display-info $(BUILD)/relu-explorer_*.deb

lint-deps:
	@scripts/install-lint-deps.sh

# Every tracked .cpp and .h formatted as .clang-format says (CI runs this part: seconds).
format-check: lint-deps
	git ls-files -z -- '*.cpp' '*.h' | xargs -0 clang-format-14 --dry-run --Werror
	@echo "make format-check: every source is formatted"

# make format-check; then clang-tidy, with the checks in
# .clang-tidy, over the sources of core/, widgets/ and app/ (their headers too), compiled as
# $(BUILD)/compile_commands.json says. Any finding fails. clang-tidy's count of the warnings it
# hid (Qt's headers) goes to $(BUILD)/clang-tidy.log, and to the screen only on a failure.
lint: format-check
	git ls-files -z -- 'core/*.cpp' 'widgets/*.cpp' 'app/*.cpp' \
		| xargs -0 -n 1 -P $(JOBS) clang-tidy-14 -p $(BUILD) --quiet --warnings-as-errors='*' \
			2> $(BUILD)/clang-tidy.log \
		|| { grep -v ' generated\.$$' $(BUILD)/clang-tidy.log; exit 1; }
	@echo "make lint: clang-format and clang-tidy found nothing"

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
