#include "core/route.h"

#include <doctest/doctest.h>

using namespace kiosque;

TEST_CASE("routes are written as readable fragments") {
  CHECK(format_route({}) == "#/");
  CHECK(format_route({"monde", ""}) == "#/monde");
  CHECK(format_route({"monde", "4211"}) == "#/monde/article/4211");
  CHECK(format_route({"", "4211"}) == "#/a-la-une/article/4211");
}

TEST_CASE("fragments read back into the same route") {
  for (const Route& route :
       {Route{"", ""}, Route{"monde", ""}, Route{"guerre-en-ukraine", "https://x.example/a?b=1"},
        Route{"économie", "id with spaces/and#hash"}}) {
    const Route back = parse_route(format_route(route));
    CHECK(back.section == route.section);
    CHECK(back.article_id == route.article_id);
  }
}

TEST_CASE("hand-typed and broken fragments read as home or the nearest sense") {
  CHECK(parse_route("").section.empty());
  CHECK(parse_route("#").section.empty());
  CHECK(parse_route("#//monde//").section == "monde");
  CHECK(parse_route("monde/article/12").article_id == "12");
  CHECK(parse_route("#/monde/artikel/12").article_id.empty());
  CHECK(parse_route("#/monde/article").article_id.empty());
  CHECK(parse_route("#/%zz%4").section == "%zz%4");  // bad escapes kept as typed
  CHECK(parse_route("#/%C3%A9co").section ==
        "\xC3\xA9"
        "co");
}
