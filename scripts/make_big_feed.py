#!/usr/bin/python3
"""Generates large WordPress feeds for `make bench` (scale, memory, ingestion).

Writes OUT_DIR/posts-N.json for each N given: what
/wp-json/wp/v2/posts?_embed&per_page=N would answer on the sample site, with
N posts of realistic French bodies (600 to 1 200 words of Gutenberg-saved
HTML: paragraphs with inline <strong>/<em>/<a>, headings, quotes with a
cite, bullet and numbered lists, typography as entities in three posts out of
four and as raw UTF-8 in the rest), filed under the sections of
assets/sample/categories.json, with authors, tags and featured images
embedded as in the sample.

The text is recombined from the sample articles of make_sample_feed.py
(sentences, headings, quotes, list items, titles): real French newsroom
prose, not lorem ipsum, and the post shape comes from that script's
build_post, so a big feed differs from the sample in size only.

The files are serialised the way WordPress's REST API sends them
(wp_json_encode with default flags): compact, non-ASCII as \\uXXXX escapes,
"/" as "\\/". Deterministic: posts-N is always byte-identical, and the N
newest posts of a bigger feed are the posts of a smaller one.

Usage: /usr/bin/python3 scripts/make_big_feed.py [--out build/bench/feeds] N [N ...]
"""
import argparse
import datetime as dt
import html
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
import make_sample_feed as sample  # noqa: E402  (the sample's data and post shape)

CATEGORIES_FILE = REPO / "assets" / "sample" / "categories.json"
WORDS_RANGE = (600, 1200)
SEED = 7_2026
NEWEST_POST_ID = 900_000  # ids go down from here, 2 to 40 apart, as posts get older
IMAGES_PER_SECTION = 5  # the sample draws images <top-section>-1 .. -5 for every section
SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=[«A-ZÀ-ÖØ-Þ<])")
TAG_OPEN_CLOSE_RE = re.compile(r"<(/?)(\w+)")


# ---------------------------------------------------------------------------
# What the text is recombined from
# ---------------------------------------------------------------------------

def tags_balanced(fragment):
    """True when every inline tag opened in `fragment` is closed in it, in order."""
    stack = []
    for closing, name in TAG_OPEN_CLOSE_RE.findall(fragment):
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            return False
    return not stack


class TextBank:
    """Sentences, headings, quotes, list items and titles of the sample articles."""

    def __init__(self, articles):
        self.sentences, self.headings, self.quotes, self.list_items = [], [], [], []
        self.titles = [a["title"] for a in articles]
        self.standfirsts = [a["standfirst"] for a in articles if a.get("standfirst")]
        for article in articles:
            for chunk in re.split(r"\n\s*\n", article["body"].strip()):
                lines = chunk.split("\n")
                first = lines[0]
                if first.startswith("## "):
                    self.headings.append(first[3:].strip())
                elif first.startswith(">"):
                    self.quotes.append(chunk)
                elif sample.BULLET_RE.match(first) or sample.NUMBER_RE.match(first):
                    self.list_items += [line.strip() for line in lines if not line.startswith("  ")]
                else:
                    paragraph = " ".join(line.strip() for line in lines)
                    self.sentences += [s for s in SENTENCE_END_RE.split(paragraph)
                                       if tags_balanced(s) and not s.endswith(":")]  # not a list's lead-in
        self.list_items = [sample.NUMBER_RE.sub("", sample.BULLET_RE.sub("", item)) for item in self.list_items]

    def title(self, rng):
        """A sample title, or the two halves of two titles around their " : "."""
        first = rng.choice(self.titles)
        second = rng.choice(self.titles)
        if " : " in first and " : " in second and rng.random() < 0.7:
            return first.split(" : ", 1)[0] + " : " + second.split(" : ", 1)[1]
        return first

    def body(self, rng, words_wanted):
        """Article markup (make_sample_feed's syntax) of about `words_wanted` words."""
        chunks = []
        words = 0
        while words < words_wanted:
            if chunks and rng.random() < 0.22:
                chunks.append("## " + rng.choice(self.headings))
            roll = rng.random()
            if chunks and roll < 0.12:
                chunk = rng.choice(self.quotes)
            elif chunks and roll < 0.24:
                ordered = rng.random() < 0.4
                items = rng.sample(self.list_items, rng.randint(3, 5))
                chunk = "\n".join((f"{n}. " if ordered else "- ") + item for n, item in enumerate(items, 1))
            else:
                chunk = " ".join(rng.choice(self.sentences) for _ in range(rng.randint(2, 6)))
            chunks.append(chunk)
            words += len(sample.plain_words(chunk))
        return "\n\n".join(chunks)


