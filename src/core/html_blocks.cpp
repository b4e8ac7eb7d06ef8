// Kiosque core: article HTML to rich blocks (see html_blocks.h).
//
// One pass over the input, no regex, no recursion. A tokenizer cuts the HTML
// into text, start tags and end tags; it skips comments, doctypes and the
// content of script-like elements as it goes. A block builder keeps a stack
// of open elements (bounded by HtmlLimits::max_depth) that says, for each
// piece of text, its style, its link and the block it belongs to; block-level
// tags end the block being built.
//
// This is not the HTML5 tree builder: misnested and unclosed tags get a
// simpler treatment that gives the same text, and a close enough style.
//   - "<b><i>x</b>y</i>": an inline element closed out of order is closed
//     alone, the ones opened after it stay open ("y" is italic).
//   - An end tag of a block closes everything opened inside it.
//   - HTML's optional end tags: a block ends an open <p>, an <li> ends the
//     open <li>, a heading a heading, a row a row, a cell a cell.
//
// Index of this file:
// [SECTION] Tags the parser knows
// [SECTION] Tokenizer
// [SECTION] Text: references, white space, control characters
// [SECTION] Attributes: class names, numbers, image URLs
// [SECTION] Block builder
// [SECTION] Public API

#include "html_blocks.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "html_entities.h"
#include "text.h"
#include "url.h"

namespace kiosque {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Tags the parser knows
//-----------------------------------------------------------------------------

// What an element does. Tags missing from kTags (span, u, abbr, ...) are
// ignored and their text kept. Void elements with no text (embed, input,
// source, wbr, ...) need no entry: ignoring their tag drops them.
enum class TagKind : std::uint8_t {
  Style,         // b, i, code, ...: TagInfo::detail is the RunStyle bit it adds
  Link,          // a
  LineBreak,     // br
  Image,         // img
  Separator,     // hr. From here to TableRow: block-level, ends the current block
  Paragraph,     // p
  Container,     // div, section, article, ...: ends blocks, nothing more
  Heading,       // h1..h6: detail is the level
  List,          // ul, ol: detail is 1 for an ordered list
  ListItem,      // li
  Quote,         // blockquote
  Figure,        // figure; a pull quote when class="wp-block-pullquote"
  Caption,       // figcaption
  Preformatted,  // pre
  Table,         // table
  TableRow,      // tr: a row is one paragraph
  TableCell,     // td, th: a space between the cells of a row
  Dropped,       // form, svg, button, ...: the element and all it holds are dropped
  RawText,       // script, style, iframe, ...: not HTML inside; the tokenizer skips it
  Closed,        // stack only: an inline element closed out of order, now inert
};

bool is_block(TagKind kind) {
  return kind >= TagKind::Separator && kind <= TagKind::TableRow;
}

constexpr std::uint32_t kind_bit(TagKind kind) {
  return 1u << static_cast<unsigned>(kind);
}
constexpr std::uint32_t kInlineKinds =
    kind_bit(TagKind::Style) | kind_bit(TagKind::Link) | kind_bit(TagKind::Closed);

struct TagInfo {
  std::string_view name;  // lower case
  TagKind kind;
  std::uint8_t detail;  // see TagKind
};

// Sorted by name: lookups are a binary search, and a static_assert checks the order.
constexpr TagInfo kTags[] = {
    {"a", TagKind::Link, 0},
    {"address", TagKind::Container, 0},
    {"article", TagKind::Container, 0},
    {"aside", TagKind::Container, 0},
    {"b", TagKind::Style, kRunBold},
    {"blockquote", TagKind::Quote, 0},
    {"br", TagKind::LineBreak, 0},
    {"button", TagKind::Dropped, 0},
    {"caption", TagKind::Container, 0},
    {"center", TagKind::Container, 0},
    {"cite", TagKind::Style, kRunItalic},
    {"code", TagKind::Style, kRunCode},
    {"dd", TagKind::Container, 0},
    {"details", TagKind::Container, 0},
    {"div", TagKind::Container, 0},
    {"dl", TagKind::Container, 0},
    {"dt", TagKind::Container, 0},
    {"em", TagKind::Style, kRunItalic},
    {"figcaption", TagKind::Caption, 0},
    {"figure", TagKind::Figure, 0},
    {"footer", TagKind::Container, 0},
    {"form", TagKind::Dropped, 0},
    {"h1", TagKind::Heading, 1},
    {"h2", TagKind::Heading, 2},
    {"h3", TagKind::Heading, 3},
    {"h4", TagKind::Heading, 4},
    {"h5", TagKind::Heading, 5},
    {"h6", TagKind::Heading, 6},
    {"header", TagKind::Container, 0},
    {"hgroup", TagKind::Container, 0},
    {"hr", TagKind::Separator, 0},
    {"i", TagKind::Style, kRunItalic},
    {"iframe", TagKind::RawText, 0},
    {"img", TagKind::Image, 0},
    {"kbd", TagKind::Style, kRunCode},
    {"li", TagKind::ListItem, 0},
    {"main", TagKind::Container, 0},
    {"math", TagKind::Dropped, 0},
    {"nav", TagKind::Container, 0},
    {"noembed", TagKind::RawText, 0},
    {"noframes", TagKind::RawText, 0},
    {"noscript", TagKind::RawText, 0},
    {"object", TagKind::Dropped, 0},
    {"ol", TagKind::List, 1},
    {"p", TagKind::Paragraph, 0},
    {"pre", TagKind::Preformatted, 0},
    {"samp", TagKind::Style, kRunCode},
    {"script", TagKind::RawText, 0},
    {"section", TagKind::Container, 0},
    {"select", TagKind::Dropped, 0},
    {"strong", TagKind::Style, kRunBold},
    {"style", TagKind::RawText, 0},
    {"summary", TagKind::Container, 0},
    {"svg", TagKind::Dropped, 0},
    {"table", TagKind::Table, 0},
    {"td", TagKind::TableCell, 0},
    {"template", TagKind::Dropped, 0},
    {"textarea", TagKind::RawText, 0},
    {"th", TagKind::TableCell, 0},
    {"title", TagKind::RawText, 0},
    {"tr", TagKind::TableRow, 0},
    {"tt", TagKind::Style, kRunCode},
    {"ul", TagKind::List, 0},
    {"xmp", TagKind::RawText, 0},
};
constexpr std::uint8_t kUnknownTag = 0xFF;  // a tag not in kTags
static_assert(std::size(kTags) < kUnknownTag, "tag indexes are bytes");

constexpr bool tags_are_sorted() {
  for (std::size_t i = 1; i < std::size(kTags); ++i)
    if (!(kTags[i - 1].name < kTags[i].name)) return false;
  return true;
}
static_assert(tags_are_sorted(), "kTags must stay sorted by name, without duplicates");

constexpr std::size_t longest_tag_name() {
  std::size_t longest = 0;
  for (const TagInfo& tag : kTags) longest = std::max(longest, tag.name.size());
  return longest;
}
constexpr std::size_t kLongestTagName = longest_tag_name();

// The index in kTags of a tag name as written ("P", "Blockquote"), or kUnknownTag.
std::uint8_t find_tag(std::string_view name) {
  if (name.empty() || name.size() > kLongestTagName) return kUnknownTag;
  char lower[kLongestTagName];
  for (std::size_t i = 0; i < name.size(); ++i) lower[i] = to_lower_ascii(name[i]);
  const std::string_view key(lower, name.size());
  const TagInfo* end = std::end(kTags);
  const TagInfo* found =
      std::lower_bound(std::begin(kTags), end, key,
                       [](const TagInfo& tag, std::string_view k) { return tag.name < k; });
  return (found != end && found->name == key) ? static_cast<std::uint8_t>(found - kTags)
                                              : kUnknownTag;
}

//-----------------------------------------------------------------------------
// [SECTION] Tokenizer
//-----------------------------------------------------------------------------

// The only attributes the builder reads. All others are skipped unread.
enum class Attribute : std::uint8_t { Href, Src, Srcset, Alt, Width, Height, Class, Start, Count };
constexpr std::string_view kAttributeNames[] = {"href",  "src",    "srcset", "alt",
                                                "width", "height", "class",  "start"};
static_assert(std::size(kAttributeNames) == static_cast<std::size_t>(Attribute::Count));

struct Attributes {
  std::string_view values[static_cast<std::size_t>(Attribute::Count)];  // as written
  std::uint8_t present = 0;  // one bit per Attribute: HTML keeps the first of duplicates

