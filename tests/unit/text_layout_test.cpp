#include "core/text_layout.h"

#include <doctest/doctest.h>

#include <string>

using namespace kiosque;

namespace {

// Every byte is 1 unit wide, bold bytes 2: easy to reason about.
float fake_measure(std::uint8_t style, std::string_view text) {
  return static_cast<float>(text.size()) * ((style & kRunBold) ? 2.0f : 1.0f);
}

std::vector<std::string> line_texts(const std::vector<TextRun>& runs,
                                    const std::vector<LayoutLine>& lines) {
  std::vector<std::string> out;
  for (const LayoutLine& line : lines) {
    std::string text;
    float end = 0;
    for (const LayoutFragment& fragment : line.fragments) {
      if (fragment.x > end) text += ' ';
      text += runs[fragment.run].text.substr(fragment.begin, fragment.end - fragment.begin);
      end = fragment.x + fragment.width;
    }
    out.push_back(text);
  }
  return out;
}

}  // namespace

TEST_CASE("words wrap at spaces and never split") {
  std::vector<TextRun> runs = {{"le vent souffle sur Casablanca", kRunPlain, ""}};
  auto lines = layout_runs(runs, 12, fake_measure);
  CHECK(line_texts(runs, lines) ==
        std::vector<std::string>{"le vent", "souffle sur", "Casablanca"});
  for (const LayoutLine& line : lines) CHECK(line.width <= 12);
}

TEST_CASE("a word wider than the line gets its own line") {
  std::vector<TextRun> runs = {{"a anticonstitutionnellement b", kRunPlain, ""}};
  auto lines = layout_runs(runs, 10, fake_measure);
  CHECK(line_texts(runs, lines) == std::vector<std::string>{"a", "anticonstitutionnellement", "b"});
}

TEST_CASE("no-break spaces keep guillemets and numbers with their words") {
  // « and » are bound by U+00A0 (2 bytes: C2 A0), the number by U+202F.
  std::vector<TextRun> runs = {
      {"dit\xC2\xA0: \xC2\xAB\xC2\xA0oui\xC2\xA0\xC2\xBB pour 160\xE2\x80\xAF"
       "000",
       kRunPlain, ""}};
  auto lines = layout_runs(runs, 16, fake_measure);
  auto texts = line_texts(runs, lines);
  REQUIRE(texts.size() == 3);
  CHECK(texts[0] == "dit\xC2\xA0:");
  CHECK(texts[1] == "\xC2\xAB\xC2\xA0oui\xC2\xA0\xC2\xBB pour");
  CHECK(texts[2] ==
        "160\xE2\x80\xAF"
        "000");
}

TEST_CASE("a word spanning runs stays whole and is measured per style") {
  std::vector<TextRun> runs = {
      {"aaaa ", kRunPlain, ""}, {"bb", kRunBold, ""}, {", cc", kRunPlain, ""}};
  auto lines = layout_runs(runs, 9, fake_measure);
  REQUIRE(lines.size() == 2);
  CHECK(line_texts(runs, lines) == std::vector<std::string>{"aaaa", "bb, cc"});
  // "bb" bold is 4 wide, then "," 1, a space 1, "cc" 2.
  CHECK(lines[1].width == doctest::Approx(8));
  CHECK(lines[1].fragments[1].x == doctest::Approx(4));
}

TEST_CASE("line-break runs force a new line and collapsed spaces count once") {
  std::vector<TextRun> runs = {
      {"  un    deux ", kRunPlain, ""}, {"\n", kRunPlain, ""}, {"trois", kRunPlain, ""}};
  auto lines = layout_runs(runs, 100, fake_measure);
  CHECK(line_texts(runs, lines) == std::vector<std::string>{"un deux", "trois"});
  CHECK(lines[0].fragments[0].x == 0);
  CHECK(lines[0].width == doctest::Approx(7));
}

TEST_CASE("empty text makes no lines; a trailing break makes an empty last line") {
  CHECK(layout_text("", 10, fake_measure).empty());
  CHECK(layout_text("   ", 10, fake_measure).empty());
  std::vector<TextRun> runs = {{"fin", kRunPlain, ""}, {"\n", kRunPlain, ""}};
  CHECK(layout_runs(runs, 10, fake_measure).size() == 2);
}

TEST_CASE("ordinary spaces inside « » and before : ; ! ? bind like no-break spaces") {
  // Each guillemet is 2 bytes wide here; the whole quote is one unbreakable word.
  std::vector<TextRun> runs = {{"il dit \xC2\xAB oui \xC2\xBB puis : non !", kRunPlain, ""}};
  auto lines = layout_runs(runs, 9, fake_measure);
  auto texts = line_texts(runs, lines);
  REQUIRE(texts.size() == 4);
  CHECK(texts[0] == "il dit");
  CHECK(texts[1] == "\xC2\xAB oui \xC2\xBB");
  CHECK(texts[2] == "puis :");
  CHECK(texts[3] == "non !");
  // A lone "?" between words is not French punctuation ending a phrase: still a break.
  CHECK(
      line_texts({{"a ?b", kRunPlain, ""}}, layout_runs({{"a ?b", kRunPlain, ""}}, 2, fake_measure))
          .size() == 2);
}
