// Tests for core/html_blocks.h: article HTML to blocks, and html_to_text.
//
// Most checks compare describe(blocks), a one-line picture of the blocks:
//   blocks are joined by " | " and start with their type:
//     "p: "  "h2: "  "quote: "  "pre: "  "hr"  "img <url>" (+ " (caption)")
//     "ul<depth>: " for an unordered list item, "ol<depth>.<ordinal>: " for an ordered one
//   each run is its text, wrapped by its style and link:
//     *bold*  _italic_  `code`  [text](link); a line break run is "<br>".
// So "p: a *b*" is one paragraph of two runs: "a " plain and "b" bold.
#include "core/html_blocks.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text.h"

using namespace kiosque;

namespace {

constexpr std::string_view kBase = "https://www.example.fr/2024/11/article/";
const std::string kNbsp = "\xC2\xA0";

std::string describe_run(const TextRun& run) {
  std::string text = run.text == "\n" ? "<br>" : run.text;
  if (run.style & kRunCode) text = "`" + text + "`";
  if (run.style & kRunItalic) text = "_" + text + "_";
  if (run.style & kRunBold) text = "*" + text + "*";
  if (!run.link.empty()) text = "[" + text + "](" + run.link + ")";
  return text;
}

std::string describe(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& block : blocks) {
    if (!out.empty()) out += " | ";
    switch (block.type) {
      case BlockType::Paragraph:
        out += "p: ";
        break;
      case BlockType::Heading:
        out += "h" + std::to_string(block.level) + ": ";
        break;
      case BlockType::Quote:
        out += "quote: ";
        break;
      case BlockType::Preformatted:
        out += "pre: ";
        break;
      case BlockType::ListItem:
        out += block.ordered
                   ? "ol" + std::to_string(block.depth) + "." + std::to_string(block.ordinal) + ": "
                   : "ul" + std::to_string(block.depth) + ": ";
        break;
      case BlockType::Separator:
        out += "hr";
        break;
      case BlockType::Image:
        out += "img " + block.image.url;
        if (!block.image.caption.empty()) out += " (" + block.image.caption + ")";
        break;
    }
    for (const TextRun& run : block.runs) out += describe_run(run);
  }
  return out;
}

std::vector<Block> parse(std::string_view html, const HtmlLimits& limits = {}) {
  return html_to_blocks(html, kBase, limits);
}

std::string describe(std::string_view html) {
  return describe(parse(html));
}

std::string url(std::string_view path) {
  return "https://www.example.fr" + std::string(path);
}

}  // namespace

TEST_CASE("paragraphs: <p>, and text in the root or in a div") {
  CHECK(describe("Intro<div>Dans un div</div><p>Un paragraphe</p>Fin") ==
        "p: Intro | p: Dans un div | p: Un paragraphe | p: Fin");
  CHECK(describe("<section><article><header>Titre</header>Corps</article></section>") ==
        "p: Titre | p: Corps");
  CHECK(describe("un</p>deux") == "p: un | p: deux");  // a stray block end tag still ends
  CHECK(describe("") == "");
}

TEST_CASE("white space collapses to single spaces and blocks are trimmed") {
  CHECK(describe("<p>\n  Le   monde\t\n entier  </p>") == "p: Le monde entier");
  CHECK(describe("<p> a <b> b </b> c </p>") == "p: a *b *c");
  CHECK(describe("<p>a<b> </b></p>") == "p: a");
  CHECK(describe("<p>a <!-- x --> b</p>") == "p: a b");
}

TEST_CASE("empty blocks are dropped, &nbsp; spacers included") {
  CHECK(describe("<p> </p><p></p><div>\n\t</div><p><br><br></p><h2> </h2><li></li>") == "");
  CHECK(describe("<p>&nbsp;</p><p> &nbsp; <br> </p>") == "");
  CHECK(describe("<p>&nbsp;x</p>") == "p: " + kNbsp + "x");
}

