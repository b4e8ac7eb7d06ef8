// Kiosque bench: feed ingestion in WebAssembly (part of `make bench`).
//
// Built by the web build as build/web/kiosque-bench-wasm.{js,wasm}
// (CMakeLists.txt, block "bench (make bench)"): kiosque_core only, no ImGui,
// compiled and linked like the widget (-Oz, emmalloc), MODULARIZE'd as
// createKiosqueBench. scripts/bench.mjs loads it in headless Chromium,
// copies a feed into the wasm heap and times kiosque_bench_ingest().
//
// The native build compiles this file too (CMake globs tests/bench/*.cpp
// into kiosque_bench); there it is empty.
#ifdef __EMSCRIPTEN__
#include <emscripten/emscripten.h>

#include "ingest_workload.h"

namespace {
kiosque::bench::IngestCounts last_counts;
}

extern "C" {

// Ingests a posts document and its categories document (UTF-8 on the wasm
// heap, owned by the caller). Returns the number of articles read, or -1
// when the feed was refused (kiosque_bench_last_error() says why).
EMSCRIPTEN_KEEPALIVE int kiosque_bench_ingest(const char* document, int document_length,
                                              const char* categories, int categories_length) {
  last_counts = kiosque::bench::ingest(
      std::string_view(document, static_cast<std::size_t>(document_length)),
      std::string_view(categories, static_cast<std::size_t>(categories_length)));
  return last_counts.ok ? static_cast<int>(last_counts.articles) : -1;
}

// Body blocks of all articles of the last ingestion.
EMSCRIPTEN_KEEPALIVE int kiosque_bench_last_blocks() {
  return static_cast<int>(last_counts.blocks);
}

EMSCRIPTEN_KEEPALIVE const char* kiosque_bench_last_error() {
  return last_counts.error.c_str();
}

}  // extern "C"
#endif  // __EMSCRIPTEN__
