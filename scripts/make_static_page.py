#!/usr/bin/python3
"""Writes the static reference page of `make bench`: the widget's home view as plain HTML.

The bench compares the widget's time to first headline with the first
contentful paint of this page, loaded in the same run. It shows what the
widget's home view shows for the same feed: the tab strip ("À la une" and
the top-level sections, in the categories' order) and every headline of "À
la une", newest first, with its date and reading time; in the same fonts
(the subset TTFs the widget downloads, through @font-face), the same sizes
in CSS pixels, the same colours. No script, no image: what a server-rendered
page of headlines costs a browser.

Writes OUT_DIR/index.html and copies FONTS_DIR/*.ttf to OUT_DIR/fonts/.

Usage: /usr/bin/python3 scripts/make_static_page.py POSTS.json CATEGORIES.json FONTS_DIR OUT_DIR
"""
import datetime as dt
import html
import json
import math
import re
import shutil
import sys
from pathlib import Path

# Keep in step with the widget: src/core/dates.cpp (French months),
# src/core/feed_formats.h (kWordsPerMinute), src/views/fonts.cpp (sizes),
# src/views/theme.cpp (light theme), src/views/reader_view.cpp (layout).
FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"]
WORDS_PER_MINUTE = 230
ALL_SECTIONS_TAB = "À la une"
TAG_RE = re.compile(r"<[^>]*>")

FONT_FACES = [  # (family, weight, style, file)
    ("Noto Sans", 400, "normal", "NotoSans-Regular.ttf"),
    ("Noto Sans", 700, "normal", "NotoSans-Bold.ttf"),
    ("Noto Serif", 400, "normal", "NotoSerif-Regular.ttf"),
    ("Noto Serif", 700, "normal", "NotoSerif-Bold.ttf"),
    ("Noto Serif", 400, "italic", "NotoSerif-Italic.ttf"),
]

STYLE = """
html, body { margin: 0; background: #fff; color: #1a1a1a; }
nav { height: 44px; box-sizing: border-box; padding: 4px 8px 0; white-space: nowrap; overflow: hidden;
      border-bottom: 1px solid #e2e2e2; font: 15px/1.362 'Noto Sans'; }
nav a { display: inline-block; padding: 6px 8px; margin-right: 2px; color: inherit; text-decoration: none; }
nav a[aria-current] { font-weight: 700; box-shadow: inset 0 -3px #c41e2a; }
main { max-width: 680px; margin: 0 auto; padding: 8px 16px 16px; }
article { padding: 6px 0; border-bottom: 1px solid #e2e2e2; }
h2 { margin: 0; font: 700 19px/1.362 'Noto Serif'; }
h2 a { color: inherit; text-decoration: none; }
p { margin: 8px 0 0; font: 13px/1.362 'Noto Sans'; color: #666; }
"""


def plain(rendered):
    """What the widget shows of a rendered HTML string: tags gone, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(TAG_RE.sub(" ", rendered)).split())


def french_date(date_gmt):
    moment = dt.datetime.fromisoformat(date_gmt)
    return f"{moment.day} {FRENCH_MONTHS[moment.month - 1]} {moment.year}"


def reading_minutes(post):
    words = len(plain(post["content"]["rendered"]).split())
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def font_faces_css():
    return "".join(
        f"@font-face {{ font-family: '{family}'; font-weight: {weight}; font-style: {style}; "
        f"src: url(fonts/{file}) format('truetype'); }}\n"
        for family, weight, style, file in FONT_FACES)


def page_html(posts, categories):
    tabs = [ALL_SECTIONS_TAB] + [plain(c["name"]) for c in categories if not c["parent"]]
    nav = "".join(f'<a href="#"{" aria-current=page" if i == 0 else ""}>{html.escape(name)}</a>'
                  for i, name in enumerate(tabs))
    newest_first = sorted(posts, key=lambda p: p["date_gmt"], reverse=True)
    headlines = "".join(
        f'<article><h2><a href="{html.escape(post["link"])}">{html.escape(plain(post["title"]["rendered"]))}'
        f'</a></h2><p>{french_date(post["date_gmt"])} · {reading_minutes(post)} min de lecture</p></article>\n'
        for post in newest_first)
    return (f'<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>Kiosque — page statique de référence</title>\n'
            f'<style>\n{font_faces_css()}{STYLE}</style>\n</head>\n<body>\n'
            f'<nav>{nav}</nav>\n<main>\n{headlines}</main>\n</body>\n</html>\n')


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__.strip().splitlines()[-1])
    posts_path, categories_path, fonts_dir, out_dir = (Path(arg) for arg in sys.argv[1:])
    posts = json.loads(posts_path.read_text(encoding="utf-8"))
    categories = json.loads(categories_path.read_text(encoding="utf-8"))
    (out_dir / "fonts").mkdir(parents=True, exist_ok=True)
    for _, _, _, file in FONT_FACES:
        shutil.copyfile(fonts_dir / file, out_dir / "fonts" / file)
    (out_dir / "index.html").write_text(page_html(posts, categories), encoding="utf-8")
    print(f"make_static_page: {len(posts)} headlines -> {out_dir / 'index.html'}")


if __name__ == "__main__":
    main()
