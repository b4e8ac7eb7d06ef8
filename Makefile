# Kiosque: the two commands, and the steps they are made of.
#
#   make demo    install what is missing, build the web widget, serve the demo
#   make test    install what is missing, build everything, run every suite
#
# Other targets: setup, native, web, site, unit, sanitize, fuzz, browser, bench, dist, format.
SHELL := /bin/bash
PORT ?= 8080
JOBS ?= $(shell nproc)
EMCMAKE := NODE_PATH=/usr/share/nodejs emcmake
EMBUILD := NODE_PATH=/usr/share/nodejs cmake --build
PY := /usr/bin/python3
FUZZ_SECONDS ?= 30

.PHONY: demo test setup native web site unit sanitize fuzz browser bench format clean

demo: setup site
	node scripts/serve.mjs --root build/site --port $(PORT)

test: setup native web site unit sanitize fuzz browser

setup:
	@bash scripts/setup.sh

native:
	cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build/native -j $(JOBS)

web:
	$(EMCMAKE) cmake -S . -B build/web -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	$(EMBUILD) build/web -j $(JOBS)

# The folder the demo serves: pages, loader, wasm, fonts, sample feed, and
# the service worker stamped with the list and hash of what it precaches.
# The loader and the glue every embedding downloads are minified (terser:
# about 13 kB less gzip); the /*<build-files>*/ markers stay for make dist.
TERSER := node_modules/.bin/terser --compress --mangle --comments '/build-files/'
site: web
	@rm -rf build/site && mkdir -p build/site/fonts build/site/sample
	cp web/*.html web/*.js web/*.css web/*.svg build/site/
	$(TERSER) web/kiosque.js -o build/site/kiosque.js
	$(TERSER) build/web/kiosque-wasm.js -o build/site/kiosque-wasm.js
	cp build/web/kiosque-wasm.wasm build/site/
	$(PY) scripts/subset_fonts.py build/site/fonts
	cp assets/sample/*.json build/site/sample/
	$(PY) scripts/make_sample_images.py build/site/sample/images
	node scripts/service_worker.mjs build/site

unit: native
	cd build/native && ctest --output-on-failure

sanitize:
	cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKIOSQUE_SANITIZE=ON >/dev/null
	cmake --build build/asan -j $(JOBS)
	cd build/asan && ctest --output-on-failure

fuzz:
	CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSQUE_FUZZ=ON -DKIOSQUE_SANITIZE=ON >/dev/null
	cmake --build build/fuzz -j $(JOBS)
	bash scripts/run_fuzzers.sh build/fuzz $(FUZZ_SECONDS)

browser: site
	node --test tests/browser/

# Every figure of the performance budget in one run: a table, and build/bench.json.
bench: setup site bench-prerequisites
	node scripts/bench.mjs

include scripts/bench.mk

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf build

# The folder to host on a CDN under any path: content-hashed files with SRI,
# and dist/SNIPPET.html to paste. DIST_BASE is where it will be hosted.
.PHONY: dist
dist: site
	node scripts/dist.mjs --site build/site --out dist $(if $(DIST_BASE),--base $(DIST_BASE))
