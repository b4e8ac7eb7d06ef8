// Unit tests of the DOM mirror's model (src/core/mirror_json.h): the open
// article as the element's hidden, accessible copy reads it.
#include "core/mirror_json.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

using namespace kiosque;

namespace {

Block paragraph(std::vector<TextRun> runs) {
  Block block;
  block.type = BlockType::Paragraph;
  block.runs = std::move(runs);
  return block;
}

Article sample_article() {
  Article article;
  article.id = "49275";
  article.url = "https://site.example/2026/11/25/atlantique/";
  article.title =
      "L\xE2\x80\x99"
      "Atlantique « stratégique »";
  article.summary = "Le chapô.";
  article.authors = {"Awa Diallo", "Jean Martin"};
  article.published = 1764054840;
  article.body.push_back(paragraph({{"Les ports ", kRunPlain, ""},
                                    {"de Tanger", kRunPlain, "https://port.example/tanger"},
                                    {" et de Lagos", kRunPlain, "https://port.example/tanger"},
                                    {" rivalisent.", kRunPlain, ""}}));
  Block heading;
  heading.type = BlockType::Heading;
  heading.level = 3;
  heading.runs = {{"Des ports en compétition", kRunPlain, ""}};
  article.body.push_back(heading);
  Block item;
  item.type = BlockType::ListItem;
  item.depth = 2;
  item.ordered = true;
  item.ordinal = 4;
  item.runs = {{"gras", kRunBold, ""}, {"\n", kRunBold, ""}, {"suite", kRunBold | kRunItalic, ""}};
  article.body.push_back(item);
  Block figure;
  figure.type = BlockType::Image;
  figure.image.url = "https://site.example/port.jpg";
  figure.image.alt = "Le port de Tanger Med";
  figure.image.caption = "Tanger Med, en 2025.";
  article.body.push_back(figure);
  Block rule;
  rule.type = BlockType::Separator;
  article.body.push_back(rule);
  return article;
}

nlohmann::json mirror_of(const Article& article,
                         const std::vector<const Section*>& breadcrumb = {}) {
  const nlohmann::json parsed =
      nlohmann::json::parse(article_mirror_json(article, breadcrumb), nullptr, false);
  REQUIRE(parsed.is_object());
  return parsed;
}

}  // namespace

TEST_CASE("the article mirror carries the title, link, standfirst, byline and breadcrumb") {
  const Section monde{"7", "Monde", "monde", "", 0};
  const Section afrique{"12", "Afrique", "afrique", "7", 0};
  const nlohmann::json mirror = mirror_of(sample_article(), {&monde, &afrique});
  CHECK(mirror["id"] == "49275");
  CHECK(mirror["title"] ==
        "L\xE2\x80\x99"
        "Atlantique « stratégique »");
  CHECK(mirror["url"] == "https://site.example/2026/11/25/atlantique/");
  CHECK(mirror["summary"] == "Le chapô.");
  CHECK(mirror["authors"] == nlohmann::json({"Awa Diallo", "Jean Martin"}));
  CHECK(mirror["published"] == 1764054840);
  CHECK(mirror["breadcrumb"] == nlohmann::json({"Monde", "Afrique"}));
}

TEST_CASE("an unknown publication date is null, not 1970") {
  Article article = sample_article();
  article.published = kUnknownTime;
  CHECK(mirror_of(article)["published"].is_null());
}

TEST_CASE("every block keeps its type and order, with the fields its kind needs") {
  const nlohmann::json blocks = mirror_of(sample_article())["blocks"];
  REQUIRE(blocks.size() == 5);
  CHECK(blocks[0]["type"] == "paragraph");
  CHECK(blocks[1]["type"] == "heading");
  CHECK(blocks[1]["level"] == 3);
  CHECK(blocks[2]["type"] == "list_item");
  CHECK(blocks[2]["depth"] == 2);
  CHECK(blocks[2]["ordered"] == true);
  CHECK(blocks[2]["ordinal"] == 4);
  CHECK(blocks[3]["type"] == "image");
  CHECK(blocks[3]["alt"] == "Le port de Tanger Med");
  CHECK(blocks[3]["caption"] == "Tanger Med, en 2025.");
  CHECK_FALSE(blocks[3].contains("runs"));
  CHECK(blocks[4]["type"] == "separator");
}

