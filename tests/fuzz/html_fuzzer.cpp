// Fuzzer for core/html_blocks.h: html_to_blocks and html_to_text on any bytes.
//
// Beyond "no crash, no hang, no sanitizer report", it checks what the views
// rely on: every string is valid UTF-8, every link is empty or http(s)/mailto,
// every image is http(s), limits hold, and blocks come out normalised (no
// empty runs, no runs left unmerged, trimmed text, known heading levels).
//
//   clang++-14 -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
//     tests/fuzz/html_fuzzer.cpp src/core/html_blocks.cpp src/core/text.cpp \
//     src/core/url.cpp src/core/feed.cpp src/core/html_entities.cpp -o /tmp/html_fuzzer
//   mkdir -p tests/fuzz/corpus-run && /tmp/html_fuzzer tests/fuzz/corpus-run tests/fuzz/corpus/html
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/html_blocks.h"
#include "core/text.h"
#include "core/url.h"

using namespace kiosque;

namespace {

#define FUZZ_CHECK(condition)                                                                  \
  do {                                                                                         \
    if (!(condition)) {                                                                        \
      std::fprintf(stderr, "html_fuzzer: check failed: %s (line %d)\n", #condition, __LINE__); \
      std::abort();                                                                            \
    }                                                                                          \
  } while (0)

bool is_allowed_link(const std::string& link) {
  return link.empty() || is_http_url(link) || link.compare(0, 7, "mailto:") == 0;
}

bool is_trimmed(const std::string& text) {
  return text.empty() || (!is_ascii_space(text.front()) && !is_ascii_space(text.back()));
}

void check_runs(const Block& block) {
  const bool preformatted = block.type == BlockType::Preformatted;
  FUZZ_CHECK(!block.runs.empty());
  for (std::size_t i = 0; i < block.runs.size(); ++i) {
    const TextRun& run = block.runs[i];
    FUZZ_CHECK(!run.text.empty());
    FUZZ_CHECK(is_valid_utf8(run.text));
    FUZZ_CHECK(is_allowed_link(run.link));
    FUZZ_CHECK((run.style & ~(kRunBold | kRunItalic | kRunCode)) == 0);
    if (run.text == "\n") continue;
    if (!preformatted) FUZZ_CHECK(run.text.find_first_of("\t\n\r\f") == std::string::npos);
    if (i > 0) {
      const TextRun& previous = block.runs[i - 1];
      const bool mergeable =
          previous.text != "\n" && previous.style == run.style && previous.link == run.link;
      FUZZ_CHECK(!mergeable);
    }
  }
  const std::string& first = block.runs.front().text;
  const std::string& last = block.runs.back().text;
  if (!preformatted) FUZZ_CHECK(first != "\n" && first.front() != ' ');
  FUZZ_CHECK(!is_ascii_space(last.back()));  // no trailing space nor line break
}

void check_image(const Image& image) {
  FUZZ_CHECK(is_http_url(image.url));
  FUZZ_CHECK(is_valid_utf8(image.url) && is_valid_utf8(image.alt) && is_valid_utf8(image.caption));
  FUZZ_CHECK(is_trimmed(image.alt) && is_trimmed(image.caption));
  FUZZ_CHECK(image.width >= 0 && image.height >= 0);
  for (const ImageVariant& variant : image.variants) {
    FUZZ_CHECK(is_http_url(variant.url) && is_valid_utf8(variant.url));
    FUZZ_CHECK(variant.width >= 0 && variant.height >= 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);

  // An input starting with byte 0x01 runs with tight limits, so that the
  // limit paths are fuzzed too.
  HtmlLimits limits;
  if (!html.empty() && html.front() == '\x01') {
    limits.max_blocks = 16;
    limits.max_depth = 4;
  }
  const std::vector<Block> blocks =
      html_to_blocks(html, "https://www.example.fr/2024/11/article/", limits);
  FUZZ_CHECK(blocks.size() <= limits.max_blocks);
  for (const Block& block : blocks) {
    switch (block.type) {
      case BlockType::Image:
        FUZZ_CHECK(block.runs.empty());
        check_image(block.image);
        break;
      case BlockType::Separator:
        FUZZ_CHECK(block.runs.empty());
        break;
      case BlockType::Heading:
        FUZZ_CHECK(block.level >= 2 && block.level <= 6);
        check_runs(block);
        break;
      case BlockType::ListItem:
        FUZZ_CHECK(block.depth >= 1);
        FUZZ_CHECK(block.ordered || block.ordinal == 0);
        check_runs(block);
        break;
      case BlockType::Paragraph:
      case BlockType::Quote:
      case BlockType::Preformatted:
        check_runs(block);
        break;
    }
  }

  const std::string text = html_to_text(html);
  FUZZ_CHECK(is_valid_utf8(text));
  FUZZ_CHECK(is_trimmed(text));
  FUZZ_CHECK(text.find("  ") == std::string::npos);
  FUZZ_CHECK(text.find_first_of("\t\n\r\f") == std::string::npos);
  return 0;
}
