// kiosque-feed: checks a feed document, or prints it as the model the widget
// sees. A thin I/O wrapper: parsing is a FeedStream fed the document as it
// is read (as the widget reads the network), output is feed_json.h.
//
//   kiosque-feed check FILE [--categories FILE] [--media FILE] [--base-url URL]
//   kiosque-feed normalize FILE [same options]
//
// FILE may be "-" for standard input. Exit status: 0 usable feed (check) or
// model printed (normalize); 1 unusable feed, with the reason; 2 usage
// error or unreadable file.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "core/feed_json.h"
#include "core/feed_parser.h"
#include "core/feed_stream.h"

namespace {

constexpr int kExitUnusable = 1;
constexpr int kExitUsage = 2;

const char* const kUsage =
    "usage: kiosque-feed check FILE [--categories FILE] [--media FILE] [--base-url URL]\n"
    "       kiosque-feed normalize FILE [--categories FILE] [--media FILE] [--base-url URL]\n"
    "\n"
    "  check      summary of the feed (format, sections, articles, images, warnings);\n"
    "             exit 0 when the widget can show it, 1 with the reason when not\n"
    "  normalize  the parsed feed as JSON on standard output\n"
    "  FILE       a WordPress /wp/v2/posts response or a JSON Feed; - reads standard input\n"
    "  --categories FILE  the site's /wp/v2/categories response (WordPress sections)\n"
    "  --media FILE       a /wp/v2/media response (featured images without _embed)\n"
    "  --base-url URL     where FILE came from, to resolve relative links\n";

struct Options {
  std::string command;
  std::string document_path;
  std::string categories_path;
  std::string media_path;
  std::string base_url;
};

int usage_error(const char* message) {
  std::fprintf(stderr, "kiosque-feed: %s\n%s", message, kUsage);
  return kExitUsage;
}

// Hands a file, or standard input for "-", to `take` piece by piece.
template <typename Take>
bool read_input(const std::string& path, Take take) {
  FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!file) return false;
  char buffer[1 << 16];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof buffer, file)) > 0)
    take(std::string_view(buffer, read));
  const bool failed = std::ferror(file) != 0;
  if (file != stdin) std::fclose(file);
  return !failed;
}

// The side documents are read whole, up to one byte past the document limit
// (the parser refuses them then, without holding the rest).
bool read_whole(const std::string& path, std::string& contents) {
  const std::size_t max_bytes = kiosque::FeedLimits{}.max_bytes + 1;
  return read_input(path, [&](std::string_view piece) {
    if (contents.size() < max_bytes) contents.append(piece);
  });
}

int cannot_read(const std::string& path) {
  std::fprintf(stderr, "kiosque-feed: cannot read %s: %s\n", path.c_str(), std::strerror(errno));
  return kExitUsage;
}

// Returns an empty string on success, else the usage error.
std::string parse_arguments(int argc, char** argv, Options& options) {
  if (argc < 2) return "missing command";
  options.command = argv[1];
  if (options.command != "check" && options.command != "normalize")
    return "unknown command '" + options.command + "'";
  for (int i = 2; i < argc; ++i) {
    const std::string argument = argv[i];
    std::string* value = nullptr;
    if (argument == "--categories") value = &options.categories_path;
    if (argument == "--media") value = &options.media_path;
    if (argument == "--base-url") value = &options.base_url;
    if (value) {
      if (i + 1 == argc) return argument + " needs a value";
      *value = argv[++i];
    } else if (argument.size() > 1 && argument[0] == '-') {
      return "unknown option '" + argument + "'";
    } else if (options.document_path.empty()) {
      options.document_path = argument;
    } else {
      return "more than one FILE";
    }
  }
  if (options.document_path.empty()) return "missing FILE";
  const int stdin_uses = (options.document_path == "-") + (options.categories_path == "-") +
                         (options.media_path == "-");
  if (stdin_uses > 1) return "only one input can be standard input";
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && (std::strcmp(argv[1], "-h") == 0 || std::strcmp(argv[1], "--help") == 0)) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  Options options;
  if (const std::string error = parse_arguments(argc, argv, options); !error.empty())
    return usage_error(error.c_str());

  std::string categories, media;
  for (const auto& [path, contents] : {std::make_pair(&options.categories_path, &categories),
                                       std::make_pair(&options.media_path, &media)}) {
    if (!path->empty() && !read_whole(*path, *contents)) return cannot_read(*path);
  }
  kiosque::FeedStream stream(options.base_url, kiosque::FeedLimits{}, std::move(media));
  if (!read_input(options.document_path, [&](std::string_view piece) { stream.push(piece); }))
    return cannot_read(options.document_path);
  const kiosque::ParseResult result = stream.finish(categories);

  if (options.command == "check") {
    std::fputs(kiosque::describe_parse_result(result).c_str(), stdout);
    return kiosque::is_usable(result) ? 0 : kExitUnusable;
  }
  if (!result.ok) {
    std::fprintf(stderr, "kiosque-feed: %s\n", result.error.c_str());
    return kExitUnusable;
  }
  std::fputs(kiosque::feed_to_json(result.feed, result.warnings).c_str(), stdout);
  return 0;
}