  std::string_view get(Attribute attribute) const {
    const auto index = static_cast<unsigned>(attribute);
    return (present >> index) & 1 ? values[index] : std::string_view();
  }
  void set(std::string_view name, std::string_view value) {
    for (unsigned index = 0; index < std::size(kAttributeNames); ++index) {
      if (!equals_ignoring_ascii_case(name, kAttributeNames[index])) continue;
      if (!((present >> index) & 1)) values[index] = value;
      present |= static_cast<std::uint8_t>(1u << index);
      return;
    }
  }
};

struct Token {
  enum class Type : std::uint8_t { Text, StartTag, EndTag };
  Type type = Type::Text;
  std::string_view text;           // Text: as written, references not decoded
  std::uint8_t tag = kUnknownTag;  // tags: index in kTags
  bool self_closing = false;       // "<svg/>"
  Attributes attributes;           // StartTag
};

// Follows the HTML5 tokenizer where it matters for the text: "<" not followed
// by a letter, '/', '!' or '?' is text; comments end at the first "-->" (or
// at the end of the input); a tag cut off by the end of the input is
// dropped; the content of raw text elements (script, ...) ends only at their
// end tag.
class Tokenizer {
 public:
  explicit Tokenizer(std::string_view html) : html_(html) {}

  // Reads the next token; false at the end of the input.
  bool next(Token& token) {
    if (raw_text_tag_ != kUnknownTag) {
      skip_raw_text(kTags[raw_text_tag_].name);
      raw_text_tag_ = kUnknownTag;
    }
    while (pos_ < html_.size()) {
      const std::size_t markup = find_markup(pos_);
      if (markup > pos_) {
        token.type = Token::Type::Text;
        token.text = html_.substr(pos_, markup - pos_);
        pos_ = markup;
        return true;
      }
      if (read_markup(token)) return true;  // else a comment or the like was skipped
    }
    return false;
  }

 private:
  bool starts_markup(std::size_t lt) const {
    if (lt + 1 >= html_.size()) return false;
    const char next = html_[lt + 1];
    if (next == '/') return lt + 2 < html_.size();  // "</" at the very end is text
    return is_ascii_alpha(next) || next == '!' || next == '?';
  }

