// Kiosque bench: native feed ingestion throughput (part of `make bench`).
//
//   build/native/kiosque_bench [--runs N] [--categories categories.json] FEED.json [FEED.json ...]
//
// For each feed, times N runs (default 5, after one unmeasured warm-up) of
// the ingestion the widget does (ingest_workload.h: parse_feed into the
// model, then freeing it), and as a machine-speed reference N runs of a bare
// nlohmann::json::parse of the same bytes. Prints one JSON document on
// stdout, for scripts/bench.mjs:
//   {"feeds": [{"file", "bytes", "articles", "blocks", "ok", "error",
//               "ingest_ms": [N numbers], "reference_ms": [N numbers]}]}
// Exits 1 when a file cannot be read or a feed does not parse.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "ingest_workload.h"

namespace {

using Clock = std::chrono::steady_clock;

bool read_file(const std::string& path, std::string& out) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::ostringstream buffer;
  buffer << file.rdbuf();
  out = buffer.str();
  return true;
}

template <typename Work>
double time_ms(Work&& work) {
  const auto start = Clock::now();
  work();
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct FeedTimings {
  std::string file;
  std::size_t bytes = 0;
  kiosque::bench::IngestCounts counts;
  std::vector<double> ingest_ms;
  std::vector<double> reference_ms;
};

FeedTimings bench_feed(const std::string& file, const std::string& document,
                       const std::string& categories, int runs) {
  FeedTimings timings;
  timings.file = file;
  timings.bytes = document.size();
  timings.counts = kiosque::bench::ingest(document, categories);  // warm-up, and the counts
  if (!timings.counts.ok) return timings;
  for (int run = 0; run < runs; ++run) {
    kiosque::bench::IngestCounts counts;
    timings.ingest_ms.push_back(
        time_ms([&] { counts = kiosque::bench::ingest(document, categories); }));
    if (counts.articles != timings.counts.articles)
      std::abort();  // the work must not change between runs
  }
  for (int run = 0; run < runs; ++run) {
    std::size_t elements = 0;
    timings.reference_ms.push_back(time_ms([&] {
      const nlohmann::json root =
          nlohmann::json::parse(document, nullptr, /*allow_exceptions=*/false);
      elements = root.size();
    }));
    if (elements == 0) std::abort();
  }
  return timings;
}

nlohmann::json to_json(const FeedTimings& timings) {
  return {{"file", timings.file},
          {"bytes", timings.bytes},
          {"ok", timings.counts.ok},
          {"error", timings.counts.error},
          {"articles", timings.counts.articles},
          {"blocks", timings.counts.blocks},
          {"ingest_ms", timings.ingest_ms},
          {"reference_ms", timings.reference_ms}};
}

int usage() {
  std::fprintf(
      stderr,
      "usage: kiosque_bench [--runs N] [--categories categories.json] FEED.json [FEED.json ...]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string categories_path;
  std::vector<std::string> feeds;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::atoi(argv[++i]);
    } else if (arg == "--categories" && i + 1 < argc) {
      categories_path = argv[++i];
    } else if (!arg.empty() && arg[0] == '-') {
      return usage();
    } else {
      feeds.push_back(arg);
    }
  }
  if (feeds.empty() || runs < 1) return usage();

  std::string categories;
  if (!categories_path.empty() && !read_file(categories_path, categories)) {
    std::fprintf(stderr, "kiosque_bench: cannot read %s\n", categories_path.c_str());
    return 1;
  }
  nlohmann::json report = {{"feeds", nlohmann::json::array()}};
  bool all_ok = true;
  for (const std::string& file : feeds) {
    std::string document;
    if (!read_file(file, document)) {
      std::fprintf(stderr, "kiosque_bench: cannot read %s\n", file.c_str());
      return 1;
    }
    const FeedTimings timings = bench_feed(file, document, categories, runs);
    if (!timings.counts.ok) {
      std::fprintf(stderr, "kiosque_bench: %s: %s\n", file.c_str(), timings.counts.error.c_str());
      all_ok = false;
    }
    report["feeds"].push_back(to_json(timings));
  }
  std::cout << report.dump() << "\n";
  return all_ok ? 0 : 1;
}