TEST_CASE("headings h2-h6, with h1 read as h2") {
  CHECK(describe("<h1>Un</h1><h2>Deux</h2><h3>Trois</h3><h4>4</h4><h5>5</h5><h6>Six</h6>") ==
        "h2: Un | h2: Deux | h3: Trois | h4: 4 | h5: 5 | h6: Six");
  CHECK(describe("<h2>Titre</h3><p>Texte</p>") == "h2: Titre | p: Texte");  // any </hN>
  CHECK(describe("<h2>Un<h3>Deux</h3>Trois") == "h2: Un | h3: Deux | p: Trois");
}

TEST_CASE("inline styles: bold, italic, code, combined") {
  CHECK(describe("<p><b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <cite>c</cite></p>") ==
        "p: *b* *s* _i_ _e_ _c_");
  CHECK(describe("<p><code>f()</code> <kbd>Ctrl</kbd> <strong><em>les deux</em></strong></p>") ==
        "p: `f()` `Ctrl` *_les deux_*");
  CHECK(describe("<p><b>a<b>b</b>c</b>d</p>") == "p: *abc*d");  // nested same style
}

TEST_CASE("adjacent runs with the same style and link merge") {
  const std::vector<Block> blocks =
      parse("<p><b>un</b><strong> deux</strong><b><!-- --> trois</b><span><b>!</b></span></p>");
  REQUIRE(blocks.size() == 1);
  REQUIRE(blocks[0].runs.size() == 1);
  CHECK(blocks[0].runs[0].text == "un deux trois!");
  CHECK(blocks[0].runs[0].style == kRunBold);

  CHECK(describe("<p><a href=\"/x\">a</a><a href=\"/x\">b</a></p>") ==
        "p: [ab](" + url("/x") + ")");
  CHECK(describe("<p><a href=\"/x\">a</a><a href=\"/y\">b</a></p>") ==
        "p: [a](" + url("/x") + ")[b](" + url("/y") + ")");
}

TEST_CASE("links: http(s) and mailto, resolved against the article URL") {
  CHECK(
      describe("<p>Voir <a href=\"/monde/\">le monde</a>, <a href='mailto:r@example.fr'>écrire</a>"
               " ou <a href=https://autre.fr/>ailleurs</a></p>") ==
      "p: Voir [le monde](" + url("/monde/") +
          "), [écrire](mailto:r@example.fr) ou "
          "[ailleurs](https://autre.fr/)");
  CHECK(describe("<p><a href=\"../../10/suite/\">suite</a></p>") ==
        "p: [suite](" + url("/2024/10/suite/") + ")");
  CHECK(describe("<p><a href=\"/recherche?q=a&amp;page=2\">r</a></p>") ==
        "p: [r](" + url("/recherche?q=a&page=2") + ")");
  CHECK(describe("<p><a href=\"/x\">un <b>deux</b></a> trois</p>") ==
        "p: [un ](" + url("/x") + ")[*deux*](" + url("/x") + ") trois");
  CHECK(describe("<p><a name=\"ancre\">sans href</a></p>") == "p: sans href");
}

TEST_CASE("a new <a> ends the open one") {
  CHECK(describe("<p><a href=\"/a\">un<a href=\"/b\">deux</a>trois</a></p>") ==
        "p: [un](" + url("/a") + ")[deux](" + url("/b") + ")trois");
  // Unclosed links do not pile up on the stack, so the depth limit never
  // leaves text with a stale link.
  HtmlLimits limits;
  limits.max_depth = 3;
  CHECK(describe(parse("<p><a href=/1>1<a href=/2>2<a href=/3>3<a href=/4>4<a href=/5>5",
                       limits)) == "p: [1](" + url("/1") + ")[2](" + url("/2") + ")[3](" +
                                       url("/3") + ")[4](" + url("/4") + ")[5](" + url("/5") + ")");
}

