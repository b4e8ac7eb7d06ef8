// Kiosque core: the table of HTML named character references, and the
// reader for named and numeric references.
//
// The table holds what French and English news copy uses: every Latin-1
// letter and symbol, typographic punctuation and spaces, the ASCII
// punctuation names (so that "javascript&colon;" decodes and is caught by
// the link policy), arrows, common math signs and Greek letters. Names the
// table lacks are kept as written. Keep it sorted (byte order, so capitals
// first): lookups are a binary search, and a static_assert checks the order.

#include "html_entities.h"

#include <algorithm>
#include <iterator>

#include "text.h"

namespace kiosque {
namespace {

struct NamedEntity {
  std::string_view name;  // without '&' and ';'
  std::uint32_t code_point;
};

constexpr NamedEntity kNamedEntities[] = {
    {"AElig", 0x00C6},           // Æ
    {"Aacute", 0x00C1},          // Á
    {"Acirc", 0x00C2},           // Â
    {"Agrave", 0x00C0},          // À
    {"Aring", 0x00C5},           // Å
    {"Atilde", 0x00C3},          // Ã
    {"Auml", 0x00C4},            // Ä
    {"Ccedil", 0x00C7},          // Ç
    {"Dagger", 0x2021},          // ‡
    {"Delta", 0x0394},           // Δ
    {"ETH", 0x00D0},             // Ð
    {"Eacute", 0x00C9},          // É
    {"Ecirc", 0x00CA},           // Ê
    {"Egrave", 0x00C8},          // È
    {"Euml", 0x00CB},            // Ë
    {"Gamma", 0x0393},           // Γ
    {"Hat", 0x005E},             // ^
    {"Iacute", 0x00CD},          // Í
    {"Icirc", 0x00CE},           // Î
    {"Igrave", 0x00CC},          // Ì
    {"Iuml", 0x00CF},            // Ï
    {"Lambda", 0x039B},          // Λ
    {"MediumSpace", 0x205F},     // medium mathematical space
    {"NewLine", 0x000A},         // line feed
    {"Ntilde", 0x00D1},          // Ñ
    {"OElig", 0x0152},           // Œ
    {"Oacute", 0x00D3},          // Ó
    {"Ocirc", 0x00D4},           // Ô
    {"Ograve", 0x00D2},          // Ò
    {"Omega", 0x03A9},           // Ω
    {"Oslash", 0x00D8},          // Ø
    {"Otilde", 0x00D5},          // Õ
    {"Ouml", 0x00D6},            // Ö
    {"Phi", 0x03A6},             // Φ
    {"Pi", 0x03A0},              // Π
    {"Prime", 0x2033},           // ″
    {"Psi", 0x03A8},             // Ψ
    {"Scaron", 0x0160},          // Š
    {"Sigma", 0x03A3},           // Σ
    {"THORN", 0x00DE},           // Þ
    {"Tab", 0x0009},             // tab
    {"Theta", 0x0398},           // Θ
    {"ThinSpace", 0x2009},       // thin space
    {"Uacute", 0x00DA},          // Ú
    {"Ucirc", 0x00DB},           // Û
    {"Ugrave", 0x00D9},          // Ù
    {"Uuml", 0x00DC},            // Ü
    {"Yacute", 0x00DD},          // Ý
    {"Yuml", 0x0178},            // Ÿ
    {"ZeroWidthSpace", 0x200B},  // zero width space
    {"aacute", 0x00E1},          // á
    {"acirc", 0x00E2},           // â
    {"acute", 0x00B4},           // ´
    {"aelig", 0x00E6},           // æ
    {"agrave", 0x00E0},          // à
    {"alpha", 0x03B1},           // α
    {"amp", 0x0026},             // &
    {"ang", 0x2220},             // ∠
    {"apos", 0x0027},            // '
    {"aring", 0x00E5},           // å
    {"ast", 0x002A},             // *
    {"asymp", 0x2248},           // ≈
    {"atilde", 0x00E3},          // ã
    {"auml", 0x00E4},            // ä
    {"bdquo", 0x201E},           // „
    {"beta", 0x03B2},            // β
    {"brvbar", 0x00A6},          // ¦
    {"bsol", 0x005C},            // backslash
    {"bull", 0x2022},            // •
    {"cap", 0x2229},             // ∩
    {"ccedil", 0x00E7},          // ç
    {"cedil", 0x00B8},           // ¸
    {"cent", 0x00A2},            // ¢
    {"check", 0x2713},           // ✓
    {"chi", 0x03C7},             // χ
    {"circ", 0x02C6},            // ˆ
    {"colon", 0x003A},           // :
    {"comma", 0x002C},           // ,
    {"commat", 0x0040},          // @
    {"copy", 0x00A9},            // ©
    {"cross", 0x2717},           // ✗
    {"cup", 0x222A},             // ∪
    {"curren", 0x00A4},          // ¤
    {"dagger", 0x2020},          // †
    {"darr", 0x2193},            // ↓
    {"dash", 0x2010},            // ‐
    {"deg", 0x00B0},             // °
    {"delta", 0x03B4},           // δ
    {"divide", 0x00F7},          // ÷
    {"dollar", 0x0024},          // $
    {"eacute", 0x00E9},          // é
    {"ecirc", 0x00EA},           // ê
    {"egrave", 0x00E8},          // è
    {"empty", 0x2205},           // ∅
    {"emsp", 0x2003},            // em space
    {"emsp13", 0x2004},          // three-per-em space
    {"emsp14", 0x2005},          // four-per-em space
    {"ensp", 0x2002},            // en space
    {"epsilon", 0x03B5},         // ε
    {"equals", 0x003D},          // =
    {"equiv", 0x2261},           // ≡
    {"eta", 0x03B7},             // η
    {"eth", 0x00F0},             // ð
    {"euml", 0x00EB},            // ë
    {"euro", 0x20AC},            // €
    {"excl", 0x0021},            // !
    {"fnof", 0x0192},            // ƒ
    {"frac12", 0x00BD},          // ½
    {"frac14", 0x00BC},          // ¼
    {"frac34", 0x00BE},          // ¾
    {"frasl", 0x2044},           // ⁄
    {"gamma", 0x03B3},           // γ
    {"ge", 0x2265},              // ≥
    {"grave", 0x0060},           // `
    {"gt", 0x003E},              // >
    {"hArr", 0x21D4},            // ⇔
    {"hairsp", 0x200A},          // hair space
    {"half", 0x00BD},            // ½
    {"harr", 0x2194},            // ↔
    {"hellip", 0x2026},          // …
    {"horbar", 0x2015},          // ―
    {"hyphen", 0x2010},          // ‐
    {"iacute", 0x00ED},          // í
    {"icirc", 0x00EE},           // î
    {"iexcl", 0x00A1},           // ¡
    {"igrave", 0x00EC},          // ì
    {"infin", 0x221E},           // ∞
    {"int", 0x222B},             // ∫
    {"iota", 0x03B9},            // ι
    {"iquest", 0x00BF},          // ¿
    {"isin", 0x2208},            // ∈
    {"iuml", 0x00EF},            // ï
    {"kappa", 0x03BA},           // κ
    {"lArr", 0x21D0},            // ⇐
    {"lambda", 0x03BB},          // λ
    {"laquo", 0x00AB},           // «
    {"larr", 0x2190},            // ←
    {"lcub", 0x007B},            // {
    {"ldquo", 0x201C},           // “
    {"ldquor", 0x201E},          // „
    {"le", 0x2264},              // ≤
    {"lowbar", 0x005F},          // _
    {"lpar", 0x0028},            // (
    {"lrm", 0x200E},             // left-to-right mark
    {"lsaquo", 0x2039},          // ‹
    {"lsqb", 0x005B},            // [
    {"lsquo", 0x2018},           // ‘
    {"lsquor", 0x201A},          // ‚
    {"lt", 0x003C},              // <
    {"macr", 0x00AF},            // ¯
    {"mdash", 0x2014},           // —
    {"micro", 0x00B5},           // µ
    {"middot", 0x00B7},          // ·
    {"minus", 0x2212},           // −
    {"mu", 0x03BC},              // μ
    {"nabla", 0x2207},           // ∇
    {"nbsp", 0x00A0},            // no-break space
    {"ndash", 0x2013},           // –
    {"ne", 0x2260},              // ≠
    {"not", 0x00AC},             // ¬
    {"notin", 0x2209},           // ∉
    {"ntilde", 0x00F1},          // ñ
    {"nu", 0x03BD},              // ν
    {"num", 0x0023},             // #
    {"oacute", 0x00F3},          // ó
    {"ocirc", 0x00F4},           // ô
    {"oelig", 0x0153},           // œ
    {"ograve", 0x00F2},          // ò
    {"oline", 0x203E},           // ‾
    {"omega", 0x03C9},           // ω
    {"ordf", 0x00AA},            // ª
    {"ordm", 0x00BA},            // º
    {"oslash", 0x00F8},          // ø
    {"otilde", 0x00F5},          // õ
    {"ouml", 0x00F6},            // ö
    {"para", 0x00B6},            // ¶
    {"part", 0x2202},            // ∂
    {"percnt", 0x0025},          // %
    {"period", 0x002E},          // .
    {"permil", 0x2030},          // ‰
    {"phi", 0x03C6},             // φ
    {"pi", 0x03C0},              // π
    {"plus", 0x002B},            // +
    {"plusmn", 0x00B1},          // ±
    {"pound", 0x00A3},           // £
    {"prime", 0x2032},           // ′
    {"prod", 0x220F},            // ∏
    {"prop", 0x221D},            // ∝
    {"psi", 0x03C8},             // ψ
    {"quest", 0x003F},           // ?
    {"quot", 0x0022},            // "
    {"rArr", 0x21D2},            // ⇒
    {"radic", 0x221A},           // √
    {"raquo", 0x00BB},           // »
    {"rarr", 0x2192},            // →
    {"rcub", 0x007D},            // }
    {"rdquo", 0x201D},           // ”
    {"rdquor", 0x201D},          // ”
    {"reg", 0x00AE},             // ®
    {"rho", 0x03C1},             // ρ
    {"rlm", 0x200F},             // right-to-left mark
    {"rpar", 0x0029},            // )
    {"rsaquo", 0x203A},          // ›
    {"rsqb", 0x005D},            // ]
    {"rsquo", 0x2019},           // ’
    {"rsquor", 0x2019},          // ’
    {"sbquo", 0x201A},           // ‚
    {"scaron", 0x0161},          // š
    {"sect", 0x00A7},            // §
    {"semi", 0x003B},            // ;
    {"shy", 0x00AD},             // soft hyphen
    {"sigma", 0x03C3},           // σ
    {"sigmaf", 0x03C2},          // ς
    {"sim", 0x223C},             // ∼
    {"sol", 0x002F},             // /
    {"star", 0x2606},            // ☆
    {"starf", 0x2605},           // ★
    {"sum", 0x2211},             // ∑
    {"sup1", 0x00B9},            // ¹
    {"sup2", 0x00B2},            // ²
    {"sup3", 0x00B3},            // ³
    {"szlig", 0x00DF},           // ß
    {"tau", 0x03C4},             // τ
    {"there4", 0x2234},          // ∴
    {"theta", 0x03B8},           // θ
    {"thinsp", 0x2009},          // thin space
    {"thorn", 0x00FE},           // þ
    {"tilde", 0x02DC},           // ˜
    {"times", 0x00D7},           // ×
    {"trade", 0x2122},           // ™
    {"uacute", 0x00FA},          // ú
    {"uarr", 0x2191},            // ↑
    {"ucirc", 0x00FB},           // û
    {"ugrave", 0x00F9},          // ù
    {"uml", 0x00A8},             // ¨
    {"upsilon", 0x03C5},         // υ
    {"uuml", 0x00FC},            // ü
    {"verbar", 0x007C},          // |
    {"vert", 0x007C},            // |
    {"yacute", 0x00FD},          // ý
    {"yen", 0x00A5},             // ¥
    {"yuml", 0x00FF},            // ÿ
    {"zeta", 0x03B6},            // ζ
    {"zwj", 0x200D},             // zero width joiner
    {"zwnj", 0x200C},            // zero width non-joiner
};

constexpr bool is_sorted_by_name(const NamedEntity* begin, const NamedEntity* end) {
  for (const NamedEntity* entry = begin; entry + 1 < end; ++entry)
    if (!(entry[0].name < entry[1].name)) return false;
  return true;
}
static_assert(is_sorted_by_name(std::begin(kNamedEntities), std::end(kNamedEntities)),
              "kNamedEntities must stay sorted by name (byte order) and without duplicates");

constexpr std::size_t longest_entity_name() {
  std::size_t longest = 0;
  for (const NamedEntity& entry : kNamedEntities) longest = std::max(longest, entry.name.size());
  return longest;
}
constexpr std::size_t kLongestEntityName = longest_entity_name();  // longer names are not looked up

// Browsers read &#128;..&#159; as windows-1252, the encoding those numbers
// came from. The five bytes windows-1252 leaves undefined keep their value.
constexpr std::uint16_t kWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

constexpr std::uint32_t kReplacementCharacter = 0xFFFD;
constexpr std::uint32_t kPastLastCodePoint = 0x110000;

int hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "&#233;" / "&#xE9;": `text` starts with "&#".
std::size_t read_numeric_reference(std::string_view text, std::uint32_t& code_point) {
  std::size_t pos = 2;
  const bool hex = pos < text.size() && (text[pos] == 'x' || text[pos] == 'X');
  if (hex) ++pos;
  const unsigned radix = hex ? 16 : 10;
  const std::size_t digits_begin = pos;
  std::uint32_t value = 0;
  for (; pos < text.size(); ++pos) {
    const int digit = hex                         ? hex_digit_value(text[pos])
                      : is_ascii_digit(text[pos]) ? text[pos] - '0'
                                                  : -1;
    if (digit < 0) break;
    // Saturate: "&#99999999999;" is out of range, not a wrapped-around letter.
    value = std::min<std::uint32_t>(value * radix + static_cast<std::uint32_t>(digit),
                                    kPastLastCodePoint);
  }
  if (pos == digits_begin) return 0;  // "&#;", "&#x;", "&#abc": not a reference
  if (pos < text.size() && text[pos] == ';') ++pos;

  if (value == 0 || value >= kPastLastCodePoint || (value >= 0xD800 && value <= 0xDFFF))
    code_point = kReplacementCharacter;
  else if (value >= 0x80 && value <= 0x9F)
    code_point = kWindows1252[value - 0x80];
  else
    code_point = value;
  return pos;
}

// The code point of a named reference, given without '&' and ';'; 0 when unknown.
std::uint32_t find_named_entity(std::string_view name) {
  const NamedEntity* end = std::end(kNamedEntities);
  const NamedEntity* found = std::lower_bound(
      std::begin(kNamedEntities), end, name,
      [](const NamedEntity& entry, std::string_view key) { return entry.name < key; });
  return (found != end && found->name == name) ? found->code_point : 0;
}

}  // namespace

std::size_t read_character_reference(std::string_view text, std::uint32_t& code_point) {
  if (text.size() < 3 || text[0] != '&') return 0;
  if (text[1] == '#') return read_numeric_reference(text, code_point);

  std::size_t name_end = 1;
  while (name_end < text.size() && name_end <= kLongestEntityName &&
         (is_ascii_alpha(text[name_end]) || is_ascii_digit(text[name_end])))
    ++name_end;
  if (name_end == 1 || name_end >= text.size() || text[name_end] != ';') return 0;
  const std::uint32_t found = find_named_entity(text.substr(1, name_end - 1));
  if (found == 0) return 0;
  code_point = found;
  return name_end + 1;
}

}  // namespace kiosque