TEST_CASE("neighbouring runs with the same link and style read as one") {
  const nlohmann::json runs = mirror_of(sample_article())["blocks"][0]["runs"];
  REQUIRE(runs.size() == 3);
  CHECK(runs[0] == nlohmann::json({{"text", "Les ports "}}));
  CHECK(runs[1]["text"] == "de Tanger et de Lagos");
  CHECK(runs[1]["link"] == "https://port.example/tanger");
  CHECK(runs[2]["text"] == " rivalisent.");
  CHECK_FALSE(runs[2].contains("link"));
}

TEST_CASE("styles are flags, and a line break stays a run of its own") {
  const nlohmann::json runs = mirror_of(sample_article())["blocks"][2]["runs"];
  REQUIRE(runs.size() == 3);
  CHECK(runs[0]["bold"] == true);
  CHECK_FALSE(runs[0].contains("italic"));
  CHECK(runs[1]["text"] == "\n");
  CHECK(runs[2]["bold"] == true);
  CHECK(runs[2]["italic"] == true);
}

TEST_CASE("invalid UTF-8 in the text cannot break the JSON") {
  Article article = sample_article();
  article.title = "coupé \xC3";
  const nlohmann::json mirror = mirror_of(article);
  CHECK(mirror["title"].get<std::string>().rfind("coup", 0) == 0);
}

TEST_CASE("the focus ring goes on the drawn control of the same kind and id") {
  const std::vector<ControlRect> controls = {
      {"tab", "a-la-une", 8, 4, 80, 36},
      {"tab", "monde", 90, 4, 70, 36},
      {"headline", "monde", 16, 300, 600, 90},  // same id, another kind
      {"back", "", 16, 52, 90, 30},
  };
  const ControlRect* ring = find_focused_control(controls, {"tab", "monde"});
  REQUIRE(ring != nullptr);
  CHECK(ring->x == 90);
  ring = find_focused_control(controls, {"headline", "monde"});
  REQUIRE(ring != nullptr);
  CHECK(ring->y == 300);
  ring = find_focused_control(controls, {"back", ""});
  REQUIRE(ring != nullptr);
  CHECK(ring->kind == "back");
}

TEST_CASE("no ring without focus, or for a control that is not on screen") {
  const std::vector<ControlRect> controls = {{"tab", "monde", 90, 4, 70, 36}};
  CHECK(find_focused_control(controls, {}) == nullptr);
  CHECK(find_focused_control(controls, {"", "monde"}) == nullptr);
  CHECK(find_focused_control(controls, {"tab", "sports"}) == nullptr);
  CHECK(find_focused_control(controls, {"headline", "42"}) == nullptr);
  CHECK(find_focused_control({}, {"tab", "monde"}) == nullptr);
}

TEST_CASE("a tab is ringed on the section menu button when the canvas shows that instead") {
  const std::vector<ControlRect> narrow = {{"section-menu", "", 8, 4, 120, 36},
                                           {"headline", "42", 16, 300, 300, 90}};
  const ControlRect* ring = find_focused_control(narrow, {"tab", "monde"});
  REQUIRE(ring != nullptr);
  CHECK(ring->kind == "section-menu");
  CHECK(find_focused_control(narrow, {"headline", "7"}) == nullptr);
  // With the menu open, its tab is there and wins.
  std::vector<ControlRect> open = narrow;
  open.push_back({"tab", "monde", 8, 48, 120, 30});
  REQUIRE(find_focused_control(open, {"tab", "monde"}) != nullptr);
  CHECK(find_focused_control(open, {"tab", "monde"})->kind == "tab");
}