TEST_CASE("hostile links become plain text") {
  const char* hrefs[] = {
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "java&#9;script:alert(1)",
      "jav&#x0A;ascript:alert(1)",
      "java&Tab;script:alert(1)",
      "   javascript:alert(1)",
      "&#106;avascript:alert(1)",
      "&#x6A;&#x61;vascript:alert(1)",
      "javascript&colon;alert(1)",
      "&#0000106avascript:alert(1)",
      "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
  };
  for (const char* href : hrefs) {
    CAPTURE(href);
    const std::vector<Block> blocks =
        parse(std::string("<p><a href=\"") + href + "\">texte</a></p>");
    CHECK(describe(blocks) == "p: texte");
  }
  CHECK(describe("<p><a href=javascript:alert(1)>texte</a></p>") == "p: texte");
}

TEST_CASE("attributes: only the few read matter, the first of duplicates wins") {
  CHECK(describe("<p onclick=\"alert(1)\" style=\"color:red\">Texte</p>") == "p: Texte");
  CHECK(describe("<p><a title=\"a > b\" href=\"/x\" onclick='evil()'>lien</a></p>") ==
        "p: [lien](" + url("/x") + ")");
  CHECK(describe("<p><a href=\"/premier\" href=\"/second\">lien</a></p>") ==
        "p: [lien](" + url("/premier") + ")");
  CHECK(describe("<P><A HREF=\"/x\">Lien</A></P>") == "p: [Lien](" + url("/x") + ")");
  CHECK(describe("<p><a href = '/x' >lien</a></p>") == "p: [lien](" + url("/x") + ")");
}

TEST_CASE("line breaks are runs of \"\\n\"") {
  CHECK(describe("<p>un<br>deux</p>") == "p: un<br>deux");
  CHECK(describe("<p>un <br /> deux</p>") == "p: un<br>deux");
  CHECK(describe("<p><br>un<br><br>deux<br> </p>") == "p: un<br><br>deux");
  CHECK(describe("<p>un</br>deux</p>") == "p: un<br>deux");
  CHECK(describe("<p><b>a<br>b</b></p>") == "p: *a*<br>*b*");  // the break is a plain run
}

TEST_CASE("lists are flattened with depth and ordinal") {
  CHECK(describe("<ul><li>Un</li><li>Deux<ol><li>A</li><li>B</li></ol></li><li>Trois</li></ul>") ==
        "ul1: Un | ul1: Deux | ol2.1: A | ol2.2: B | ul1: Trois");
  CHECK(describe("<ol start=\"3\"><li>Trois<li>Quatre</ol><ol><li>Un</ol>") ==
        "ol1.3: Trois | ol1.4: Quatre | ol1.1: Un");
  CHECK(describe("<ul><li><p>Un</p></li><li><div><p>Deux</div></ul>") == "ul1: Un | ul1: Deux");
  CHECK(describe("<ul><li>avant<ul><li>dedans</li></ul>après</li></ul>Fin") ==
        "ul1: avant | ul2: dedans | ul1: après | p: Fin");
  CHECK(describe("<li>seul</li>") == "ul1: seul");
  CHECK(describe("<ol start=\"-1\"><li>a<li>b<li>c</ol>") == "ol1.-1: a | ol1.0: b | ol1.1: c");
  CHECK(describe("<ol start=\"x\"><li>a</ol>") == "ol1.1: a");
}

TEST_CASE("quotes: blockquote paragraphs and WordPress pull quotes") {
  CHECK(describe("<blockquote><p>Un</p><p>Deux</p></blockquote><p>Après</p>") ==
        "quote: Un | quote: Deux | p: Après");
  CHECK(describe("<figure class=\"wp-block-pullquote is-style-solid\"><blockquote><p>Citation</p>"
                 "<cite>Auteur</cite></blockquote></figure>") ==
        "quote: Citation | quote: _Auteur_");
  CHECK(describe("<figure class=\"wp-block-pullquote\"><p>Directement</p></figure>") ==
        "quote: Directement");
}

