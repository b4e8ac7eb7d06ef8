// Tests for core/url.h: RFC 3986 reference resolution and the link policy.
#include "core/url.h"

#include <doctest/doctest.h>

#include <string>

using kiosque::is_http_url;
using kiosque::resolve_url;
using kiosque::safe_link;

namespace {
constexpr const char* kRfcBase = "http://a/b/c/d;p?q";
constexpr const char* kArticle = "https://www.example.fr/2024/11/article/?amp=1";
}  // namespace

TEST_CASE("resolve_url: RFC 3986 section 5.4.1, normal examples") {
  const struct {
    const char* reference;
    const char* expected;
  } examples[] = {
      {"g:h", "g:h"},
      {"g", "http://a/b/c/g"},
      {"./g", "http://a/b/c/g"},
      {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"},
      {"//g", "http://g"},
      {"?y", "http://a/b/c/d;p?y"},
      {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"},
      {"g#s", "http://a/b/c/g#s"},
      {"g?y#s", "http://a/b/c/g?y#s"},
      {";x", "http://a/b/c/;x"},
      {"g;x", "http://a/b/c/g;x"},
      {"g;x?y#s", "http://a/b/c/g;x?y#s"},
      {"", "http://a/b/c/d;p?q"},
      {".", "http://a/b/c/"},
      {"./", "http://a/b/c/"},
      {"..", "http://a/b/"},
      {"../", "http://a/b/"},
      {"../g", "http://a/b/g"},
      {"../..", "http://a/"},
      {"../../", "http://a/"},
      {"../../g", "http://a/g"},
  };
  for (const auto& example : examples) {
    CAPTURE(example.reference);
    CHECK(resolve_url(kRfcBase, example.reference) == example.expected);
  }
}

TEST_CASE("resolve_url: RFC 3986 section 5.4.2, abnormal examples") {
  const struct {
    const char* reference;
    const char* expected;
  } examples[] = {
      {"../../../g", "http://a/g"},  // cannot go above the root
      {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"},
      {"/../g", "http://a/g"},
      {"g.", "http://a/b/c/g."},
      {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."},
      {"..g", "http://a/b/c/..g"},
      {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"},
      {"g/./h", "http://a/b/c/g/h"},
      {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"},  // dots in a query or fragment stay
      {"g#s/../x", "http://a/b/c/g#s/../x"},
      {"http:g", "http:g"},  // strict parser
  };
  for (const auto& example : examples) {
    CAPTURE(example.reference);
    CHECK(resolve_url(kRfcBase, example.reference) == example.expected);
  }
}

TEST_CASE("resolve_url: bases that cannot resolve, and normalisation") {
  CHECK(resolve_url("", "images/a.jpg") == "images/a.jpg");
  CHECK(resolve_url("/relative/base", "a.jpg") == "a.jpg");  // a base needs a scheme
  CHECK(resolve_url("", "https://example.fr/x") == "https://example.fr/x");
  CHECK(resolve_url("https://example.fr", "a") == "https://example.fr/a");  // empty base path
  CHECK(resolve_url("https://example.fr/a/b", "//cdn.example.fr/img.jpg") ==
        "https://cdn.example.fr/img.jpg");
  CHECK(resolve_url(kArticle, "#commentaires") ==
        "https://www.example.fr/2024/11/article/?amp=1#commentaires");
  CHECK(resolve_url("HTTPS://Example.fr/a/", "b") == "https://Example.fr/a/b");  // scheme lowered
  CHECK(resolve_url("https://example.fr/", "HTTP://x.fr/./a/../b") == "http://x.fr/b");
}

TEST_CASE("resolve_url stays linear on long dot-segment chains") {
  std::string reference;
  for (int i = 0; i < 20000; ++i) reference += "segment/";
  for (int i = 0; i < 20000; ++i) reference += "../";
  reference += "fin";
  CHECK(resolve_url("https://example.fr/a/", reference) == "https://example.fr/a/fin");
}

TEST_CASE("is_http_url: absolute http(s) with a host") {
  CHECK(is_http_url("https://example.fr"));
  CHECK(is_http_url("http://example.fr/a?b#c"));
  CHECK(is_http_url("HTTPS://EXAMPLE.FR/"));
  CHECK(is_http_url("https://user:pw@example.fr:8443/x"));
  CHECK(is_http_url("http://[::1]:8080/"));
  CHECK_FALSE(is_http_url(""));
  CHECK_FALSE(is_http_url("https://"));
  CHECK_FALSE(is_http_url("https:///path"));
  CHECK_FALSE(is_http_url("https://:443/"));
  CHECK_FALSE(is_http_url("https://user@/"));
  CHECK_FALSE(is_http_url("http://[]/"));
  CHECK_FALSE(is_http_url("https:example.fr"));
  CHECK_FALSE(is_http_url("//example.fr/x"));
  CHECK_FALSE(is_http_url("/images/a.jpg"));
  CHECK_FALSE(is_http_url("ftp://example.fr/"));
  CHECK_FALSE(is_http_url("httpss://example.fr/"));
  CHECK_FALSE(is_http_url("mailto:redaction@example.fr"));
}

TEST_CASE("safe_link keeps http(s) and mailto, resolved") {
  CHECK(safe_link(kArticle, "https://autre.fr/page") == "https://autre.fr/page");
  CHECK(safe_link(kArticle, "/rubrique/monde/") == "https://www.example.fr/rubrique/monde/");
  CHECK(safe_link(kArticle, "../../10/autre/") == "https://www.example.fr/2024/10/autre/");
  CHECK(safe_link(kArticle, "//cdn.example.fr/doc.pdf") == "https://cdn.example.fr/doc.pdf");
  CHECK(safe_link(kArticle, "mailto:redaction@example.fr") == "mailto:redaction@example.fr");
  CHECK(safe_link(kArticle, "MailTo:redaction@example.fr") == "mailto:redaction@example.fr");
  CHECK(safe_link(kArticle, "  https://autre.fr/\n") == "https://autre.fr/");
  CHECK(safe_link(kArticle, "https://autre.fr/a b") == "https://autre.fr/a%20b");
  CHECK(safe_link(kArticle, "/a\"><script>`\x01\x7F") ==
        "https://www.example.fr/a%22%3E%3Cscript%3E%60%01%7F");
  CHECK(safe_link("", "https://autre.fr/") == "https://autre.fr/");
}

TEST_CASE("safe_link drops every other scheme, however it is written") {
  const char* hostile[] = {
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "java\rscript:alert(1)",
      "  javascript:alert(1)",
      "\x01\x1F javascript:alert(1)",
      "javascript\t:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.fr/",
      "mailto:",
      "https:sans-hote",
      "",
      " \t ",
  };
  for (const char* href : hostile) {
    CAPTURE(href);
    CHECK(safe_link(kArticle, href) == "");
  }
}

TEST_CASE("safe_link: a relative link needs a base") {
  CHECK(safe_link("", "/rubrique/") == "");
  CHECK(safe_link("not a url", "page.html") == "");
  CHECK(safe_link("javascript:void(0)", "page.html") == "");
}

TEST_CASE("safe_link: a colon after a non-scheme is a relative path, kept on the site") {
  CHECK(safe_link(kArticle, "java script:alert(1)") ==
        "https://www.example.fr/2024/11/article/java%20script:alert(1)");
  CHECK(safe_link(kArticle, "./javascript:alert(1)") ==
        "https://www.example.fr/2024/11/article/javascript:alert(1)");
}