# ---------------------------------------------------------------------------
# Sections, from the categories file the bench serves next to the feeds
# ---------------------------------------------------------------------------

def read_sections(path):
    """categories.json -> ({slug: section as make_sample_feed.build_post wants it}, leaf slug paths)."""
    categories = json.loads(path.read_text(encoding="utf-8"))
    by_id = {c["id"]: c for c in categories}
    by_slug = {}
    paths = []  # for each category: its slugs from the top, e.g. ("monde", "geopolitique")
    for category in categories:
        chain = [category]
        while chain[-1]["parent"] and chain[-1]["parent"] in by_id and len(chain) < 16:
            chain.append(by_id[chain[-1]["parent"]])
        top = chain[-1]["slug"]
        by_slug[category["slug"]] = {
            "id": category["id"], "name": category["name"], "plain_name": html.unescape(category["name"]),
            "slug": category["slug"], "link": category["link"], "top": top,
        }
        paths.append(tuple(c["slug"] for c in reversed(chain)))
    return by_slug, paths


# ---------------------------------------------------------------------------
# Posts
# ---------------------------------------------------------------------------

def generate_posts(count, bank, by_slug, section_paths):
    """`count` posts, newest first; the same seed gives the same posts for any count."""
    rng = random.Random(SEED)
    authors = sample.build_authors(sample.AUTHORS)
    tags = sample.build_tags(sample.ARTICLES)
    ctx = {"by_slug": by_slug, "authors": authors, "tags": tags}
    tag_names = list(tags)
    author_slugs = [slug for slug, _, _ in sample.AUTHORS]
    published = sample.NOW_UTC - dt.timedelta(minutes=17)
    posts = []
    post_id = NEWEST_POST_ID
    images_used = {}
    for rank in range(count):
        sections = rng.choice(section_paths)
        article = {
            "sections": sections,
            "author": rng.choice(author_slugs),
            "tags": tuple(rng.sample(tag_names, rng.randint(1, 4))),
            "title": bank.title(rng),
            "body": bank.body(rng, rng.randint(*WORDS_RANGE)),
        }
        if rng.random() < 0.5:
            article["standfirst"] = rng.choice(bank.standfirsts)
        top = by_slug[sections[0]]["top"]
        image = None
        if rng.random() < 0.9:
            images_used[top] = images_used.get(top, 0) % IMAGES_PER_SECTION + 1
            image = f"{top}-{images_used[top]}"
        modified = published + dt.timedelta(hours=rng.choice([1, 3, 26])) if rank % 4 == 2 else published
        posts.append(sample.build_post(article, post_id, post_id + 1, image, published,
                                       min(modified, sample.NOW_UTC), ctx))
        post_id -= rng.randint(2, 40)
        published -= dt.timedelta(minutes=rng.randint(12, 70))  # a big newsroom: ~30 posts a day
    return posts


def wordpress_json(posts):
    """Serialised as wp_json_encode does by default: compact, \\uXXXX, escaped slashes."""
    # "/" only occurs inside strings in JSON text, so a plain replace is exact.
    return json.dumps(posts, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("counts", nargs="+", type=int, help="numbers of posts, one file each")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "bench" / "feeds")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    bank = TextBank(sample.ARTICLES)
    by_slug, section_paths = read_sections(CATEGORIES_FILE)
    posts = generate_posts(max(args.counts), bank, by_slug, section_paths)
    for count in sorted(set(args.counts)):
        path = args.out / f"posts-{count}.json"
        path.write_text(wordpress_json(posts[:count]), encoding="ascii")
        words = sum(len(sample.plain_words(p["content"]["rendered"])) for p in posts[:count])
        print(f"make_big_feed: {path} {count} posts, {path.stat().st_size / 1e6:.1f} MB, "
              f"{words // count} words per post on average")


if __name__ == "__main__":
    main()