TEST_CASE("figure: image with its caption, dimensions, alt and srcset") {
  const std::vector<Block> blocks = parse(
      "<figure class=\"wp-block-image size-large\"><img src=\"/wp-content/uploads/a.jpg\" "
      "alt=\"Une  &eacute;cole\" width=\"1024\" height=\"683\" loading=\"lazy\" "
      "srcset=\"/wp-content/uploads/a-300x200.jpg 300w, /wp-content/uploads/a.jpg 1024w, "
      "https://cdn.example.fr/a-768.jpg 768w\" sizes=\"(max-width: 1024px) 100vw\">"
      "<figcaption>La rentrée <em>2024</em>.<br>Photo&nbsp;: AFP </figcaption></figure>");
  REQUIRE(blocks.size() == 1);
  REQUIRE(blocks[0].type == BlockType::Image);
  const Image& image = blocks[0].image;
  CHECK(image.url == url("/wp-content/uploads/a.jpg"));
  CHECK(image.width == 1024);
  CHECK(image.height == 683);
  CHECK(image.alt == "Une école");
  CHECK(image.caption == "La rentrée 2024. Photo" + kNbsp + ": AFP");
  REQUIRE(image.variants.size() == 2);  // the 1024w one is the image itself
  CHECK(image.variants[0].url == url("/wp-content/uploads/a-300x200.jpg"));
  CHECK(image.variants[0].width == 300);
  CHECK(image.variants[0].height == 200);  // from the image's ratio
  CHECK(image.variants[1].url == "https://cdn.example.fr/a-768.jpg");
  CHECK(image.variants[1].width == 768);
  CHECK(image.variants[1].height == 512);
  CHECK(blocks[0].runs.empty());
}

TEST_CASE("images: lone, linked, unsafe, srcset only") {
  CHECK(describe("<p>Avant <img src=\"https://cdn.example.fr/b.png\"> après</p>") ==
        "p: Avant | img https://cdn.example.fr/b.png | p: après");
  CHECK(describe("<figure><a href=\"/grand.jpg\"><img src=\"a.jpg\"></a><figcaption>Cap"
                 "</figcaption></figure>") == "img " + url("/2024/11/article/a.jpg") + " (Cap)");
  CHECK(describe("<figure><img src=\"/c.jpg\"></figure><p>Texte</p>") ==
        "img " + url("/c.jpg") + " | p: Texte");
  CHECK(describe("<p>x<img src=\"javascript:alert(1)\">y<img src=\"data:image/png;base64,AA\">"
                 "z<img>!<img src=\"mailto:a@b.fr\"></p>") == "p: xyz!");

  const std::vector<Block> srcset_only =
      parse("<img srcset=\"/s.jpg 300w, /l.jpg 1200w,/m.jpg 600w\" width=\"0\">");
  REQUIRE(srcset_only.size() == 1);
  CHECK(srcset_only[0].image.url == url("/l.jpg"));
  CHECK(srcset_only[0].image.width == 1200);
  CHECK(srcset_only[0].image.variants.size() == 2);

  const std::vector<Block> commas = parse(
      "<img src=\"/a.jpg\" srcset=\"https://res.example.fr/w_300,h_200/a.jpg 300w, "
      "/b.jpg, /c.jpg 2x\">");
  REQUIRE(commas.size() == 1);
  REQUIRE(commas[0].image.variants.size() == 3);
  CHECK(commas[0].image.variants[0].url == "https://res.example.fr/w_300,h_200/a.jpg");
  CHECK(commas[0].image.variants[0].width == 300);
  CHECK(commas[0].image.variants[1].url == url("/b.jpg"));
  CHECK(commas[0].image.variants[2].url == url("/c.jpg"));
  CHECK(commas[0].image.variants[2].width == 0);  // "2x" gives no width
}

TEST_CASE("images: bad dimensions are unknown") {
  const std::vector<Block> blocks = parse(
      "<img src=\"/a.jpg\" width=\"-5\" height=\"99999999999\"><img src=\"/b.jpg\" "
      "width=\"640px\" height=\"abc\">");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].image.width == 0);
  CHECK(blocks[0].image.height == 0);
  CHECK(blocks[1].image.width == 640);
  CHECK(blocks[1].image.height == 0);
}

