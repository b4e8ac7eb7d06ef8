// Kiosque core: why a feed document could not be read, and how to say it.
//
// Index:
//   - FeedErrorKind, FeedError   what went wrong, with its details
//   - describe_feed_error        the sentence, in French or English
//   - json_type_phrase           "a JSON object", "un objet JSON"
//
// The parser records what went wrong, not a sentence: the widget says it in
// the reader's language (French by default) where its status is drawn, the
// kiosque-feed CLI and ParseResult::error in English.
//
//   FeedError error;
//   error.kind = FeedErrorKind::Syntax;
//   error.byte = 26197;
//   describe_feed_error(error, Lang::French)
//     == "erreur de syntaxe JSON à l'octet 26197"
#pragma once

#include <cstddef>
#include <string>

#include "dates.h"

namespace kiosque {

enum class FeedErrorKind {
  None,
  TooLarge,            // `size` bytes, over `limit`
  Empty,               // nothing but white space
  NotJson,             // starts with "<": HTML, RSS, Atom
  TooDeep,             // nesting over `limit` levels at `byte`
  Syntax,              // at `byte`; `detail`: the JSON parser's words, `expected` the token
  UnsupportedVersion,  // a JSON Feed "version" (`found`, quoted) not 1 or 1.1
  PostWithoutContent,  // an object with "id" but no post fields
  WordPressError,      // WordPress's error object: `found` its code, `detail` its message (quoted)
  TermsNotPosts,       // a list of categories or tags given as the posts
  NotAFeed,            // valid JSON of another shape: `found` its JSON type name
  ItemsMissing,        // a JSON Feed without "items"
  ItemsNotArray,       // a JSON Feed whose "items" is of JSON type `found`
  NoItemReadable,      // `size` items in `format`, none usable; `detail`: the first reason
};

struct FeedError {
  FeedErrorKind kind = FeedErrorKind::None;
  std::size_t byte = 0;   // where in the document (Syntax, TooDeep)
  std::size_t size = 0;   // the document's bytes (TooLarge), items looked at (NoItemReadable)
  std::size_t limit = 0;  // the limit passed: bytes (TooLarge), levels (TooDeep)
  std::string format;     // "WordPress", "JSON Feed" (NoItemReadable)
  // A JSON type name as nlohmann spells it ("object", "array", "string",
  // "number", "boolean", "null"), or the quoted value named by the kind.
  std::string found;
  std::string expected;  // Syntax: the token the parser wanted ("'}'"), "" when it did not say
  std::string detail;    // see the kinds; English, given as is in English only
};

// One sentence, without a final period. French starts in lower case, as the
// widget's other status messages ("flux introuvable (HTTP 404) : ...").
std::string describe_feed_error(const FeedError& error, Lang lang);

// "a JSON object" / "un objet JSON", from nlohmann's type name (see FeedError::found).
std::string json_type_phrase(const std::string& type_name, Lang lang);

}  // namespace kiosque
