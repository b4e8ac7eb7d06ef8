// Tests for core/text.h: UTF-8 encoding and repair, character references,
// white space, word counts.
#include "core/text.h"

#include <doctest/doctest.h>

#include <string>

using kiosque::append_utf8;
using kiosque::collapse_whitespace;
using kiosque::count_words;
using kiosque::decode_entities;
using kiosque::is_valid_utf8;
using kiosque::sanitize_utf8;

namespace {
const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
const std::string kNbsp = "\xC2\xA0";             // U+00A0
const std::string kNarrowNbsp = "\xE2\x80\xAF";   // U+202F

std::string utf8(std::uint32_t code_point) {
  std::string out;
  append_utf8(out, code_point);
  return out;
}
}  // namespace

TEST_CASE("append_utf8 encodes each length and replaces what is not a scalar value") {
  CHECK(utf8('A') == "A");
  CHECK(utf8(0xE9) == "\xC3\xA9");              // é
  CHECK(utf8(0x7FF) == "\xDF\xBF");             // last 2-byte
  CHECK(utf8(0x20AC) == "\xE2\x82\xAC");        // €
  CHECK(utf8(0x1F4F0) == "\xF0\x9F\x93\xB0");   // 📰
  CHECK(utf8(0x10FFFF) == "\xF4\x8F\xBF\xBF");  // last code point
  CHECK(utf8(0xD800) == kReplacement);          // surrogates
  CHECK(utf8(0xDFFF) == kReplacement);
  CHECK(utf8(0x110000) == kReplacement);  // past Unicode
  CHECK(utf8(0xFFFFFFFF) == kReplacement);
}

TEST_CASE("decode_entities: the named references of French copy") {
  CHECK(decode_entities("&eacute;t&eacute; &Eacute;cole &agrave; &ccedil;a") == "été École à ça");
  CHECK(decode_entities("&oelig;uvre &OElig;") == "œuvre Œ");
  CHECK(decode_entities("&laquo;&nbsp;Oui&nbsp;&raquo;") == "«" + kNbsp + "Oui" + kNbsp + "»");
  CHECK(decode_entities("&ndash;&mdash;&hellip;") == "–—…");
  CHECK(decode_entities("&lsquo;&rsquo;&sbquo;&ldquo;&rdquo;&bdquo;") == "‘’‚“”„");
  CHECK(decode_entities("&euro;&deg;&times;&middot;&bull;") == "€°×·•");
  CHECK(decode_entities("&trade;&copy;&reg;") == "™©®");
  CHECK(decode_entities("&thinsp;&ensp;&emsp;") == "\xE2\x80\x89\xE2\x80\x82\xE2\x80\x83");
  CHECK(decode_entities("&amp;&lt;&gt;&quot;&apos;") == "&<>\"'");
  CHECK(decode_entities("co&shy;op") == "co\xC2\xADop");
  CHECK(decode_entities("&Yuml;&yuml;&THORN;&thorn;") == "ŸÿÞþ");  // case matters
  CHECK(decode_entities("javascript&colon;") == "javascript:");
}

TEST_CASE("decode_entities: numeric references") {
  CHECK(decode_entities("L&#8217;été") == "L’été");
  CHECK(decode_entities("L&#x2019;&#X2019;&#x2019") == "L’’’");  // ';' optional after a number
  CHECK(decode_entities("&#233;&#0233;") == "éé");
  CHECK(decode_entities("&#128512;") == "\xF0\x9F\x98\x80");

  SUBCASE("invalid code points become U+FFFD") {
    CHECK(decode_entities("&#0;") == kReplacement);
    CHECK(decode_entities("&#xD800;") == kReplacement);
    CHECK(decode_entities("&#xDFFF;") == kReplacement);
    CHECK(decode_entities("&#x110000;") == kReplacement);
    CHECK(decode_entities("&#99999999999999999999;") == kReplacement);  // no wrap-around
  }
  SUBCASE("128-159 are windows-1252, as browsers read them") {
    CHECK(decode_entities("&#128;") == "€");
    CHECK(decode_entities("&#146;&#150;&#151;&#133;") == "’–—…");
    CHECK(decode_entities("&#x9C;") == "œ");
    CHECK(decode_entities("&#129;") == "\xC2\x81");  // undefined in windows-1252: kept
  }
}