TEST_CASE("figures: caption without image, text between image and caption") {
  CHECK(describe("<figure class=\"wp-block-table\"><table><tr><td>a</td></tr></table>"
                 "<figcaption>Source</figcaption></figure>") == "p: a | p: Source");
  CHECK(
      describe("<figure><img src=\"/a.jpg\"><p>Crédit</p><figcaption>Cap</figcaption></figure>") ==
      "img " + url("/a.jpg") + " | p: Crédit | p: Cap");
  CHECK(describe("<figure><img src=\"/a.jpg\"><img src=\"/b.jpg\"><figcaption>Cap</figcaption>"
                 "</figure>") == "img " + url("/a.jpg") + " | img " + url("/b.jpg") + " (Cap)");
  CHECK(describe("<figure class=\"wp-block-gallery\"><figure><img src=\"/a.jpg\"><figcaption>A"
                 "</figcaption></figure><figure><img src=\"/b.jpg\"></figure></figure>") ==
        "img " + url("/a.jpg") + " (A) | img " + url("/b.jpg"));
  CHECK(describe("<figure><img src=\"/a.jpg\"><figcaption>Cap") ==
        "img " + url("/a.jpg") + " (Cap)");
}

TEST_CASE("WordPress emoji pictures read as their emoji") {
  CHECK(describe("<p>Bravo <img draggable=\"false\" role=\"img\" class=\"emoji\" alt=\"🎉\" "
                 "src=\"https://s.w.org/images/core/emoji/15.0.3/svg/1f389.svg\"></p>") ==
        "p: Bravo 🎉");
}

TEST_CASE("preformatted text keeps its line breaks and spaces") {
  CHECK(describe("<pre>\nint main() {\n  return 0;\n}\n</pre>") ==
        "pre: int main() {\n  return 0;\n}");
  CHECK(describe("<pre><code>  x  =  1</code></pre>") == "pre: `  x  =  1`");
  CHECK(describe("<pre>a\r\nb\rc</pre>") == "pre: a\nb\nc");
  CHECK(describe("<pre>\n\nx</pre>") == "pre: \nx");  // only the first newline goes
  CHECK(describe("<pre>a<br>b</pre>") == "pre: a<br>b");
  CHECK(describe("<pre> \n\t </pre>") == "");
}

TEST_CASE("separators") {
  CHECK(describe("<p>a</p><hr><p>b<hr/>c</p>") == "p: a | hr | p: b | hr | p: c");
}

TEST_CASE("table rows become paragraphs, cells are space separated") {
  CHECK(describe("<table><tr><th>Ville</th><th>Pop.</th></tr><tr><td>Lyon</td><td>522 000</td>"
                 "</tr></table>") == "p: Ville Pop. | p: Lyon 522 000");
  CHECK(describe("<table><tr><td>a<td>b<tr><td>c</table>après") == "p: a b | p: c | p: après");
}

TEST_CASE("script, style, forms, embeds and the like are dropped with their content") {
  CHECK(describe("<p>Avant<script>alert(\"x\")</script> après</p>"
                 "<style>p { color: red }</style>"
                 "<iframe src=\"https://evil.example/\">texte iframe</iframe>"
                 "<noscript><img src=\"/x.jpg\">sans js</noscript>"
                 "<form action=\"/\"><p>Formulaire</p><input value=\"v\"><button>Envoyer</button>"
                 "</form>"
                 "<svg viewBox=\"0 0 1 1\"><text>svg</text><title>t</title></svg>"
                 "<math><mi>x</mi></math>"
                 "<select><option>Option</option></select>"
                 "<textarea><p>zone</p></textarea>"
                 "<template><p>modèle</p></template>"
                 "<object data=\"x.swf\"><p>objet</p><img src=\"/o.jpg\"></object>"
                 "<embed src=\"x.swf\">"
                 "<button>Partager</button><hr>"
                 "<title>Titre</title><xmp><b>x</b></xmp><noembed>n</noembed>"
                 "<p>Fin</p>") == "p: Avant après | hr | p: Fin");
}

TEST_CASE("dropped elements: nesting, self-closing, unclosed") {
  CHECK(describe("<p><svg/>texte</p>") == "p: texte");
  CHECK(describe("<p><svg><path d=\"M0\"/></svg>suite</p>") == "p: suite");
  CHECK(describe("<svg><svg></svg>caché</svg>vu") == "p: vu");
  CHECK(describe("<div><button>Partager</div><p>Suite</p>") == "p: Suite");
  CHECK(describe("<form><div><p>a</div>b</form>c") == "p: c");
}

