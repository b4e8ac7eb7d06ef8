#include "feed_errors.h"

namespace kiosque {

std::string json_type_phrase(const std::string& type_name, Lang lang) {
  const bool french = lang == Lang::French;
  struct Name {
    const char* type;
    const char* english;
    const char* french;
  };
  static constexpr Name kNames[] = {
      {"object", "a JSON object", "un objet JSON"},
      {"array", "a JSON array", "un tableau JSON"},
      {"string", "a JSON string", "une chaîne JSON"},
      {"number", "a JSON number", "un nombre JSON"},
      {"boolean", "a JSON boolean", "un booléen JSON"},
      {"null", "JSON null", "JSON null"},
  };
  for (const Name& name : kNames)
    if (type_name == name.type) return french ? name.french : name.english;
  return french ? "pas du JSON" : "not JSON";
}

namespace {

std::string describe_in_english(const FeedError& error) {
  constexpr const char* kNotAFeed = "Not a WordPress posts list or JSON Feed: ";
  switch (error.kind) {
    case FeedErrorKind::None:
      return "";
    case FeedErrorKind::TooLarge:
      return "Document of " + std::to_string(error.size) + " bytes is over the limit of " +
             std::to_string(error.limit) + " bytes";
    case FeedErrorKind::Empty:
      return "Empty document";
    case FeedErrorKind::NotJson:
      return "Not JSON: the document starts with \"<\" (an HTML page, or RSS / Atom, which are "
             "not read)";
    case FeedErrorKind::TooDeep:
      return "JSON nesting deeper than the limit of " + std::to_string(error.limit) +
             " levels at byte " + std::to_string(error.byte);
    case FeedErrorKind::Syntax:
      return "JSON syntax error at byte " + std::to_string(error.byte) +
             (error.detail.empty() ? "" : ": " + error.detail);
    case FeedErrorKind::UnsupportedVersion:
      return "JSON Feed: unsupported \"version\" " + error.found +
             " (expected https://jsonfeed.org/version/1 or /1.1)";
    case FeedErrorKind::PostWithoutContent:
      return "WordPress: the object has \"id\" but no \"title\", \"content\", \"excerpt\" or "
             "\"link\"";
    case FeedErrorKind::WordPressError:
      return "WordPress answered with an error instead of posts: " + error.found + " " +
             error.detail;
    case FeedErrorKind::TermsNotPosts:
      return "Not a WordPress posts list: the document is a list of terms (give "
             "/wp/v2/categories as the categories document)";
    case FeedErrorKind::NotAFeed:
      if (error.found == "object")
        return std::string(kNotAFeed) +
               "the document is a JSON object without \"version\" or \"id\"";
      if (error.found == "array")
        return std::string(kNotAFeed) +
               "the document is a JSON array without posts (objects with \"id\" and \"title\", "
               "\"content\" or \"link\")";
      return std::string(kNotAFeed) + "the document is " +
             json_type_phrase(error.found, Lang::English);
    case FeedErrorKind::ItemsMissing:
      return "JSON Feed: \"items\" is missing";
    case FeedErrorKind::ItemsNotArray:
      return "JSON Feed: \"items\" is " + json_type_phrase(error.found, Lang::English) +
             ", not an array";
    case FeedErrorKind::NoItemReadable:
      return error.format + ": none of the " + std::to_string(error.size) + " items could be read" +
             (error.detail.empty() ? "" : " (" + error.detail + ")");
  }
  return "";
}

// The parser's own words (a token name, a skipped item's reason) are English:
// French says what they point at without them.
std::string describe_in_french(const FeedError& error) {
  constexpr const char* kNotAFeed = "ni une liste d'articles WordPress ni un JSON Feed : ";
  switch (error.kind) {
    case FeedErrorKind::None:
      return "";
    case FeedErrorKind::TooLarge:
      return "document de " + std::to_string(error.size) + " octets, au-delà de la limite de " +
             std::to_string(error.limit) + " octets";
    case FeedErrorKind::Empty:
      return "document vide";
    case FeedErrorKind::NotJson:
      return "ce n'est pas du JSON : le document commence par « < » (une page HTML, ou du RSS / "
             "Atom, qui ne sont pas lus)";
    case FeedErrorKind::TooDeep:
      return "JSON imbriqué au-delà de la limite de " + std::to_string(error.limit) +
             " niveaux à l'octet " + std::to_string(error.byte);
    case FeedErrorKind::Syntax:
      return "erreur de syntaxe JSON à l'octet " + std::to_string(error.byte) +
             (error.expected.empty() ? "" : " (attendu : " + error.expected + ")");
    case FeedErrorKind::UnsupportedVersion:
      return "JSON Feed : « version » " + error.found +
             " non prise en charge (attendu https://jsonfeed.org/version/1 ou /1.1)";
    case FeedErrorKind::PostWithoutContent:
      return "WordPress : l'objet a un « id » mais ni « title », ni « content », ni « excerpt », "
             "ni « link »";
    case FeedErrorKind::WordPressError:
      return "WordPress a répondu par une erreur au lieu des articles : " + error.found + " " +
             error.detail;
    case FeedErrorKind::TermsNotPosts:
      return "pas une liste d'articles WordPress : le document est une liste de termes "
             "(/wp/v2/categories se donne comme document des catégories)";
    case FeedErrorKind::NotAFeed:
      if (error.found == "object")
        return std::string(kNotAFeed) + "le document est un objet JSON sans « version » ni « id »";
      if (error.found == "array")
        return std::string(kNotAFeed) +
               "le document est un tableau JSON sans articles (objets avec « id » et « title », "
               "« content » ou « link »)";
      return std::string(kNotAFeed) + "le document est " +
             json_type_phrase(error.found, Lang::French);
    case FeedErrorKind::ItemsMissing:
      return "JSON Feed : « items » manque";
    case FeedErrorKind::ItemsNotArray:
      return "JSON Feed : « items » est " + json_type_phrase(error.found, Lang::French) +
             ", pas un tableau";
    case FeedErrorKind::NoItemReadable:
      return error.format + " : aucun des " + std::to_string(error.size) +
             " articles n'a pu être lu";
  }
  return "";
}

}  // namespace

std::string describe_feed_error(const FeedError& error, Lang lang) {
  return lang == Lang::French ? describe_in_french(error) : describe_in_english(error);
}

}  // namespace kiosque