  std::size_t find_markup(std::size_t from) const {
    for (;;) {
      const std::size_t lt = html_.find('<', from);
      if (lt == std::string_view::npos) return html_.size();
      if (starts_markup(lt)) return lt;
      from = lt + 1;
    }
  }

  void skip_past(std::string_view terminator, std::size_t from) {
    const std::size_t found = html_.find(terminator, from);
    pos_ = found == std::string_view::npos ? html_.size() : found + terminator.size();
  }

  // At a '<' that starts markup. True when it is a tag, now in `token`.
  bool read_markup(Token& token) {
    const char next = html_[pos_ + 1];
    if (next == '!') {
      // Searching from "<!" on lets "<!-->" and "<!--->" end at once, as in HTML5.
      if (html_.compare(pos_, 4, "<!--") == 0)
        skip_past("-->", pos_ + 2);
      else
        skip_past(">", pos_ + 2);  // <!DOCTYPE ...>, <![CDATA[...]]>: bogus comments
      return false;
    }
    if (next == '?') {  // <?xml ...>: a bogus comment
      skip_past(">", pos_ + 2);
      return false;
    }
    if (next == '/') {
      const char after = html_[pos_ + 2];
      if (after == '>') {  // "</>" is nothing
        pos_ += 3;
        return false;
      }
      if (!is_ascii_alpha(after)) {  // "</ x>" is a bogus comment
        skip_past(">", pos_ + 2);
        return false;
      }
      return read_tag(Token::Type::EndTag, token);
    }
    return read_tag(Token::Type::StartTag, token);
  }

  // Reads "<name attr=value ...>" or "</name ...>" at pos_. A tag the input
  // ends inside is dropped, with the rest of the input.
  bool read_tag(Token::Type type, Token& token) {
    const std::size_t size = html_.size();
    const auto ends_name = [&](std::size_t i) {
      return is_ascii_space(html_[i]) || html_[i] == '/' || html_[i] == '>';
    };
    std::size_t i = pos_ + (type == Token::Type::EndTag ? 2 : 1);
    const std::size_t name_begin = i;
    while (i < size && !ends_name(i)) ++i;
    token.type = type;
    token.tag = find_tag(html_.substr(name_begin, i - name_begin));
    token.self_closing = false;
    token.attributes.present = 0;

    for (;;) {
      while (i < size && is_ascii_space(html_[i])) ++i;
      if (i >= size) break;
      if (html_[i] == '>') {
        pos_ = i + 1;
        if (type == Token::Type::StartTag && token.tag != kUnknownTag &&
            kTags[token.tag].kind == TagKind::RawText)
          raw_text_tag_ = token.tag;
        return true;
      }
      if (html_[i] == '/') {
        ++i;
        if (i < size && html_[i] == '>') token.self_closing = true;
        continue;
      }
      const std::size_t attribute_begin = i++;  // a name may start with '=': "<p =x>"
      while (i < size && !ends_name(i) && html_[i] != '=') ++i;
      const std::string_view name = html_.substr(attribute_begin, i - attribute_begin);
      while (i < size && is_ascii_space(html_[i])) ++i;
      std::string_view value;
      if (i < size && html_[i] == '=') {
        ++i;
        while (i < size && is_ascii_space(html_[i])) ++i;
        if (i >= size) break;
        if (html_[i] == '"' || html_[i] == '\'') {
          const std::size_t close = html_.find(html_[i], i + 1);
          if (close == std::string_view::npos) break;
          value = html_.substr(i + 1, close - i - 1);
          i = close + 1;
        } else {
          const std::size_t value_begin = i;
          while (i < size && !is_ascii_space(html_[i]) && html_[i] != '>') ++i;
          value = html_.substr(value_begin, i - value_begin);
        }
      }
      if (type == Token::Type::StartTag) token.attributes.set(name, value);
    }
    pos_ = size;  // the input ended inside the tag
    return false;
  }

  // Moves past the content of a raw text element, to its end tag (or to the
  // end of the input when there is none).
  void skip_raw_text(std::string_view name) {
    for (std::size_t i = pos_;; i += 2) {
      i = html_.find("</", i);
      if (i == std::string_view::npos) {
        pos_ = html_.size();
        return;
      }
      const std::size_t name_end = i + 2 + name.size();
      if (name_end <= html_.size() &&
          equals_ignoring_ascii_case(html_.substr(i + 2, name.size()), name) &&
          (name_end == html_.size() || is_ascii_space(html_[name_end]) || html_[name_end] == '/' ||
           html_[name_end] == '>')) {
        pos_ = i;
        return;
      }
    }
  }