TEST_CASE("raw text elements end only at their own end tag") {
  CHECK(describe("<script>document.write(\"</p><p>faux\")</script>vrai") == "p: vrai");
  CHECK(describe("<script>a</script >b") == "p: b");
  CHECK(describe("<SCRIPT>a</ScRiPt>b") == "p: b");
  CHECK(describe("<style>a</styles>b</style>c") == "p: c");
  CHECK(describe("<script/>alert(1)</script>d") == "p: d");
  CHECK(describe("<p>a<script>jamais fermé <p>texte") == "p: a");
  CHECK(describe("<script>x</script") == "");
}

TEST_CASE("comments, WordPress block comments and doctypes are ignored") {
  CHECK(describe("<!-- wp:paragraph {\"align\":\"left\"} --><p>Texte</p><!-- /wp:paragraph -->") ==
        "p: Texte");
  CHECK(describe("L'<!-- x -->été") == "p: L'été");
  CHECK(describe("a<!-->b<!--->c<!---->d") == "p: abcd");
  CHECK(describe("a<!-- <p>b</p> -- > <p>c") == "p: a");  // unterminated: the rest is comment
  CHECK(describe("<!DOCTYPE html><?xml version=\"1.0\"?><![CDATA[x]]>texte") == "p: texte");
  CHECK(describe("<p>1 </ 2>3</></p>") == "p: 1 3");
}

TEST_CASE("misnested tags") {
  CHECK(describe("<p><b><i>x</b>y</i>z</p>") == "p: *_x_*_y_z");
  CHECK(describe("<p>a<b>b</p><p>c</p>") == "p: a*b* | p: c");
  CHECK(describe("<p><b>x<p>y</b>z</p>") == "p: *x* | p: yz");  // a block end closes what it holds
  CHECK(describe("<p><i>a</b>b</i></p>") == "p: _ab_");         // stray end tag ignored
  CHECK(describe("<ul><li>a</ol>b</ul>c") == "ul1: a | ul1: b | p: c");
}

TEST_CASE("unterminated tags and a '<' in text") {
  CHECK(describe("<p>text <a href=\"x") == "p: text");
  CHECK(describe("<p>un<b") == "p: un");
  CHECK(describe("<p>un</b") == "p: un");
  CHECK(describe("<p>a < b, 3<4, x <= y, <3 a<") == "p: a < b, 3<4, x <= y, <3 a<");
  CHECK(describe("a</") == "p: a</");
}

TEST_CASE("unknown tags keep their text") {
  CHECK(describe("<p><span class=\"x\">un</span><u>deux</u> <mark>trois</mark>"
                 "<custom-tag>quatre</custom-tag><abbr title=\"t\">5</abbr></p>") ==
        "p: undeux troisquatre5");
}

TEST_CASE("character references in text") {
  CHECK(describe("<p>&laquo;&nbsp;Bonjour&nbsp;&raquo;, dit-elle&#8239;! &#8217;&amp;</p>") ==
        "p: «" + kNbsp + "Bonjour" + kNbsp + "», dit-elle\xE2\x80\xAF! ’&");
  CHECK(describe("<p>a&#32;&#32;b&Tab;c&NewLine;d</p>") == "p: a b c d");  // decoded white space
  CHECK(describe("<p>AT&T &unknown; &</p>") == "p: AT&T &unknown; &");
}

TEST_CASE("control characters are dropped, invalid UTF-8 is replaced") {
  CHECK(describe("<p>a\x01"
                 "b&#1;c\x7F&#127;d\xC2\x85"
                 "e&#133;f&#129;g</p>") == "p: abcde…fg");
  CHECK(describe(std::string("<p>a\0b</p>", 10)) == "p: ab");
  CHECK(describe("<p>caf\xE9 cr\xC3\xA8me</p>") == "p: caf\xEF\xBF\xBD crème");
  const std::vector<Block> blocks =
      html_to_blocks("<p><a href=\"/\xFF\">x</a></p>", "https://a.fr/\xFE");
  REQUIRE(blocks.size() == 1);
  CHECK(is_valid_utf8(blocks[0].runs[0].link));
}

