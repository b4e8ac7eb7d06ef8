// Kiosque core: UTF-8 text helpers shared by the parsers (see text.h).

#include "text.h"

#include "html_entities.h"

namespace kiosque {
namespace {

constexpr std::uint32_t kReplacementCharacter = 0xFFFD;
constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";

// The length of the UTF-8 sequence at the start of `text`, when it is well
// formed (Unicode table 3-7: no overlongs, no surrogates, nothing past
// U+10FFFF). When it is not, returns 0 and sets `bad_length` to the length of
// its longest valid-looking prefix, at least 1: that "maximal subpart" is what
// one U+FFFD replaces, as in browsers' decoders.
std::size_t utf8_sequence_length(std::string_view text, std::size_t& bad_length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  std::size_t length;
  unsigned char second_min = 0x80, second_max = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;  // overlong below U+0800
    if (lead == 0xED) second_max = 0x9F;  // surrogates U+D800..U+DFFF
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;  // overlong below U+10000
    if (lead == 0xF4) second_max = 0x8F;  // past U+10FFFF
  } else {
    bad_length = 1;  // stray continuation byte, C0/C1 overlong lead, F5..FF
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char min = i == 1 ? second_min : 0x80;
    const unsigned char max = i == 1 ? second_max : 0xBF;
    if (i >= text.size() || byte(i) < min || byte(i) > max) {
      bad_length = i;
      return 0;
    }
  }
  return length;
}

}  // namespace

void append_utf8(std::string& out, std::uint32_t code_point) {
  if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
    code_point = kReplacementCharacter;
  char bytes[4];
  std::size_t length;
  if (code_point < 0x80) {
    bytes[0] = static_cast<char>(code_point);
    length = 1;
  } else if (code_point < 0x800) {
    bytes[0] = static_cast<char>(0xC0 | (code_point >> 6));
    bytes[1] = static_cast<char>(0x80 | (code_point & 0x3F));
    length = 2;
  } else if (code_point < 0x10000) {
    bytes[0] = static_cast<char>(0xE0 | (code_point >> 12));
    bytes[1] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | (code_point & 0x3F));
    length = 3;
  } else {
    bytes[0] = static_cast<char>(0xF0 | (code_point >> 18));
    bytes[1] = static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    bytes[2] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    bytes[3] = static_cast<char>(0x80 | (code_point & 0x3F));
    length = 4;
  }
  out.append(bytes, length);  // one append: in the wasm build each is a call
}

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t amp = text.find('&', pos);
    if (amp == std::string_view::npos) break;
    out.append(text, pos, amp - pos);
    std::uint32_t code_point = 0;
    const std::size_t length = read_character_reference(text.substr(amp), code_point);
    if (length == 0) {
      out += '&';
      pos = amp + 1;
    } else {
      append_utf8(out, code_point);
      pos = amp + length;
    }
  }
  out.append(text, pos);
  return out;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space_pending = false;
  for (const char c : text) {
    if (is_ascii_space(c)) {
      space_pending = !out.empty();
      continue;
    }
    if (space_pending) out += ' ';
    space_pending = false;
    out += c;
  }
  return out;
}

std::string sanitize_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t bad_length = 0;
    const std::size_t length = utf8_sequence_length(text.substr(pos), bad_length);
    if (length == 0) {
      out += kReplacementUtf8;
      pos += bad_length;
    } else {
      out.append(text, pos, length);
      pos += length;
    }
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {  // ASCII: the common case
      ++pos;
      continue;
    }
    std::size_t bad_length = 0;
    const std::size_t length = utf8_sequence_length(text.substr(pos), bad_length);
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

bool equals_ignoring_ascii_case(std::string_view text, std::string_view lower_case) {
  if (text.size() != lower_case.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (to_lower_ascii(text[i]) != lower_case[i]) return false;
  return true;
}

int count_words(std::string_view text) {
  // Spaces that separate words, as UTF-8: U+00A0, U+2000..U+200A, U+202F,
  // U+205F, U+3000. French copy puts no-break spaces before ; : ! ? and
  // inside « », so they must split words as well as ASCII spaces do.
  const auto space_length = [&](std::size_t i) -> std::size_t {
    const auto byte = [&](std::size_t k) {
      return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
    };
    if (is_ascii_space(text[i])) return 1;
    if (byte(0) == 0xC2 && byte(1) == 0xA0) return 2;
    if (byte(0) == 0xE2 && byte(1) == 0x80 &&
        ((byte(2) >= 0x80 && byte(2) <= 0x8A) || byte(2) == 0xAF))
      return 3;
    if (byte(0) == 0xE2 && byte(1) == 0x81 && byte(2) == 0x9F) return 3;
    if (byte(0) == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) return 3;
    return 0;
  };
  int words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t space = space_length(i);
    if (space > 0) {
      in_word = false;
      i += space;
    } else {
      if (!in_word) ++words;
      in_word = true;
      ++i;
    }
  }
  return words;
}

}  // namespace kiosque