  std::string_view html_;
  std::size_t pos_ = 0;
  std::uint8_t raw_text_tag_ = kUnknownTag;  // after <script>: skip to </script>
};

//-----------------------------------------------------------------------------
// [SECTION] Text: references, white space, control characters
//-----------------------------------------------------------------------------

enum class CharClass : std::uint8_t {
  Plain,       // copied as it is
  Space,       // ASCII white space
  Ampersand,   // may start a character reference
  Control,     // C0 controls other than white space, and DEL: dropped
  Latin1Lead,  // 0xC2, first byte of U+0080..U+00BF, where the C1 controls are
};

constexpr std::array<CharClass, 256> make_char_classes() {
  std::array<CharClass, 256> classes{};
  for (std::size_t byte = 0; byte < 0x20; ++byte) classes[byte] = CharClass::Control;
  for (const char space : {' ', '\t', '\n', '\r', '\f'})
    classes[static_cast<unsigned char>(space)] = CharClass::Space;
  classes['&'] = CharClass::Ampersand;
  classes[0x7F] = CharClass::Control;
  classes[0xC2] = CharClass::Latin1Lead;
  return classes;
}
constexpr std::array<CharClass, 256> kCharClasses = make_char_classes();

CharClass char_class(char c) {
  return kCharClasses[static_cast<unsigned char>(c)];
}

bool is_control(std::uint32_t code_point) {
  return code_point < 0x20 || (code_point >= 0x7F && code_point <= 0x9F);
}

// Appends the HTML text `raw` (valid UTF-8) to `out`: character references
// decoded, control characters dropped. Outside <pre>, each run of white space
// becomes one space, none written while `after_space` (true at the start of a
// block, after a space or a line break): leading and doubled spaces vanish
// here, a trailing one is trimmed when the block ends. Inside <pre>, white
// space is kept, with CR LF read as LF.
void append_html_text(std::string& out, std::string_view raw, bool preformatted,
                      bool& after_space) {
  const auto byte_at = [&](std::size_t i) {
    return i < raw.size() ? static_cast<unsigned char>(raw[i]) : 0;
  };
  // Most text goes out in spans copied with one append: plain bytes, the
  // non-control Latin-1 letters and signs (« » no-break space...), white
  // space but CR inside <pre>, and elsewhere a lone ' ' between two plain
  // bytes, so that prose ("un mot et un autre") is one span.
  const auto is_text_byte = [&](std::size_t i) {  // plain, or a Latin-1 sign
    const CharClass byte_class = char_class(raw[i]);
    return byte_class == CharClass::Plain ||
           (byte_class == CharClass::Latin1Lead && byte_at(i + 1) >= 0xA0);
  };
  const auto copied_as_is = [&](std::size_t i, std::size_t span_begin) {
    if (is_text_byte(i)) return true;
    if (preformatted) return char_class(raw[i]) == CharClass::Space && raw[i] != '\r';
    return raw[i] == ' ' && i > span_begin && i + 1 < raw.size() && is_text_byte(i + 1);
  };
  const auto add_space = [&](char space) {
    if (preformatted) {
      out += space == '\r' ? '\n' : space;
    } else if (!after_space) {
      out += ' ';
      after_space = true;
    }
  };

  std::size_t i = 0;
  while (i < raw.size()) {
    const std::size_t span_begin = i;
    while (i < raw.size() && copied_as_is(i, span_begin)) ++i;
    if (i > span_begin) {
      out.append(raw, span_begin, i - span_begin);
      after_space = false;
      continue;
    }
    const char c = raw[i];
    switch (char_class(c)) {
      case CharClass::Space:
        // Inside <pre> only CR gets here: CR LF and a lone CR are one newline.
        if (!(preformatted && byte_at(i + 1) == '\n')) add_space(c);
        ++i;
        break;
      case CharClass::Latin1Lead:  // followed by U+0080..U+009F, a C1 control
        i += 2;
        break;
      case CharClass::Control:
        ++i;
        break;
      case CharClass::Ampersand: {
        std::uint32_t code_point = 0;
        const std::size_t length = read_character_reference(raw.substr(i), code_point);
        if (length == 0) {
          out += '&';
          after_space = false;
          ++i;
          break;
        }
        i += length;
        // "&#32;" is a space like any other; "&nbsp;" (U+00A0) is not white space.
        if (code_point < 0x80 && char_class(static_cast<char>(code_point)) == CharClass::Space) {
          add_space(static_cast<char>(code_point));
        } else if (!is_control(code_point)) {
          append_utf8(out, code_point);
          after_space = false;
        }
        break;
      }
      case CharClass::Plain:  // copied above
        break;
    }
  }
}

// The text of an attribute (alt) or a caption: references decoded, white
// space collapsed and trimmed.
std::string attribute_text(std::string_view raw) {
  std::string text;
  bool after_space = true;
  append_html_text(text, raw, /*preformatted=*/false, after_space);
  if (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

//-----------------------------------------------------------------------------
// [SECTION] Attributes: class names, numbers, image URLs
//-----------------------------------------------------------------------------

// class="wp-block-image size-large": names are separated by white space, and
// compared case-sensitively.
bool has_class(std::string_view class_names, std::string_view name) {
  std::size_t i = 0;
  while (i < class_names.size()) {
    while (i < class_names.size() && is_ascii_space(class_names[i])) ++i;
    const std::size_t begin = i;
    while (i < class_names.size() && !is_ascii_space(class_names[i])) ++i;
    if (class_names.substr(begin, i - begin) == name) return true;
  }
  return false;
}

// Reads a leading integer ("640", " 3", "-2", "300px"). False when there is
// none, or when it is past kLargestNumber: no picture is a million pixels
// wide, and no list starts at a million.
bool parse_html_integer(std::string_view text, int& value) {
  constexpr int kLargestNumber = 1000000;
  std::size_t i = 0;
  while (i < text.size() && is_ascii_space(text[i])) ++i;
  const bool negative = i < text.size() && text[i] == '-';
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  const std::size_t digits_begin = i;
  long long number = 0;
  for (; i < text.size() && is_ascii_digit(text[i]); ++i) {
    number = number * 10 + (text[i] - '0');
    if (number > kLargestNumber) return false;
  }
  if (i == digits_begin) return false;
  value = static_cast<int>(negative ? -number : number);
  return true;
}

// width="640": a size in pixels, 0 when missing or unreadable.
int parse_dimension(std::string_view text) {
  int value = 0;
  return parse_html_integer(text, value) && value > 0 ? value : 0;
}

// An image source as written (references not decoded yet) to an absolute
// http(s) URL, or "" for anything else (data:, javascript:, unresolvable).
std::string http_image_url(std::string_view base_url, std::string_view raw) {
  std::string url = safe_link(base_url, decode_entities(raw));
  if (!is_http_url(url)) url.clear();  // safe_link lets mailto: through
  return url;
}

// srcset="small.jpg 300w, large.jpg 1024w" to image.variants (HTML's
// candidate list, without its rare parenthesised descriptors). A "w"
// descriptor gives the width, and the height follows the image's ratio.
void read_srcset(std::string_view base_url, std::string_view srcset, Image& image) {
  std::size_t i = 0;
  while (i < srcset.size()) {
    while (i < srcset.size() && (is_ascii_space(srcset[i]) || srcset[i] == ',')) ++i;
    const std::size_t url_begin = i;
    while (i < srcset.size() && !is_ascii_space(srcset[i])) ++i;
    std::string_view url = srcset.substr(url_begin, i - url_begin);
    int width = 0;
    if (!url.empty() && url.back() == ',') {  // "a.jpg,b.jpg 2x": no descriptors
      while (!url.empty() && url.back() == ',') url.remove_suffix(1);
    } else {
      const std::size_t descriptors_end = std::min(srcset.find(',', i), srcset.size());
      const std::string_view descriptors = srcset.substr(i, descriptors_end - i);
      i = descriptors_end;
      for (std::size_t d = 0; d < descriptors.size();) {
        while (d < descriptors.size() && is_ascii_space(descriptors[d])) ++d;
        const std::size_t begin = d;
        while (d < descriptors.size() && !is_ascii_space(descriptors[d])) ++d;
        const std::string_view descriptor = descriptors.substr(begin, d - begin);
        if (!descriptor.empty() && descriptor.back() == 'w') width = parse_dimension(descriptor);
      }
    }
    if (url.empty()) continue;
    ImageVariant variant;
    variant.url = http_image_url(base_url, url);
    if (variant.url.empty() || variant.url == image.url) continue;
    variant.width = width;
    if (width > 0 && image.width > 0 && image.height > 0)
      variant.height = static_cast<int>(static_cast<long long>(width) * image.height / image.width);
    image.variants.push_back(std::move(variant));
  }
}

// <img src alt width height srcset>. image.empty() when it has no http(s) source.
Image read_image(std::string_view base_url, const Attributes& attributes) {
  Image image;
  image.url = http_image_url(base_url, attributes.get(Attribute::Src));
  image.width = parse_dimension(attributes.get(Attribute::Width));
  image.height = parse_dimension(attributes.get(Attribute::Height));
  image.alt = attribute_text(attributes.get(Attribute::Alt));
  read_srcset(base_url, decode_entities(attributes.get(Attribute::Srcset)), image);
  if (image.url.empty() && !image.variants.empty()) {  // srcset only: take the widest
    const auto widest = std::max_element(
        image.variants.begin(), image.variants.end(),
        [](const ImageVariant& a, const ImageVariant& b) { return a.width < b.width; });
    image.url = std::move(widest->url);
    image.width = widest->width;
    image.height = widest->height;
    image.variants.erase(widest);
  }
  return image;
}

//-----------------------------------------------------------------------------
// [SECTION] Block builder
//-----------------------------------------------------------------------------

// What text directly inside an element becomes. Each open element holds its
// own, computed when it opens from its parent's.
struct BlockContext {
  BlockType type = BlockType::Paragraph;
  std::uint8_t heading_level = 0;
  bool ordered = false;     // ListItem: in an <ol>
  bool in_caption = false;  // inside the <figcaption> of the figure's pending image
  bool dropped = false;     // inside form, svg, ...: text and images are ignored
  int list_depth = 0;       // <ul>/<ol> around it
  int ordinal = 0;          // ListItem in an <ol>
  std::size_t list = 0;     // stack index of the innermost <ul>/<ol>; 0: none
  std::size_t figure = 0;   // stack index of the innermost <figure>; 0: none
};

struct OpenElement {
  std::uint8_t tag = kUnknownTag;  // index in kTags
  TagKind kind = TagKind::Container;
  BlockContext context;
  int next_ordinal = 1;  // List: the number of its next <li>
};

class BlockBuilder {
 public:
  BlockBuilder(std::string_view base_url, const HtmlLimits& limits, std::size_t html_size)
      : base_url_(base_url), limits_(limits), link_bytes_left_(4 * html_size + 4096) {
    stack_.reserve(16);     // grows on demand, up to max_depth + 1
    stack_.emplace_back();  // the root: never closed, so stack_ is never empty
    blocks_.reserve(std::min<std::size_t>(html_size / 200 + 4, limits.max_blocks));
  }

  // True once limits.max_blocks blocks are out: the rest of the input is ignored.
  bool full() const { return full_; }

  void on_text(std::string_view raw) {
    const BlockContext& context = stack_.back().context;
    if (context.dropped) return;
    if (strip_pre_newline_) {  // HTML ignores a newline just after <pre>
      strip_pre_newline_ = false;
      if (raw.substr(0, 2) == "\r\n") raw.remove_prefix(2);
      if (raw.substr(0, 1) == "\n") raw.remove_prefix(1);
    }
    if (in_caption()) {
      std::string& caption = pending_image_.image.caption;
      bool after_space = caption.empty() || caption.back() == ' ';
      append_html_text(caption, raw, /*preformatted=*/false, after_space);
      return;
    }
    text_.clear();
    bool after_space = at_line_start();
    append_html_text(text_, raw, context.type == BlockType::Preformatted, after_space);
    if (text_.empty()) return;
    if (block_.runs.empty()) begin_block(context);
    add_run(text_);
  }

  void on_start_tag(const Token& token) {
    strip_pre_newline_ = false;
    if (token.tag == kUnknownTag) return;
    const TagInfo& tag = kTags[token.tag];
    switch (tag.kind) {
      case TagKind::RawText:  // the tokenizer skips its content
      case TagKind::Closed:
        return;
      case TagKind::LineBreak:
        line_break();
        return;
      case TagKind::Image:
        image(token.attributes);
        return;
      case TagKind::Separator:
        close_implied_by(tag.kind);
        end_block();
        if (!stack_.back().context.dropped) {
          Block separator;
          separator.type = BlockType::Separator;
          emit(std::move(separator));
        }
        return;
      case TagKind::TableCell:
        close_implied_by(tag.kind);
        on_text(" ");  // the cells of a row are words of one paragraph
        break;
      case TagKind::Style:
      case TagKind::Link:
      case TagKind::Dropped:
        break;
      case TagKind::Paragraph:
      case TagKind::Container:
      case TagKind::Heading:
      case TagKind::List:
      case TagKind::ListItem:
      case TagKind::Quote:
      case TagKind::Figure:
      case TagKind::Caption:
      case TagKind::Preformatted:
      case TagKind::Table:
      case TagKind::TableRow:
        close_implied_by(tag.kind);
        end_block();
        break;
    }
    open(token, tag);
    if (tag.kind == TagKind::Preformatted) strip_pre_newline_ = true;
  }

  void on_end_tag(const Token& token) {
    strip_pre_newline_ = false;
    if (token.tag == kUnknownTag) return;
    const TagKind kind = kTags[token.tag].kind;
    if (kind == TagKind::LineBreak) {  // browsers read "</br>" as "<br>"
      line_break();
      return;
    }
    if (is_block(kind)) end_block();  // even with no such element open: "a</p>b" is two
    std::size_t index = stack_.size() - 1;
    for (; index > 0; --index) {  // any heading end tag closes any heading
      const OpenElement& element = stack_[index];
      if (element.tag == token.tag || (kind == TagKind::Heading && element.kind == kind)) break;
    }
    if (index == 0) return;  // not open: ignored
    if (kind == TagKind::Style || kind == TagKind::Link)
      close_inline_element(index);
    else
      pop_to(index);
  }

  std::vector<Block> finish() {
    end_block();
    flush_pending_image();
    return std::move(blocks_);
  }

 private:
  // --- The stack of open elements ---

  void open(const Token& token, const TagInfo& tag) {
    if (tag.kind == TagKind::Link && link_owner_ > 0)
      close_inline_element(link_owner_);  // <a> cannot nest: a new one ends the open one
    const bool self_closed = tag.kind == TagKind::Dropped && token.self_closing;  // "<svg/>"
    if (self_closed) return;
    if (static_cast<int>(stack_.size()) > limits_.max_depth) {
      // Too deep: the element is not opened, its content joins its parent's.
      // A dropped one must still hide its content: drop the rest of the parent.
      if (tag.kind == TagKind::Dropped) stack_.back().context.dropped = true;
      return;
    }
    const std::size_t index = stack_.size();
    OpenElement element;
    element.tag = token.tag;
    element.kind = tag.kind;
    element.context = stack_.back().context;
    BlockContext& context = element.context;
    const Attributes& attributes = token.attributes;
    switch (tag.kind) {
      case TagKind::Style:
        add_style(tag.detail, +1);
        break;
      case TagKind::Link:
        set_link(safe_link(base_url_, decode_entities(attributes.get(Attribute::Href))));
        link_owner_ = index;
        break;
      case TagKind::Dropped:
        context.dropped = true;
        break;
      case TagKind::Heading:
        context.type = BlockType::Heading;
        context.heading_level = std::max<std::uint8_t>(2, tag.detail);  // <h1> reads as <h2>
        break;
      case TagKind::List: {
        context.list_depth += 1;
        context.list = index;
        int start = 1;
        if (tag.detail && parse_html_integer(attributes.get(Attribute::Start), start))
          element.next_ordinal = start;
        break;
      }
      case TagKind::ListItem:
        context.type = BlockType::ListItem;
        context.list_depth = std::max(1, context.list_depth);  // an <li> with no list
        context.ordered = context.list > 0 && kTags[stack_[context.list].tag].detail != 0;
        context.ordinal = context.ordered ? stack_[context.list].next_ordinal++ : 0;
        break;
      case TagKind::Quote:
        context.type = BlockType::Quote;
        break;
      case TagKind::Figure:
        if (has_class(attributes.get(Attribute::Class), "wp-block-pullquote"))
          context.type = BlockType::Quote;
        else
          context.figure = index;
        break;
      case TagKind::Caption:
        context.in_caption = has_pending_image() && pending_image_owner_ == context.figure;
        break;
      case TagKind::Preformatted:
        context.type = BlockType::Preformatted;
        break;
      default:
        break;
    }
    stack_.push_back(element);
  }

  // Closes stack_[index] and every element opened after it.
  void pop_to(std::size_t index) {
    while (stack_.size() > index) {
      undo_effects(stack_.size() - 1);
      stack_.pop_back();
    }
    pop_closed_elements();
  }

  // Closes stack_[index] alone: the inline elements opened after it stay open.
  void close_inline_element(std::size_t index) {
    undo_effects(index);
    stack_[index].kind = TagKind::Closed;
    stack_[index].tag = kUnknownTag;
    pop_closed_elements();
  }

  void pop_closed_elements() {
    while (stack_.size() > 1 && stack_.back().kind == TagKind::Closed) stack_.pop_back();
  }

  // What an element did while open, beyond its context, ends with it.
  void undo_effects(std::size_t index) {
    const OpenElement& element = stack_[index];
    if (element.kind == TagKind::Style) add_style(kTags[element.tag].detail, -1);
    if (element.kind == TagKind::Link && link_owner_ == index) {
      set_link({});
      link_owner_ = 0;
    }
    if (element.kind == TagKind::Figure && pending_image_owner_ == index) flush_pending_image();
  }

  // HTML's optional end tags: the open element a start tag of `kind` ends.
  void close_implied_by(TagKind kind) {
    const auto close_open = [&](TagKind open_kind, std::uint32_t stop_at_kinds) {
      for (std::size_t index = stack_.size() - 1; index > 0; --index) {
        if (stack_[index].kind == open_kind) return pop_to(index);
        if (kind_bit(stack_[index].kind) & stop_at_kinds) return;
      }
    };
    if (is_block(kind)) close_open(TagKind::Paragraph, ~kInlineKinds);
    switch (kind) {
      case TagKind::Heading:
        close_open(TagKind::Heading, ~kInlineKinds);
        break;
      case TagKind::ListItem:
        close_open(TagKind::ListItem,
                   ~(kInlineKinds | kind_bit(TagKind::Paragraph) | kind_bit(TagKind::Container)));
        break;
      case TagKind::TableRow:
        close_open(TagKind::TableRow, kind_bit(TagKind::Table));
        break;
      case TagKind::TableCell:
        close_open(TagKind::TableCell, kind_bit(TagKind::Table) | kind_bit(TagKind::TableRow));
        break;
      default:
        break;
    }
  }

  // --- Style and link of the text ---

  void add_style(std::uint8_t style_bits, int delta) {
    for (int bit = 0; bit < kStyleBits; ++bit)
      if (style_bits & (1 << bit)) style_depth_[bit] += delta;
  }

  std::uint8_t current_style() const {
    std::uint8_t style = kRunPlain;
    for (int bit = 0; bit < kStyleBits; ++bit)
      if (style_depth_[bit] > 0) style |= static_cast<std::uint8_t>(1 << bit);
    return style;
  }

  void set_link(std::string url) {
    link_ = std::move(url);
    ++link_generation_;
  }

  // --- Blocks ---

  bool has_pending_image() const { return !pending_image_.image.empty(); }

  bool in_caption() const { return stack_.back().context.in_caption && has_pending_image(); }

  bool at_line_start() const {
    if (block_.runs.empty()) return true;
    const std::string& last = block_.runs.back().text;
    return last == "\n" || last.back() == ' ';
  }

  void begin_block(const BlockContext& context) {
    flush_pending_image();  // blocks stay in document order
    block_.type = context.type;
    block_.level = context.type == BlockType::Heading ? context.heading_level : 0;
    const bool list_item = context.type == BlockType::ListItem;
    block_.depth = list_item ? context.list_depth : 0;
    block_.ordered = list_item && context.ordered;
    block_.ordinal = list_item ? context.ordinal : 0;
  }

  void add_run(std::string_view text) {
    const std::uint8_t style = current_style();
    // Same style and link: one run. The generation check spares comparing a
    // long href again for every piece of text inside its <a>.
    const auto append_to_last_run = [&] {
      if (block_.runs.empty()) return false;
      TextRun& last = block_.runs.back();
      if (last.style != style || last.text == "\n") return false;
      if (last_run_link_generation_ != link_generation_ && last.link != link_) return false;
      last.text += text;
      last_run_link_generation_ = link_generation_;
      return true;
    };
    if (append_to_last_run()) return;
    // Each run holds its own copy of the link: "<a href=(long)><b>x</b>y<b>..."
    // would make the output quadratic in the input. Past a budget linear in the
    // input, the text loses its link (never its text).
    if (link_.size() > link_bytes_left_) {
      set_link({});
      if (append_to_last_run()) return;
    }
    link_bytes_left_ -= link_.size();
    block_.runs.push_back(TextRun{std::string(text), style, link_});
    last_run_link_generation_ = link_generation_;
  }

  void line_break() {
    const BlockContext& context = stack_.back().context;
    if (context.dropped) return;
    if (in_caption()) {  // a caption is one line: a break is a space
      std::string& caption = pending_image_.image.caption;
      if (!caption.empty() && caption.back() != ' ') caption += ' ';
      return;
    }
    const bool preformatted = context.type == BlockType::Preformatted;
    if (block_.runs.empty()) {
      if (!preformatted) return;  // blocks do not start with a line break
      begin_block(context);
    } else if (!preformatted) {
      trim_trailing_space(/*keep_line_breaks=*/true);  // "a <br>" is "a", "\n"
    }
    block_.runs.push_back(TextRun{"\n", kRunPlain, {}});
  }

  // Removes white space from the end of the block: spaces, newlines in <pre>,
  // and line break runs unless `keep_line_breaks`.
  void trim_trailing_space(bool keep_line_breaks) {
    while (!block_.runs.empty()) {
      std::string& text = block_.runs.back().text;
      if (keep_line_breaks && text == "\n") return;
      while (!text.empty() && is_ascii_space(text.back())) text.pop_back();
      if (!text.empty()) return;
      block_.runs.pop_back();
      last_run_link_generation_ = kNoLinkGeneration;  // the last run changed
    }
  }

  void end_block() {
    trim_trailing_space(/*keep_line_breaks=*/false);
    if (!is_blank(block_)) emit(std::move(block_));
    block_ = Block();
  }

  // No visible text: WordPress's "<p>&nbsp;</p>" spacers are empty blocks too.
  static bool is_blank(const Block& block) {
    constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
    for (const TextRun& run : block.runs) {
      for (std::size_t i = 0; i < run.text.size(); ++i) {
        if (run.text.compare(i, kNoBreakSpace.size(), kNoBreakSpace) == 0)
          ++i;
        else if (!is_ascii_space(run.text[i]))
          return false;
      }
    }
    return true;
  }

  void image(const Attributes& attributes) {
    const BlockContext context = stack_.back().context;
    if (context.dropped) return;
    const std::string_view class_names = attributes.get(Attribute::Class);
    if (has_class(class_names, "emoji") || has_class(class_names, "wp-smiley")) {
      on_text(attributes.get(Attribute::Alt));  // WordPress's emoji pictures: the emoji is the alt
      return;
    }
    Image picture = read_image(base_url_, attributes);
    if (picture.empty()) return;
    end_block();  // an image is a block: it splits a paragraph it sits in
    Block block;
    block.type = BlockType::Image;
    block.image = std::move(picture);
    if (context.figure > 0) {  // wait for the figure's caption
      flush_pending_image();
      pending_image_ = std::move(block);
      pending_image_owner_ = context.figure;
    } else {
      emit(std::move(block));
    }
  }

  void flush_pending_image() {
    if (!has_pending_image()) return;
    std::string& caption = pending_image_.image.caption;
    if (!caption.empty() && caption.back() == ' ') caption.pop_back();
    Block block = std::move(pending_image_);
    pending_image_ = Block();
    pending_image_owner_ = 0;
    append_block(std::move(block));
  }

  void emit(Block&& block) {
    flush_pending_image();
    append_block(std::move(block));
  }

  void append_block(Block&& block) {
    if (blocks_.size() < limits_.max_blocks) blocks_.push_back(std::move(block));
    if (blocks_.size() >= limits_.max_blocks) full_ = true;
  }

  static constexpr int kStyleBits = 3;  // kRunBold, kRunItalic, kRunCode
  static constexpr std::uint64_t kNoLinkGeneration = ~std::uint64_t{0};

  std::string_view base_url_;
  HtmlLimits limits_;
  std::vector<OpenElement> stack_;
  int style_depth_[kStyleBits] = {};   // open elements adding each style bit
  std::string link_;                   // of the open <a>, "" when none or unsafe
  std::size_t link_owner_ = 0;         // stack index of the open <a>; 0: none
  std::uint64_t link_generation_ = 0;  // changes with link_
  std::uint64_t last_run_link_generation_ = kNoLinkGeneration;
  std::size_t link_bytes_left_;
  Block block_;                          // the text block being built; no runs yet: none
  Block pending_image_;                  // the image of an open <figure>, waiting for its caption
  std::size_t pending_image_owner_ = 0;  // stack index of that figure
  std::string text_;                     // scratch for on_text
  bool strip_pre_newline_ = false;
  bool full_ = false;
  std::vector<Block> blocks_;
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Public API
//-----------------------------------------------------------------------------

std::vector<Block> html_to_blocks(std::string_view html, std::string_view base_url,
                                  const HtmlLimits& limits) {
  // Every string in the model is valid UTF-8. Repairing the input once is
  // enough: the tokenizer only cuts it at ASCII bytes, and decoded references
  // are encoded afresh.
  std::string repaired_html, repaired_base_url;
  if (!is_valid_utf8(html)) html = repaired_html = sanitize_utf8(html);
  if (!is_valid_utf8(base_url)) base_url = repaired_base_url = sanitize_utf8(base_url);

  Tokenizer tokenizer(html);
  BlockBuilder builder(base_url, limits, html.size());
  Token token;
  while (!builder.full() && tokenizer.next(token)) {
    switch (token.type) {
      case Token::Type::Text:
        builder.on_text(token.text);
        break;
      case Token::Type::StartTag:
        builder.on_start_tag(token);
        break;
      case Token::Type::EndTag:
        builder.on_end_tag(token);
        break;
    }
  }
  return builder.finish();
}

std::string html_to_text(std::string_view html) {
  std::string text;
  for (const Block& block : html_to_blocks(html)) {
    for (const TextRun& run : block.runs) text += run.text;
    text += ' ';
  }
  return collapse_whitespace(text);  // line breaks and block ends become single spaces
}

}  // namespace kiosque