TEST_CASE("limits: max_blocks") {
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<p>x</p>";
  HtmlLimits limits;
  limits.max_blocks = 10;
  CHECK(parse(html, limits).size() == 10);
  limits.max_blocks = 0;
  CHECK(parse(html, limits).empty());
  CHECK(parse(html).size() == 1000);
}

TEST_CASE("limits: deep nesting is flattened, not refused") {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "texte";
  CHECK(describe(html) == "p: texte");

  std::string bold;
  for (int i = 0; i < 1000; ++i) bold += "<b><span>";
  bold += "x";
  for (int i = 0; i < 1000; ++i) bold += "</b>";
  bold += "y";
  HtmlLimits limits;
  limits.max_depth = 10;
  CHECK(describe(parse(bold, limits)) == "p: *x*y");
}

TEST_CASE("limits: a dropped element past max_depth still hides its content") {
  HtmlLimits limits;
  limits.max_depth = 2;
  CHECK(describe(parse("<div><div><svg>caché</svg>aussi caché</div>visible</div>", limits)) ==
        "p: visible");
  CHECK(describe(parse("<div><div><script>caché</script>vu</div></div>", limits)) == "p: vu");
}

TEST_CASE("a long link over many runs does not blow up the output") {
  std::string html = "<p><a href=\"/" + std::string(50000, 'x') + "\">";
  for (int i = 0; i < 2000; ++i) html += "<b>x</b>y";
  html += "</a></p>";
  const std::vector<Block> blocks = parse(html);
  REQUIRE(blocks.size() == 1);
  std::size_t link_bytes = 0;
  for (const TextRun& run : blocks[0].runs) link_bytes += run.link.size();
  CHECK(link_bytes <= 4 * html.size() + 4096);
  CHECK(blocks[0].runs.front().link ==
        url("/" + std::string(50000, 'x')));     // the first ones keep it
  CHECK(blocks[0].plain_text().size() == 4000);  // no text lost
}

TEST_CASE("past the link budget, text is plain and merges as such") {
  const std::string href = "/" + std::string(30000, 'x');
  std::string html = "<p><a href=\"" + href + "\">";
  for (int i = 0; i < 200; ++i) html += "<b>x</b>y";
  html += "</a><a href=\"" + href + "\">z</a></p>";
  const std::vector<Block> blocks = parse(html);
  REQUIRE(blocks.size() == 1);
  const std::vector<TextRun>& runs = blocks[0].runs;
  CHECK(runs.front().link == url(href));
  CHECK(runs.back().text == "yz");  // the second link is past the budget too
  CHECK(runs.back().link.empty());
  for (std::size_t i = 1; i < runs.size(); ++i) {
    CAPTURE(i);
    CHECK((runs[i].style != runs[i - 1].style || runs[i].link != runs[i - 1].link));
  }
}

TEST_CASE("html_to_text: for titles and excerpts") {
  CHECK(html_to_text("L&#8217;<em>été</em>") == "L’été");
  CHECK(html_to_text("<p>Un</p><p>deux</p>") == "Un deux");
  CHECK(html_to_text("un<br>deux<br/>trois") == "un deux trois");
  CHECK(html_to_text("  Rock &amp;\n Roll <script>x()</script> ") == "Rock & Roll");
  CHECK(html_to_text("AT&T &lt;b&gt;") == "AT&T <b>");
  CHECK(html_to_text("<pre>a\n  b</pre><ul><li>c</li></ul><img src=\"https://a.fr/i.png\">") ==
        "a b c");
  CHECK(html_to_text("Le&nbsp;monde") == "Le" + kNbsp + "monde");
  CHECK(html_to_text("<p>Texte&hellip; <a class=\"more-link\" href=\"/x\">Lire</a></p>") ==
        "Texte… Lire");
  CHECK(html_to_text("") == "");
}
