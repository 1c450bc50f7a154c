# ReLU Explorer: the two commands a fresh Debian 12 machine needs.
#   make run    installs what is missing, builds (Release, into build/) and starts the app
#   make test   installs what is missing, builds and runs every test through CTest
# Also: make test-asan (the same tests under AddressSanitizer + UBSan, in build-asan/),
#       make bench (writes bench/RESULTS.md), make screenshot, make package (.deb), make build,
#       make deps, make clean.

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
# CI=true turns warnings into errors.
WERROR     := $(if $(filter true 1 yes,$(CI)),ON,OFF)
CMAKE_ARGS ?=

.PHONY: all run test test-asan build deps clean screenshot package bench

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

$(ASAN_BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENABLE_SANITIZERS=ON -DRELU_WERROR=$(WERROR) $(CMAKE_ARGS)

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

# A .deb for Debian 12, in build/.
package: build
	cd $(BUILD) && cpack

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
