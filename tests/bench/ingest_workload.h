// Kiosque bench: the work one feed ingestion does, shared by the native bench
// (ingest_bench.cpp) and the wasm one (wasm_ingest_bench.cpp), so both time
// exactly the same thing: parse_feed on a posts document and its categories
// document, into the model the widget draws, then freeing it all.
//
// The counts returned depend on every article and block, so the compiler
// cannot drop the work.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/feed_parser.h"

namespace kiosque::bench {

struct IngestCounts {
  bool ok = false;
  std::size_t articles = 0;
  std::size_t blocks = 0;
  std::string error;  // when !ok
};

// The widget's limits, except that a document is never refused for its size:
// the bench's 5 000-post feed (~64 MB) is over the widget's 32 MB on purpose,
// to measure throughput, not the refusal. The widget's own refusal is
// measured separately, by loading the same feed in the page.
inline FeedLimits limits_for(std::size_t document_bytes) {
  FeedLimits limits;
  limits.max_bytes = std::max(limits.max_bytes, document_bytes);
  return limits;
}

inline IngestCounts ingest(std::string_view document, std::string_view categories) {
  FeedInput input;
  input.document = document;
  input.categories = categories;
  input.base_url = "https://www.lejournal.example/wp-json/wp/v2/posts?_embed";
  const ParseResult result = parse_feed(input, limits_for(document.size()));
  IngestCounts counts;
  counts.ok = result.ok;
  counts.error = result.error;
  counts.articles = result.feed.articles.size();
  for (const Article& article : result.feed.articles) counts.blocks += article.body.size();
  return counts;
}

}  // namespace kiosque::bench
