# Kiosque: what `make bench` needs besides the site. Included by the Makefile,
# whose bench target is:
#
#   bench: setup site bench-prerequisites
#   	node scripts/bench.mjs
#
# (scripts/bench.mjs says what it measures.) Uses the Makefile's JOBS,
# EMCMAKE, EMBUILD and PY.
.PHONY: bench-prerequisites bench-native bench-wasm

BENCH_FEED_SIZES := 50 500 1000 5000
BENCH_FEEDS := $(foreach posts,$(BENCH_FEED_SIZES),build/bench/feeds/posts-$(posts).json)

bench-prerequisites: bench-native bench-wasm $(BENCH_FEEDS)

# Native ingestion bench (tests/bench/ingest_bench.cpp), release build.
bench-native:
	cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build/native -j $(JOBS) --target kiosque_bench

# Wasm ingestion bench (tests/bench/wasm_ingest_bench.cpp), outside the web build's `all`.
bench-wasm:
	$(EMCMAKE) cmake -S . -B build/web -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	$(EMBUILD) build/web -j $(JOBS) --target kiosque-bench-wasm

# Generated WordPress feeds (~80 MB in all), remade only when their inputs change.
$(BENCH_FEEDS) &: scripts/make_big_feed.py scripts/make_sample_feed.py assets/sample/categories.json
	$(PY) scripts/make_big_feed.py --out build/bench/feeds $(BENCH_FEED_SIZES)