TEST_CASE("decode_entities keeps unknown and malformed references as written") {
  CHECK(decode_entities("AT&T") == "AT&T");
  CHECK(decode_entities("a & b") == "a & b");
  CHECK(decode_entities("&") == "&");
  CHECK(decode_entities("&&amp;") == "&&");
  CHECK(decode_entities("&unknown;") == "&unknown;");
  CHECK(decode_entities("&EACUTE;") == "&EACUTE;");
  CHECK(decode_entities("&eacute") == "&eacute");  // a name needs its ';'
  CHECK(decode_entities("?a=1&copy=2") == "?a=1&copy=2");
  CHECK(decode_entities("&#;&#x;&#xZ;&#a;") == "&#;&#x;&#xZ;&#a;");
  CHECK(decode_entities("&averyveryverylongname;") == "&averyveryverylongname;");
  CHECK(decode_entities("") == "");
}

TEST_CASE("collapse_whitespace collapses ASCII white space and trims") {
  CHECK(collapse_whitespace("  Le \t monde\r\n\f  entier  ") == "Le monde entier");
  CHECK(collapse_whitespace("") == "");
  CHECK(collapse_whitespace(" \n\t ") == "");
  CHECK(collapse_whitespace("un") == "un");
}

TEST_CASE("collapse_whitespace keeps no-break spaces") {
  const std::string text = "«" + kNbsp + "Oui" + kNarrowNbsp + "»" + kNbsp;
  CHECK(collapse_whitespace(" " + text + " ") == text);
  CHECK(collapse_whitespace(kNbsp + " " + kNbsp) == kNbsp + " " + kNbsp);
}

TEST_CASE("sanitize_utf8 keeps valid text as it is") {
  const std::string valid = "Actualité € 📰 \xF4\x8F\xBF\xBF \xEF\xBB\xBF x";
  CHECK(sanitize_utf8(valid) == valid);
  CHECK(is_valid_utf8(valid));
  CHECK(sanitize_utf8("") == "");
  CHECK(is_valid_utf8(""));
}

TEST_CASE("sanitize_utf8 replaces each bad sequence with U+FFFD") {
  const std::string& R = kReplacement;
  struct Case {
    const char* name;
    std::string input;
    std::string expected;
  };
  const Case cases[] = {
      {"stray continuation byte", "a\x80z", "a" + R + "z"},
      {"latin-1 byte", "caf\xE9!", "caf" + R + "!"},
      {"overlong 2-byte", "\xC0\xAF", R + R},
      {"overlong 3-byte", "\xE0\x80\xAF", R + R + R},
      {"overlong 4-byte", "\xF0\x80\x80\xAF", R + R + R + R},
      {"surrogate", "\xED\xA0\x80", R + R + R},
      {"past U+10FFFF", "\xF4\x90\x80\x80", R + R + R + R},
      {"lead F5..FF", "\xF5\xFF", R + R},
      {"truncated at the end", "ok\xE2\x82", "ok" + R},
      {"truncated by ASCII",
       "\xE2\x82"
       "A",
       R + "A"},
      {"truncated 4-byte",
       "\xF0\x9F\x93"
       "x",
       R + "x"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(sanitize_utf8(c.input) == c.expected);
    CHECK_FALSE(is_valid_utf8(c.input));
    CHECK(is_valid_utf8(sanitize_utf8(c.input)));
  }
}

TEST_CASE("count_words counts runs between spaces, no-break ones included") {
  CHECK(count_words("") == 0);
  CHECK(count_words(" \t\n ") == 0);
  CHECK(count_words("Le monde") == 2);
  CHECK(count_words("  un\tdeux\n\ntrois  ") == 3);
  CHECK(count_words("Quoi" + kNbsp + "?") == 2);
  CHECK(count_words("«" + kNarrowNbsp + "Oui" + kNarrowNbsp + "»") == 3);
  CHECK(count_words("l’été") == 1);
}

TEST_CASE("ASCII helpers") {
  CHECK(kiosque::equals_ignoring_ascii_case("HREF", "href"));
  CHECK(kiosque::equals_ignoring_ascii_case("Src", "src"));
  CHECK_FALSE(kiosque::equals_ignoring_ascii_case("srcset", "src"));
  CHECK_FALSE(kiosque::equals_ignoring_ascii_case("\xC3\x89", "\xC3\xA9"));  // É is not é in ASCII
  CHECK(kiosque::is_ascii_space('\f'));
  CHECK_FALSE(kiosque::is_ascii_space('\v'));
}
