#!/usr/bin/env python3
"""Write the bundled sample feed that the demo page shows.

The demo must work with no network and no WordPress, so it reads a static
copy of what the publisher's site would answer. This script holds the
invented content (sections, journalists, articles: all fictitious, written
for this sample) and shapes it the way WordPress and JSON Feed do:

  assets/sample/categories.json  like /wp-json/wp/v2/categories?per_page=100
  assets/sample/posts.json       like /wp-json/wp/v2/posts?_embed&per_page=100
  assets/sample/jsonfeed.json    the newest articles as a JSON Feed 1.1

The featured images those files name are drawn by make_sample_images.py
into assets/sample/images/; their URLs in the feed are relative to the feed
file ("images/maroc-1-768x432.jpg") so the demo runs from any host, while
every `link` is absolute on the made-up domain https://www.lejournal.example.

Articles are written below in a small plain-text markup that this script
turns into the HTML Gutenberg saves (blocks separated by a blank line):

    ## Sub-heading                      -> <h2 class="wp-block-heading">
    > « Quoted statement »              -> <blockquote class="wp-block-quote">
    > — Who said it                        (a line starting "— " is the <cite>)
    - item / "  - nested item"          -> <ul>, nesting by two spaces
    1. item                             -> <ol>
    anything else                       -> <p>, lines joined

Inline HTML (<strong>, <em>, <a href="...">) and entities are written as is.
Typography is applied as WordPress's wptexturize does: ' becomes ’, and the
spaces inside « », before : ; ? ! and between digit groups (160 000) become
no-break spaces. Most posts then spell those characters as entities
(&#8217; &laquo;&nbsp; &nbsp;&raquo;), as WordPress outputs them; one post in
four keeps them as raw UTF-8, so a reader must handle both.

Deterministic: the same data always gives byte-identical files.
Usage: /usr/bin/python3 scripts/make_sample_feed.py [OUT_DIR]   (default assets/sample)
"""

import datetime as dt
import html
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SITE = "https://www.lejournal.example"
SITE_NAME = "Le Journal"
API = SITE + "/wp-json/wp/v2"
# Africa/Casablanca is UTC+1 all year except during Ramadan; November is +01:00.
LOCAL_OFFSET = dt.timedelta(hours=1)
LOCAL_OFFSET_TEXT = "+01:00"
# The newest article is a little before this moment (UTC); the rest spread over ~4 weeks.
NOW_UTC = dt.datetime(2026, 11, 25, 8, 30)
JSONFEED_ITEMS = 12
EXCERPT_WORDS = 55  # WordPress's automatic excerpt length
ENTITY_POSTS_OUT_OF_FOUR = 3  # the rest keep typography as raw UTF-8

# Image renditions, as WordPress names them: name.jpg, name-300x169.jpg, ...
IMAGE_SIZES = {  # size name -> (width, height)
    "medium": (300, 169),
    "thumbnail": (150, 150),
    "medium_large": (768, 432),
    "full": (1200, 675),
}


# ---------------------------------------------------------------------------
# Text: slugs, typography, entities
# ---------------------------------------------------------------------------

NBSP = "\u00a0"
TAG_RE = re.compile(r"(<[^>]*>)")
ENTITY_NAMES = {  # character -> entity WordPress writes
    NBSP: "&nbsp;",
    "\u2019": "&#8217;",
    "\u2018": "&#8216;",
    "\u201c": "&#8220;",
    "\u201d": "&#8221;",
    "\u2013": "&#8211;",
    "\u2014": "&#8212;",
    "\u2026": "&hellip;",
    "«": "&laquo;",
    "»": "&raquo;",
}


def slugify(text):
    """ASCII slug as WordPress's sanitize_title makes it: 'Planète' -> 'planete'."""
    text = html.unescape(text).replace("\u2019", "'")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def typeset_text(text):
    """French typography on text outside tags (what wptexturize would leave)."""
    text = text.replace("'", "\u2019").replace("...", "\u2026")
    text = re.sub(r"« ", "«" + NBSP, text)
    text = re.sub(r" »", NBSP + "»", text)
    text = re.sub(r" ([:;?!])", NBSP + r"\1", text)
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, text)  # 160 000, 1 200 000
    return text


def typeset(markup, use_entities, ampersand="&amp;"):
    """Typeset an HTML fragment; spell special characters as entities or raw UTF-8.

    Tags (and Gutenberg comments) pass through untouched. A bare & becomes
    `ampersand` (WordPress writes &#038; in titles, &amp; in content).
    """
    parts = TAG_RE.split(markup)
    for i in range(0, len(parts), 2):  # even indexes are text, odd ones are tags
        text = re.sub(r"&(?!#?\w+;)", ampersand, typeset_text(parts[i]))
        if use_entities:
            text = "".join(ENTITY_NAMES.get(ch, ch) for ch in text)
        parts[i] = text
    return "".join(parts)


def plain_words(markup):
    """The words of an HTML fragment, tags stripped as WordPress does, entities left as written."""
    return TAG_RE.sub("", markup).split()


# ---------------------------------------------------------------------------
# Article markup -> Gutenberg HTML
# ---------------------------------------------------------------------------

def gutenberg_paragraph(text):
    return f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->"


def gutenberg_heading(text):
    return f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{text}</h2>\n<!-- /wp:heading -->'


def gutenberg_quote(lines):
    paragraphs = [line for line in lines if not line.startswith("— ")]
    cites = [line[2:] for line in lines if line.startswith("— ")]
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    inner += "".join(f"<cite>{c}</cite>" for c in cites)
    return f'<!-- wp:quote -->\n<blockquote class="wp-block-quote">{inner}</blockquote>\n<!-- /wp:quote -->'


def parse_list_items(lines, marker_re):
    """Lines of a list block -> [(text, [nested texts])], nesting by two spaces."""
    items = []
    for line in lines:
        nested = line.startswith("  ")
        text = marker_re.sub("", line.strip(), count=1)
        if nested and items:
            items[-1][1].append(text)
        else:
            items.append((text, []))
    return items


def gutenberg_list(items, ordered):
    tag = "ol" if ordered else "ul"
    opener = '<!-- wp:list {"ordered":true} -->' if ordered else "<!-- wp:list -->"
    rendered = []
    for text, children in items:
        sub = gutenberg_list([(c, []) for c in children], ordered=False) if children else ""
        rendered.append(f"<!-- wp:list-item -->\n<li>{text}{sub}</li>\n<!-- /wp:list-item -->")
    return f'{opener}\n<{tag} class="wp-block-list">' + "\n\n".join(rendered) + f"</{tag}>\n<!-- /wp:list -->"


BULLET_RE = re.compile(r"^- ")
NUMBER_RE = re.compile(r"^\d+\. ")


def markup_to_gutenberg(body):
    """The article markup (see module docstring) -> Gutenberg-saved HTML."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = chunk.split("\n")
        first = lines[0]
        if first.startswith("## "):
            blocks.append(gutenberg_heading(first[3:].strip()))
        elif first.startswith(">"):
            blocks.append(gutenberg_quote([line.lstrip(">").strip() for line in lines]))
        elif BULLET_RE.match(first):
            blocks.append(gutenberg_list(parse_list_items(lines, BULLET_RE), ordered=False))
        elif NUMBER_RE.match(first):
            blocks.append(gutenberg_list(parse_list_items(lines, NUMBER_RE), ordered=True))
        else:
            blocks.append(gutenberg_paragraph(" ".join(line.strip() for line in lines)))
    return "\n\n".join(blocks) + "\n"


def strip_block_comments(content):
    """What the_content() leaves of Gutenberg HTML: the block comments removed."""
    return re.sub(r"<!-- /?wp:[^>]*-->\n?", "", content)


# ---------------------------------------------------------------------------
# Sections (categories)
# ---------------------------------------------------------------------------

def flatten_sections(tree, parent=None):
    """SECTIONS tree -> list of (name, slug, description, parent slug), pre-order."""
    flat = []
    for name, slug, description, children in tree:
        flat.append((name, slug, description, parent))
        flat.extend(flatten_sections(children, slug))
    return flat


def index_sections(tree):
    """Give every section an id and its permalink (parents' slugs in the path)."""
    sections = []
    by_slug = {}
    for number, (name, slug, description, parent_slug) in enumerate(flatten_sections(tree)):
        assert slug not in by_slug, f"category slugs must be unique across the tree: {slug}"
        parent = by_slug.get(parent_slug)
        path = (parent["path"] + "/" if parent else "") + slug
        section = {
            "id": 2 + number,  # 1 is WordPress's own "Non classé", left out of the sample
            "name": html.escape(name, quote=False),  # WordPress stores names escaped
            "plain_name": name,
            "slug": slug,
            "description": description,
            "parent": parent["id"] if parent else 0,
            "top": parent["top"] if parent else slug,
            "path": path,
            "link": f"{SITE}/category/{path}/",
        }
        sections.append(section)
        by_slug[slug] = section
    return sections, by_slug


def build_categories(sections, posts):
    """The categories endpoint's answer, in the site's navigation order."""
    counts = {s["id"]: 0 for s in sections}
    for post in posts:
        for cat_id in post["categories"]:
            counts[cat_id] += 1
    result = []
    for s in sections:
        links = {
            "self": [{"href": f"{API}/categories/{s['id']}"}],
            "collection": [{"href": f"{API}/categories"}],
            "about": [{"href": f"{SITE}/wp-json/wp/v2/taxonomies/category"}],
        }
        if s["parent"]:
            links["up"] = [{"embeddable": True, "href": f"{API}/categories/{s['parent']}"}]
        links["wp:post_type"] = [{"href": f"{API}/posts?categories={s['id']}"}]
        links["curies"] = [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}]
        result.append({
            "id": s["id"],
            "count": counts[s["id"]],
            "description": s["description"],
            "link": s["link"],
            "name": s["name"],
            "slug": s["slug"],
            "taxonomy": "category",
            "parent": s["parent"],
            "meta": [],
            "_links": links,
        })
    return result


# ---------------------------------------------------------------------------
# Authors, tags, dates
# ---------------------------------------------------------------------------

def build_authors(authors):
    """AUTHORS data -> {slug: embedded author object}."""
    result = {}
    for number, (slug, name, description) in enumerate(authors):
        avatar = f"{SITE}/wp-content/uploads/avatars/{slug}"
        result[slug] = {
            "id": 3 + number,
            "name": name,
            "url": "",
            "description": description,
            "link": f"{SITE}/author/{slug}/",
            "slug": slug,
            "avatar_urls": {size: f"{avatar}-{size}x{size}.jpg" for size in ("24", "48", "96")},
        }
    return result


def build_tags(articles):
    """Every tag name the articles use -> {name: term}, ids in first-use order."""
    tags = {}
    for article in articles:
        for name in article["tags"]:
            if name not in tags:
                slug = slugify(name)
                tags[name] = {
                    "id": 200 + len(tags),
                    "link": f"{SITE}/tag/{slug}/",
                    "name": html.escape(name, quote=False),
                    "slug": slug,
                    "taxonomy": "post_tag",
                }
    return tags


def wp_time(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def rfc3339_local(moment_utc):
    return wp_time(moment_utc + LOCAL_OFFSET) + LOCAL_OFFSET_TEXT


def schedule(count, rng):
    """Publication times (UTC), newest first: ~13 h apart, in newsroom hours."""
    times = []
    moment = NOW_UTC - dt.timedelta(minutes=rng.randint(20, 90))
    for _ in range(count):
        local_hour = (moment + LOCAL_OFFSET).hour
        if local_hour < 7:  # nothing goes out between midnight and 7:00: move to the evening before
            moment -= dt.timedelta(hours=local_hour + 2)
        times.append(moment.replace(second=0, microsecond=0))
        moment -= dt.timedelta(hours=9 + rng.random() * 8)
    return times


def modification_time(rank, published, rng):
    """One post in four is updated later: hours or days after publication."""
    if rank % 4 != 2:
        return published
    later = published + dt.timedelta(hours=rng.choice([1, 2, 3, 5, 9, 26, 50, 74]), minutes=rng.randint(0, 59))
    return min(later, NOW_UTC)


# ---------------------------------------------------------------------------
# Posts
# ---------------------------------------------------------------------------

def image_names(articles, by_slug):
    """Image base names (None for no image): top section slug and rank within it, e.g. 'monde-3'."""
    seen = {}
    names = []
    for article in articles:
        if not article.get("image", True):
            names.append(None)
            continue
        top = by_slug[article["sections"][0]]["top"]
        seen[top] = seen.get(top, 0) + 1
        names.append(f"{top}-{seen[top]}")
    return names


def build_media(media_id, name, post, top_section, author_id, uploaded):
    """The embedded wp:featuredmedia object for one post (relative image URLs)."""
    folder = uploaded.strftime("%Y/%m")
    sizes = {}
    for size, (width, height) in IMAGE_SIZES.items():
        file = f"{name}.jpg" if size == "full" else f"{name}-{width}x{height}.jpg"
        sizes[size] = {
            "file": file,
            "width": width,
            "height": height,
            "mime_type": "image/jpeg",
            "source_url": f"images/{file}",
        }
    full_w, full_h = IMAGE_SIZES["full"]
    alt = "" if media_id % 5 == 0 else f"Illustration de la rubrique {top_section['plain_name']}"
    return {
        "id": media_id,
        "date": wp_time(uploaded + LOCAL_OFFSET),
        "slug": name,
        "type": "attachment",
        "link": f"{post['link']}{name}/",
        "title": {"rendered": name},
        "author": author_id,
        "caption": {"rendered": f"<p>Illustration&nbsp;: {SITE_NAME} / {top_section['name']}</p>\n"},
        "alt_text": alt,
        "media_type": "image",
        "mime_type": "image/jpeg",
        "media_details": {
            "width": full_w,
            "height": full_h,
            "file": f"{folder}/{name}.jpg",
            "sizes": sizes,
        },
        "source_url": sizes["full"]["source_url"],
    }


def excerpt_html(article, content, use_entities):
    """The standfirst when the article has one, else WordPress's automatic excerpt."""
    if article.get("standfirst"):
        return f"<p>{typeset(article['standfirst'], use_entities)}</p>\n"
    words = plain_words(content)
    text = " ".join(words[:EXCERPT_WORDS])
    if len(words) > EXCERPT_WORDS:
        text += " [&hellip;]"
    return f"<p>{text}</p>\n"


def term_ref(section):
    return {"id": section["id"], "link": section["link"], "name": section["name"],
            "slug": section["slug"], "taxonomy": "category"}


def build_post(article, post_id, media_id, image_name, published, modified, ctx):
    """One article -> the object the posts endpoint returns with _embed."""
    use_entities = post_id % 4 < ENTITY_POSTS_OUT_OF_FOUR
    sections = [ctx["by_slug"][slug] for slug in article["sections"]]
    author = ctx["authors"][article["author"]]
    tags = [ctx["tags"][name] for name in article["tags"]]
    title = typeset(article["title"], use_entities, ampersand="&#038;")
    slug = slugify(article["title"])
    local = published + LOCAL_OFFSET
    link = f"{SITE}/{local:%Y/%m/%d}/{slug}/"
    content = typeset(markup_to_gutenberg(article["body"]), use_entities)
    post = {
        "id": post_id,
        "date": wp_time(local),
        "date_gmt": wp_time(published),
        "guid": {"rendered": f"{SITE}/?p={post_id}"},
        "modified": wp_time(modified + LOCAL_OFFSET),
        "modified_gmt": wp_time(modified),
        "slug": slug,
        "status": "publish",
        "type": "post",
        "link": link,
        "title": {"rendered": title},
        "content": {"rendered": content, "protected": False},
        "excerpt": {"rendered": excerpt_html(article, content, use_entities), "protected": False},
        "author": author["id"],
        "featured_media": media_id if image_name else 0,
        "comment_status": "closed",
        "ping_status": "closed",
        "sticky": False,
        "template": "",
        "format": "standard",
        "meta": {"footnotes": ""},
        "categories": [s["id"] for s in sections],
        "tags": [t["id"] for t in tags],
        "class_list": [f"post-{post_id}", "post", "type-post", "status-publish", "format-standard"]
        + (["has-post-thumbnail"] if image_name else [])
        + [f"category-{s['slug']}" for s in sections]
        + [f"tag-{t['slug']}" for t in tags],
    }
    post["_links"] = {
        "self": [{"href": f"{API}/posts/{post_id}"}],
        "collection": [{"href": f"{API}/posts"}],
        "author": [{"embeddable": True, "href": f"{API}/users/{author['id']}"}],
        "wp:term": [
            {"taxonomy": "category", "embeddable": True, "href": f"{API}/categories?post={post_id}"},
            {"taxonomy": "post_tag", "embeddable": True, "href": f"{API}/tags?post={post_id}"},
        ],
    }
    embedded = {"author": [author]}
    if image_name:
        post["_links"]["wp:featuredmedia"] = [{"embeddable": True, "href": f"{API}/media/{media_id}"}]
        top = ctx["by_slug"][sections[0]["top"]]
        embedded["wp:featuredmedia"] = [
            build_media(media_id, image_name, post, top, author["id"], published - dt.timedelta(minutes=25))
        ]
    embedded["wp:term"] = [[term_ref(s) for s in sections], tags]
    post["_embedded"] = embedded
    return post


def build_posts(articles, ctx):
    """All posts, newest first, with ids growing with publication time."""
    rng = random.Random(20261125)
    names = image_names(articles, ctx["by_slug"])
    order = list(range(len(articles)))
    rng.shuffle(order)  # publication order mixes the sections
    times = schedule(len(articles), rng)  # newest first
    posts = []
    post_id = 48213
    for rank in reversed(range(len(order))):  # oldest first, so ids grow with time
        index = order[rank]
        post_id += rng.randint(5, 40)
        published = times[rank]
        modified = modification_time(rank, published, rng)
        posts.append(build_post(articles[index], post_id, post_id + rng.randint(1, 3),
                                names[index], published, modified, ctx))
    return list(reversed(posts))


# ---------------------------------------------------------------------------
# JSON Feed 1.1
# ---------------------------------------------------------------------------

def plain_text(markup):
    return " ".join(html.unescape(TAG_RE.sub(" ", markup)).split())


def build_jsonfeed(posts, ctx):
    """The newest posts as a JSON Feed 1.1 document (what other publishers send)."""
    names_by_id = {s["id"]: s["plain_name"] for s in ctx["sections"]}
    items = []
    for post in posts[:JSONFEED_ITEMS]:
        author = post["_embedded"]["author"][0]
        published = dt.datetime.fromisoformat(post["date_gmt"])
        modified = dt.datetime.fromisoformat(post["modified_gmt"])
        item = {
            "id": post["guid"]["rendered"],
            "url": post["link"],
            "title": plain_text(post["title"]["rendered"]),
            "content_html": strip_block_comments(post["content"]["rendered"]),
            "summary": plain_text(post["excerpt"]["rendered"]),
        }
        media = post["_embedded"].get("wp:featuredmedia")
        if media:
            item["image"] = media[0]["media_details"]["sizes"]["medium_large"]["source_url"]
        item["date_published"] = rfc3339_local(published)
        if modified != published:
            item["date_modified"] = rfc3339_local(modified)
        item["authors"] = [{"name": author["name"], "url": author["link"]}]
        item["tags"] = [names_by_id[c] for c in post["categories"]]
        items.append(item)
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"{SITE_NAME} — Actualités du Maroc et du monde",
        "home_page_url": SITE + "/",
        "feed_url": SITE + "/feed/json/",
        "description": "Les derniers articles du Journal : Maroc, économie, entreprises, monde, "
                       "chroniques, sports, culture et planète.",
        "language": "fr",
        "authors": [{"name": "La rédaction du Journal", "url": SITE + "/"}],
        "items": items,
    }


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

def check_articles(articles, by_slug, authors):
    """Fail early on data mistakes: unknown sections or authors, duplicate titles."""
    slugs = set()
    for article in articles:
        for section in article["sections"]:
            assert section in by_slug, f"unknown section {section!r} in {article['title']!r}"
        assert article["author"] in authors, f"unknown author {article['author']!r}"
        slug = slugify(article["title"])
        assert slug not in slugs, f"two articles share the slug {slug!r}"
        slugs.add(slug)


def write_json(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main():
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "assets" / "sample"
    out_dir.mkdir(parents=True, exist_ok=True)

    sections, by_slug = index_sections(SECTIONS)
    authors = build_authors(AUTHORS)
    check_articles(ARTICLES, by_slug, authors)
    ctx = {"sections": sections, "by_slug": by_slug, "authors": authors, "tags": build_tags(ARTICLES)}

    posts = build_posts(ARTICLES, ctx)
    categories = build_categories(sections, posts)
    jsonfeed = build_jsonfeed(posts, ctx)

    write_json(out_dir / "categories.json", categories)
    write_json(out_dir / "posts.json", posts)
    write_json(out_dir / "jsonfeed.json", jsonfeed)

    with_image = sum(1 for p in posts if p["featured_media"])
    print(f"make_sample_feed: {len(posts)} posts ({with_image} with an image), "
          f"{len(categories)} categories, {len(ctx['tags'])} tags, "
          f"{len(jsonfeed['items'])} JSON Feed items -> {out_dir}")


# ===========================================================================
# DATA: everything below is invented for this sample. People, companies,
# clubs, films and books are fictitious; links point to made-up .example sites.
# ===========================================================================

# (name, slug, description, children). Order is the site's navigation order.
SECTIONS = [
    ("Maroc", "maroc", "L'actualité politique, sociale et économique du Royaume.", [
        ("Opinions", "opinions", "Tribunes et points de vue.", []),
        ("Politique", "politique", "", []),
        ("Société", "societe", "", []),
        ("Culture", "maroc-culture", "", []),
        ("Economie", "maroc-economie", "", []),
        ("Entreprises", "maroc-entreprises", "", []),
        ("Finances et Marchés", "finances-et-marches", "Bourse, banques, taux et devises.", []),
        ("Durabilité", "durabilite", "", []),
    ]),
    ("Economie", "economie", "Conjoncture, finances publiques, emploi et consommation.", [
        ("Banques & Assurances", "banques-assurances", "", []),
    ]),
    ("Entreprises", "entreprises", "La vie des entreprises marocaines et de leurs dirigeants.", [
        ("Start-up", "start-up", "", []),
    ]),
    ("Monde", "monde", "L'actualité internationale.", [
        ("Afrique", "afrique", "", []),
        ("Asie", "asie", "", []),
        ("Amériques", "ameriques", "", []),
        ("Europe", "europe", "", []),
        ("Océanie", "oceanie", "", []),
        ("Planète", "monde-planete", "", []),
        ("Géopolitique", "geopolitique", "", []),
        ("Économie mondiale", "economie-mondiale", "", []),
        ("Conflictualité", "conflictualite", "", [
            ("Conflits militaires", "conflits-militaires", "", [
                ("Guerre en Ukraine", "guerre-en-ukraine", "", []),
            ]),
        ]),
    ]),
    ("Chroniques", "chroniques", "Les chroniques et éditoriaux de la rédaction.", [
        ("Éditorial", "editorial", "", []),
    ]),
    ("Sports", "sports", "Football, athlétisme, sports de glisse et tout le reste.", [
        ("Football", "football", "", []),
        ("Athlétisme", "athletisme", "", []),
    ]),
    ("Culture", "culture", "Cinéma, livres, musique, patrimoine et scènes.", [
        ("Cinéma", "cinema", "", []),
        ("Livres & Idées", "livres-idees", "", []),
        ("Musique", "musique", "", []),
    ]),
    ("Planète", "planete", "Climat, eau, énergie et biodiversité.", [
        ("Climat", "climat", "", []),
        ("Biodiversité", "biodiversite", "", []),
    ]),
]

# (slug, name, description)
AUTHORS = [
    ("nadia-benali", "Nadia Benali", "Journaliste au service Maroc, elle suit la politique et les territoires."),
    ("youssef-el-amrani", "Youssef El Amrani", "Rédacteur en chef adjoint, chargé de l'économie."),
    ("salma-idrissi", "Salma Idrissi", "Journaliste au service Entreprises."),
    ("karim-alaoui-serghini", "Karim Alaoui Serghini", "Grand reporter au service Monde."),
    ("omar-lahlou", "Omar Lahlou", "Chroniqueur."),
    ("amine-rachidi", "Amine Rachidi", "Journaliste au service Sports."),
    ("leila-ouazzani", "Leïla Ouazzani", "Journaliste au service Culture."),
    ("ines-berrada", "Inès Berrada", "Journaliste spécialisée en climat et environnement."),
    ("hamza-dkhissi", "Hamza Dkhissi", "Correspondant à Agadir."),
    ("la-redaction", "La Rédaction", ""),
]

ARTICLES = []  # filled in below, one section at a time

# --- Maroc -----------------------------------------------------------------
ARTICLES += [
    dict(
        sections=("maroc", "politique"),
        author="nadia-benali",
        tags=("Régions", "Parlement", "Finances publiques"),
        title="Régionalisation : les conseils régionaux réclament des « ressources propres » avant 2027",
        standfirst="Réunis à Béni Mellal, les présidents des douze régions ont adopté une déclaration commune. "
                   "Ils demandent que la part de l'impôt sur les sociétés qui leur revient soit relevée.",
        body="""
Dix ans après l'entrée en vigueur des lois organiques sur les collectivités territoriales, les régions
veulent changer d'échelle. Réunis jeudi à Béni Mellal pour leur conférence annuelle, les présidents des
douze conseils régionaux ont adopté à l'unanimité une déclaration qui réclame <strong>un transfert
plus rapide des compétences partagées</strong> et, surtout, des recettes qui ne dépendent plus
seulement des dotations de l'État.

Le constat est connu. Sur un budget régional moyen de 1,5 milliard de dirhams, près de 85% proviennent
encore de transferts décidés à Rabat. Les ressources propres — taxes sur les permis de chasse, redevances
minières, droits sur les services portuaires — pèsent peu et progressent lentement. Résultat : les conseils régionaux ont souvent le sentiment d'administrer des
programmes décidés ailleurs plutôt que de conduire leurs propres politiques, qu'il s'agisse de transport
interurbain, de formation professionnelle ou de soutien aux zones d'activités.

## Trois demandes chiffrées

La déclaration de Béni Mellal avance trois propositions précises, que la conférence entend défendre
lors de l'examen du prochain projet de loi de finances :

1. porter de 5% à 7% la part du produit de l'impôt sur les sociétés affectée aux régions ;
2. créer un fonds de péréquation pour les régions dont le potentiel fiscal est le plus faible ;
3. autoriser les régions à emprunter sur les marchés pour financer des projets d'infrastructure.

> « Nous ne demandons pas plus d'argent pour fonctionner, nous demandons les moyens d'investir. Une région qui attend sa dotation pour lancer un chantier [de routes rurales, NDLR] perd une saison entière. »
> — Le président de la conférence des régions, en ouverture des travaux

Au ministère de l'Intérieur, on rappelle que la part de l'impôt sur les sociétés a déjà été relevée une
fois et que les crédits d'investissement régionaux non consommés dépassaient 6 milliards de dirhams à la
fin de l'an dernier. <em>« La question n'est pas seulement celle du volume, mais de la capacité à
exécuter »</em>, résume un haut fonctionnaire. Les
services de l'État soulignent aussi le manque d'ingénieurs et de gestionnaires de projets dans
plusieurs administrations régionales, où les recrutements ont pris du retard.

## Un calendrier serré

Les élus espèrent obtenir un premier geste dès le budget 2027. Les groupes parlementaires de la
majorité comme de l'opposition ont reçu la déclaration, et une journée d'étude est annoncée à la
Chambre des conseillers en janvier. Le texte complet est consultable sur
<a href="https://www.conference-regions.example/declaration-beni-mellal">le site de la conférence</a>.
""",
    ),
    dict(
        sections=("maroc", "societe"),
        author="nadia-benali",
        tags=("Casablanca", "Transport"),
        title="À Casablanca, le tramway de nuit séduit les travailleurs de l'aube",
        body="""
Il est 4 h 40 à la station Place des Nations Unies et la rame est déjà à moitié pleine. Infirmières,
boulangers, agents de nettoyage et employés des centres d'appels : depuis la mise en service, en
septembre, de <strong>départs toutes les vingt minutes entre minuit et 5 h</strong>, le tramway de nuit a
trouvé son public.

Selon l'exploitant, la fréquentation moyenne atteint 3 200 voyageurs par nuit en semaine, contre 1 900
prévus. Le service, testé sur la seule ligne T1, pourrait être étendu au printemps à la ligne T2.

> « Avant, je payais un petit taxi tous les matins. Maintenant, j'arrive à l'heure et il me reste 600 dirhams à la fin du mois. »
> — Fatima, aide-soignante, qui embauche à 5 h 30

Les associations d'usagers demandent toutefois un meilleur éclairage aux abords de certaines stations
et davantage d'agents de sécurité à bord après 2 h du matin.
""",
    ),
    dict(
        sections=("maroc", "durabilite"),
        author="hamza-dkhissi",
        tags=("Eau", "Agriculture", "Souss-Massa", "Sécheresse"),
        title="Stress hydrique : le Souss mise sur le goutte-à-goutte « intelligent »",
        standfirst="Capteurs d'humidité, vannes pilotées par téléphone, tarification au volume : dans la plaine "
                   "du Souss, les agriculteurs testent une irrigation au plus juste. Reportage.",
        body="""
Dans la ferme de Brahim Aït Lahcen, à une vingtaine de kilomètres d'Agadir, les tomates cerises ne
reçoivent plus d'eau à heure fixe. Ce sont des sondes plantées tous les cinquante mètres qui décident.
Lorsque l'humidité du sol descend sous un seuil fixé par l'agronome, une vanne s'ouvre, le temps
d'apporter quelques litres, puis se referme. <em>« Au début, je vérifiais tout à la main, je ne faisais
pas confiance à la machine »</em>, sourit l'exploitant, qui cultive 14 hectares sous serre. Deux
campagnes plus tard, il estime avoir réduit sa consommation d'eau de 30% sans perte de rendement. Sur son téléphone, une application affiche la carte de la ferme, secteur par
secteur, avec des pastilles vertes, orange ou rouges. Il la consulte le matin avant même de boire son
café.

La plaine du Souss est l'un des territoires les plus exposés du pays au manque d'eau. La nappe
phréatique y baisse d'un à deux mètres par an selon les secteurs, et plusieurs années de faibles
précipitations ont vidé les barrages de la région. L'usine de dessalement de Chtouka, qui alimente à la
fois Agadir et une partie des périmètres irrigués, a desserré l'étau sans le faire disparaître : l'eau
dessalée coûte cher, et les agriculteurs savent qu'ils devront en consommer moins. Dans certaines communes, les puits doivent désormais descendre à plus
de cent cinquante mètres pour trouver de l'eau, et le coût du pompage, même solaire, grève les comptes
des petites exploitations. Les plus fragiles ont déjà abandonné une partie de leurs parcelles.

## Un programme pilote sur 4 000 hectares

C'est dans ce contexte qu'a été lancé, il y a deux ans, un programme pilote associant l'office régional
de mise en valeur agricole, une coopérative de producteurs et une jeune entreprise d'Agadir spécialisée
dans les objets connectés. Il couvre aujourd'hui 4 000 hectares et 310 exploitations, des grandes fermes
exportatrices aux petits producteurs de légumes de plein champ. L'idée de départ est simple : la plupart des
exploitations du Souss sont déjà équipées du goutte-à-goutte, mais celui-ci est souvent piloté à
l'instinct, avec des apports fixés par habitude plutôt que selon les besoins réels des plantes. Le
gisement d'économies se trouve donc moins dans l'équipement que dans la manière de s'en servir.

Le principe tient en quelques étapes, que les techniciens du programme détaillent dans leur guide
d'installation :

1. cartographier la parcelle et son sol, pour placer les sondes là où elles sont représentatives ;
2. raccorder les vannes existantes à un boîtier de commande alimenté par un petit panneau solaire ;
3. fixer, culture par culture, les seuils d'humidité qui déclenchent l'arrosage ;
4. suivre la consommation sur une application, qui envoie aussi des alertes en cas de fuite.

Le coût d'équipement varie de 9 000 à 25 000 dirhams par hectare selon l'état du réseau de goutte-à-goutte
existant. L'État en subventionne une partie dans le cadre du Fonds de développement agricole, et la
coopérative avance le reste à ses membres, remboursé sur trois campagnes. Pour une exploitation de 5 hectares, la part restant à la charge de
l'agriculteur représente l'équivalent d'une bonne récolte de tomates. C'est beaucoup, mais les premiers
utilisateurs affirment l'avoir amortie en deux à trois campagnes, grâce aux économies d'eau et
d'électricité de pompage.

## Ce que disent les premiers résultats

Le bilan de la deuxième campagne, présenté début novembre aux agriculteurs, est encourageant. Il reste
toutefois inégal selon les cultures et la taille des exploitations :

- <strong>Maraîchage sous serre</strong> : 25% à 35% d'eau en moins, pour des rendements stables.
- <strong>Agrumes</strong> : des économies plus modestes, autour de 15%, car les vergers étaient déjà bien équipés.
- <strong>Petites exploitations</strong> : des gains réels mais freinés par plusieurs obstacles.
  - une couverture mobile irrégulière dans certains douars ;
  - le manque de formation à l'application ;
  - la difficulté d'avancer la part non subventionnée.

> « La technologie ne fabrique pas d'eau. Elle permet de ne plus gaspiller celle que l'on a, et de savoir enfin ce que l'on consomme. Sans mesure, il n'y a pas de gestion possible. »
> — Rachida Ennaji, agronome et coordinatrice du programme

Pour les hydrologues, la mesure est justement le cœur du sujet. Tant que les prélèvements dans la nappe
ne sont pas comptés, les économies réalisées sur une parcelle peuvent servir à étendre les surfaces
irriguées ailleurs. C'est ce que les spécialistes appellent l'effet rebond, bien documenté dans
d'autres régions arides du monde. Le programme a donc associé l'installation des sondes à la pose de
compteurs sur les puits, une condition que certains exploitants ont d'abord jugée intrusive. <em>« Au début, certains
pensaient que nous venions les contrôler pour les taxer »</em>, raconte un technicien de l'office. Il a
fallu des réunions dans chaque douar, et la promesse que les données resteraient confidentielles, pour
convaincre les plus réticents.

## Vers une tarification au volume

Dernière étape, et la plus sensible : la tarification. Dans le périmètre pilote, l'eau de surface et
l'eau dessalée sont désormais facturées au mètre cube réellement consommé, avec un tarif progressif
au-delà d'un volume de référence par hectare. L'agence du bassin hydraulique souhaite étendre le
dispositif à l'ensemble de la plaine d'ici 2028. Les
associations d'agriculteurs ne rejettent pas le principe, mais demandent que le volume de référence
tienne compte de la taille des exploitations et que les plus petites bénéficient d'un tarif social. Le rapport d'évaluation du programme est publié sur
<a href="https://www.observatoire-eau-souss.example/rapport-campagne-2">le site de l'observatoire régional de l'eau</a>.
Chez Brahim Aït Lahcen, on ne se fait pas d'illusion : <em>« L'eau sera plus chère, c'est certain.
La seule question est de savoir si nous serons prêts. »</em>
""",
    ),
    dict(
        sections=("maroc", "maroc-economie", "finances-et-marches"),
        author="youssef-el-amrani",
        tags=("Banques", "Épargne", "Taux d'intérêt"),
        title="Épargne : les dépôts à terme retrouvent la faveur des ménages",
        standfirst="Portés par des taux plus attractifs, les dépôts à terme ont progressé de 9% en un an. "
                   "Les banques se disputent une épargne longtemps restée dormante sur les comptes courants.",
        body="""
C'est un retournement discret mais net. Après plusieurs années de recul, les dépôts à terme des
particuliers ont augmenté de 9% sur un an à fin septembre, pour atteindre 162 milliards de dirhams,
selon les statistiques monétaires publiées cette semaine. Dans le même temps, les dépôts à vue ne
progressaient que de 4%.

L'explication tient d'abord aux taux. Les banques rémunèrent désormais les placements à douze mois
entre 2,8% et 3,4%, contre moins de 2,5% il y a deux ans. Pour un ménage qui place 100 000 dirhams, la
différence représente près de 1 000 dirhams d'intérêts supplémentaires par an, avant impôt.

## La bataille des nouveaux clients

Les établissements ne se contentent pas de relever leurs taux. Plusieurs d'entre eux proposent des
comptes à terme ouverts entièrement en ligne, avec un dépôt minimum ramené à 5 000 dirhams. Une manière
de toucher une clientèle jeune, souvent bancarisée mais peu épargnante.

> « Le Marocain épargne, mais il épargne liquide. Il garde de l'argent sur son compte courant, voire chez lui, par prudence. Le défi est de lui montrer qu'un placement bloqué un an n'est pas une prise de risque. »
> — Un directeur de la banque de détail d'un grand réseau casablancais

Les analystes restent prudents : si l'inflation, aujourd'hui modérée, venait à repartir, le rendement
réel de ces placements redeviendrait négatif. Mais pour l'heure, l'épargne à terme tient sa revanche.
""",
    ),
    dict(
        sections=("maroc", "opinions"),
        author="omar-lahlou",
        tags=("Éducation", "École publique"),
        title="« L'école publique mérite mieux que des réformes en slogans »",
        standfirst="Chaque gouvernement annonce sa réforme de l'éducation. Et si la priorité était, pour une fois, "
                   "de laisser le temps aux enseignants de faire leur métier ?",
        body="""
J'ai compté. Depuis que je suis en âge de lire les journaux, l'école marocaine a connu au moins six
réformes qualifiées d'« historiques ». Une charte, un plan d'urgence, une vision stratégique, une
loi-cadre, une feuille de route&hellip; Chaque fois, le diagnostic est juste, les objectifs ambitieux, les
chiffres impressionnants. Et chaque fois, dans la salle de classe d'une petite ville, un enseignant
découvre à la rentrée qu'il doit changer de manuel, de méthode et parfois de langue d'enseignement.

Je ne plaide pas pour l'immobilisme. Les résultats des évaluations internationales sont là pour nous
rappeler qu'une part trop importante des élèves de fin de primaire ne maîtrise pas la lecture. Mais on
ne redresse pas un système éducatif à coups de circulaires. On le redresse en stabilisant ce qui
fonctionne, en mesurant honnêtement ce qui ne fonctionne pas, et en faisant confiance à ceux qui sont
devant les élèves. Les pays
qui ont réussi à améliorer durablement leurs résultats n'ont pas multiplié les plans : ils ont choisi
quelques priorités, la lecture et le calcul au primaire notamment, et s'y sont tenus pendant une
décennie, quelle que soit la couleur des gouvernements successifs.

## Ce que disent les enseignants

J'ai passé une journée, le mois dernier, dans une école primaire de la périphérie de Meknès. La
directrice m'a montré les classeurs de « projets d'établissement » accumulés depuis quinze ans. Elle
m'a dit, sans amertume : « Si on nous avait laissé le même programme pendant dix ans, avec une vraie
formation, nous aurions fait des merveilles. » Je n'ai rien trouvé à lui répondre.

Les enseignants ne demandent pas la lune. Des classes moins chargées — certaines dépassent encore
45 élèves —, une formation continue qui ne se résume pas à trois jours de séminaire, et un peu de
considération. Le mot peut sembler désuet, il est central. Un jeune
professeur affecté dans un village de montagne, loin de sa famille, payé au même salaire qu'en ville et
sans logement de fonction digne de ce nom, demandera sa mutation à la première occasion. Comment
s'étonner alors que les écoles rurales voient défiler les enseignants ?

## Le temps, cette ressource oubliée

La tentation du politique est de vouloir des résultats avant la prochaine échéance électorale. Or
l'éducation est le domaine par excellence du temps long : un enfant qui entre en première année
aujourd'hui passera son baccalauréat dans douze ans. Aucune réforme ne peut être jugée en moins d'une
génération d'élèves.

Je fais donc un vœu simple pour la prochaine rentrée : qu'aucune réforme ne soit annoncée. Qu'on
évalue, qu'on corrige, qu'on forme. Et qu'on laisse l'école respirer.
""",
    ),
    dict(
        sections=("maroc", "maroc-culture"),
        author="leila-ouazzani",
        tags=("Fès", "Patrimoine", "Artisanat"),
        title="Fès : la restauration des fondouks de la médina entre dans sa dernière phase",
        standfirst="Sept anciens caravansérails doivent rouvrir d'ici l'été, transformés en ateliers d'artisans "
                   "et en lieux d'exposition.",
        body="""
Derrière la porte monumentale en cèdre sculpté, la cour du fondouk s'ouvre sur trois étages de
galeries. Les échafaudages ont disparu du rez-de-chaussée, où les premiers artisans — un dinandier, deux
brodeuses, un relieur — se sont installés le mois dernier. Les étages supérieurs, eux, sont encore aux
mains des maâlems plâtriers.

Ce fondouk du XVIII<sup>e</sup> siècle est l'un des sept que compte le programme de réhabilitation
lancé en 2022, pour un budget global de 320 millions de dirhams. Cinq sont achevés, les deux derniers
doivent l'être avant juin.

> « Nous avons voulu que ces lieux restent vivants. Un fondouk, c'était un lieu de commerce et de fabrication, pas un musée. »
> — L'architecte chargée du chantier

Les loyers, fixés par une convention avec l'association des artisans, restent modestes : de 800 à
1 500 dirhams par mois selon la surface. En contrepartie, les ateliers doivent être ouverts au public
au moins cinq jours par semaine. Une condition qui ne gêne pas Abdellatif, le dinandier : <em>« Les
visiteurs posent des questions, ils voient le travail. C'est comme ça qu'on vend. »</em>
""",
    ),
]

# --- Economie --------------------------------------------------------------
ARTICLES += [
    dict(
        sections=("economie",),
        author="la-redaction",
        tags=("Inflation", "Consommation"),
        title="Inflation : la hausse des prix ralentit à 1,8% sur un an en octobre",
        standfirst="L'indice des prix à la consommation poursuit sa décrue, tiré vers le bas par les produits "
                   "alimentaires frais.",
        body="""
La hausse des prix à la consommation a ralenti à 1,8% sur un an en octobre, après 2,1% en septembre,
selon les chiffres publiés mardi par l'Observatoire national des prix. Sur un mois, l'indice est stable.

Les produits alimentaires ont reculé de 0,6% par rapport à septembre, sous l'effet de la baisse des prix
des légumes frais (-4,2%) et de la volaille (-2,9%). Les prix des produits non alimentaires ont, eux,
progressé de 0,4%, portés par les services de transport et l'enseignement.

L'inflation sous-jacente, qui exclut les produits à prix volatils et les tarifs réglementés, s'établit à
1,6% sur un an. Un niveau qui conforte, selon plusieurs économistes, l'hypothèse d'un statu quo sur le
taux directeur lors de la prochaine réunion de politique monétaire, en décembre.
""",
    ),
    dict(
        sections=("economie", "banques-assurances"),
        author="youssef-el-amrani",
        tags=("Assurance", "Agriculture", "Sécheresse"),
        title="Assurance agricole : une couverture élargie face aux aléas climatiques",
        standfirst="La nouvelle garantie multirisque couvre désormais la sécheresse tardive et les vagues de "
                   "chaleur. Objectif affiché : 2 millions d'hectares assurés d'ici trois ans.",
        body="""
Les agriculteurs pourront, dès la campagne qui s'ouvre, s'assurer contre un risque jusqu'ici mal
couvert : la sécheresse de fin de cycle, celle qui frappe au printemps, quand les céréales sont en
pleine formation du grain. La nouvelle garantie multirisque climatique, présentée à Meknès par la
mutuelle agricole et les pouvoirs publics, étend aussi la couverture aux <strong>vagues de chaleur</strong>
et aux <strong>vents de sable</strong>.

La prime reste subventionnée à hauteur de 50% à 90% selon la taille de l'exploitation. Pour un petit
céréalier de la Chaouia, assurer un hectare coûtera entre 40 et 90 dirhams par an, pour un capital
garanti pouvant aller jusqu'à 3 500 dirhams.

## L'indice satellitaire, nouvel arbitre

Principale nouveauté : l'indemnisation ne repose plus seulement sur l'expertise de terrain. Un indice
calculé à partir d'images satellites mesure l'état de la végétation, commune par commune. Lorsque cet
indice passe sous un seuil, les indemnités sont versées automatiquement.

> « L'expertise individuelle prenait des mois et nourrissait la suspicion. Avec l'indice, tout le monde est traité de la même façon, et l'argent arrive avant la campagne suivante. »
> — Le directeur technique de la mutuelle

Les organisations agricoles saluent l'avancée mais pointent un risque : qu'une parcelle sinistrée soit
située dans une commune dont l'indice moyen reste au-dessus du seuil. Un recours individuel est prévu,
sur dossier.
""",
    ),
    dict(
        sections=("economie", "maroc-economie"),
        author="youssef-el-amrani",
        tags=("Tourisme", "Devises"),
        title="Tourisme : les recettes en devises déjà au niveau de toute l'année précédente",
        body="""
À fin octobre, les recettes des voyageurs étrangers ont atteint 104 milliards de dirhams, soit
l'équivalent de l'ensemble de l'année précédente, selon l'Office des changes. Les arrivées aux postes
frontières progressent de 11% sur dix mois.

Les professionnels attribuent cette dynamique à l'ouverture de nouvelles lignes aériennes à bas coûts
vers Agadir, Essaouira et Dakhla, et au retour des marchés lointains. Les nuitées dans les
établissements classés augmentent toutefois moins vite que les arrivées (+6%), signe d'une part
croissante de l'hébergement chez l'habitant et des locations de courte durée.

<strong>Les recettes en devises du tourisme couvrent désormais près de la moitié du déficit
commercial</strong>, rappellent les économistes, qui soulignent le rôle de ce secteur dans l'équilibre
des comptes extérieurs.
""",
    ),
    dict(
        sections=("economie",),
        author="salma-idrissi",
        tags=("Logistique", "Ports", "Tanger"),
        title="Logistique : les zones portuaires s'arrachent les entrepôts frigorifiques",
        standfirst="Autour de Tanger Med et de Casablanca, la demande d'espaces sous température dirigée "
                   "dépasse l'offre. Les loyers ont bondi de 20% en deux ans.",
        body="""
Trouver 2 000 mètres carrés d'entrepôt frigorifique près d'un port marocain relève aujourd'hui de la
gageure. Selon un cabinet de conseil en immobilier d'entreprise, le taux de vacance des entrepôts sous
température dirigée est tombé sous les 3% dans la zone de Tanger Med et autour du port de Casablanca.

La demande vient de trois secteurs à la fois : les exportateurs de fruits rouges et d'agrumes, les
industriels de l'agroalimentaire et, plus récemment, les laboratoires pharmaceutiques, dont les
produits doivent être conservés entre 2 et 8 degrés.

## Des investisseurs étrangers en embuscade

Plusieurs fonds spécialisés dans la logistique étudient des projets de plateformes de 20 000 à
40 000 mètres carrés. L'un d'eux a acquis en septembre un terrain de 12 hectares dans la zone
d'activités de Tanger Automotive City.

> « Le Maroc est devenu un point de passage entre l'Europe, l'Afrique de l'Ouest et l'Amérique. Il manque des entrepôts modernes, bien isolés et économes en énergie. »
> — Un promoteur logistique installé à Casablanca

Reste la question énergétique : un entrepôt frigorifique consomme beaucoup d'électricité. Les nouveaux
projets prévoient presque tous des centrales solaires en toiture, qui couvrent jusqu'à 40% des besoins.
""",
    ),
    dict(
        sections=("economie",),
        author="nadia-benali",
        tags=("Emploi", "Jeunes"),
        title="Emploi des jeunes : le programme « Premier contrat » dresse un premier bilan",
        standfirst="Un an après son lancement, le dispositif a permis la signature de 38 000 contrats. "
                   "Un résultat en deçà de l'objectif initial, mais des taux de maintien dans l'emploi encourageants.",
        body="""
Le gouvernement visait 60 000 contrats la première année ; il en a obtenu 38 000. Présenté lundi devant
la commission des secteurs sociaux, le bilan du programme « Premier contrat », qui prend en charge une
partie du salaire des jeunes diplômés pendant dix-huit mois, est contrasté.

Côté positif, 72% des bénéficiaires arrivés au terme de l'aide sont restés dans leur entreprise. Côté
négatif, les contrats se concentrent dans trois régions — Casablanca-Settat, Rabat-Salé-Kénitra et
Tanger-Tétouan-Al Hoceïma —, qui en rassemblent plus des deux tiers.

## Qui a signé ?

Le profil des bénéficiaires, détaillé dans le rapport, est le suivant :

- 58% de femmes, une proportion supérieure à leur part parmi les demandeurs d'emploi ;
- 64% de diplômés de la formation professionnelle, 36% de l'université ;
- une majorité d'embauches dans les services aux entreprises, le commerce et l'industrie.

<em>« Le dispositif fonctionne là où il y a déjà des emplois. Il ne crée pas d'activité là où il n'y en
a pas »</em>, observe une économiste du travail. Le ministère envisage une prime majorée pour les
embauches dans les provinces où le chômage des jeunes dépasse 30%.
""",
    ),
    dict(
        sections=("economie", "economie-mondiale"),
        author="youssef-el-amrani",
        tags=("Énergie", "Pétrole", "Balance commerciale"),
        title="Pétrole : ce que la baisse des cours change pour la facture énergétique",
        standfirst="Le baril a perdu près d'un quart de sa valeur depuis janvier. Pour le Maroc, qui importe "
                   "l'essentiel de son énergie, c'est un ballon d'oxygène, à condition qu'il dure.",
        body="""
Le prix du baril de Brent évolue depuis plusieurs semaines autour de 62 dollars, contre 80 dollars au
début de l'année. Pour un pays qui importe plus de 90% de l'énergie qu'il consomme, le mouvement n'est
pas anodin : chaque baisse de 10 dollars du baril allège la facture énergétique d'environ 8 milliards de
dirhams en année pleine, selon les estimations couramment retenues par les économistes.

## Un effet visible sur les comptes extérieurs

Les importations de produits énergétiques ont reculé de 14% sur les neuf premiers mois de l'année. Cette
baisse explique à elle seule une bonne partie de la réduction du déficit commercial observée depuis le
printemps.

À la pompe, l'effet est plus discret. Les prix du gazole et de l'essence, libéralisés depuis 2015,
suivent les cours internationaux avec un décalage de plusieurs semaines, et le taux de change du dirham
face au dollar entre aussi en ligne de compte.

## Pourquoi la prudence reste de mise

Les économistes rappellent que les cours du pétrole restent très sensibles aux décisions des pays
producteurs et aux tensions géopolitiques. Ils listent plusieurs facteurs susceptibles d'inverser la
tendance :

1. une réduction concertée de la production par les grands exportateurs ;
2. une reprise plus forte que prévu de la demande asiatique ;
3. une nouvelle flambée des tensions au Moyen-Orient, qui renchérirait aussi le fret maritime.

> « Une baisse des cours est une bonne nouvelle conjoncturelle. La vraie protection, c'est la part des renouvelables dans notre production d'électricité. »
> — Une économiste de l'énergie, lors d'une conférence à Rabat
""",
    ),
]

# --- Entreprises -----------------------------------------------------------
ARTICLES += [
    dict(
        sections=("entreprises", "maroc-entreprises"),
        author="salma-idrissi",
        tags=("Agroalimentaire", "Safi", "Emballage"),
        title="Agroalimentaire : Atlas Conserves inaugure une ligne de sardines sans plastique",
        standfirst="La conserverie de Safi remplace films et barquettes par du carton recyclé. Un "
                   "investissement de 60 millions de dirhams pensé pour ses clients européens.",
        body="""
Dans l'usine d'Atlas Conserves, à la sortie sud de Safi, la nouvelle ligne tourne depuis lundi à
plein régime : 180 000 boîtes par jour, conditionnées par lots de quatre dans un étui en carton recyclé
au lieu du film plastique habituel. L'entreprise familiale, qui emploie 1 100 personnes en haute saison,
y a consacré 60 millions de dirhams.

Le choix répond à une exigence de la grande distribution européenne, qui réalise 70% des ventes de la
conserverie. Plusieurs enseignes ont annoncé qu'elles déréférenceraient, d'ici deux ans, les produits
suremballés de plastique.

> « Nous n'avions pas le choix. Soit nous anticipions, soit nous perdions nos principaux clients. »
> — Le directeur général d'Atlas Conserves

Le surcoût, de l'ordre de 2 centimes par boîte, sera en partie absorbé par l'entreprise. Atlas
Conserves prévoit de convertir ses deux autres lignes d'ici à 2028.
""",
    ),
    dict(
        sections=("entreprises", "start-up"),
        author="salma-idrissi",
        tags=("Fintech", "Levée de fonds", "Rabat"),
        title="Fintech : la start-up rbatie Daftar lève 40 millions de dirhams",
        standfirst="L'application de gestion des crédits entre commerçants et clients veut s'étendre au Sénégal "
                   "et en Côte d'Ivoire.",
        body="""
Le carnet de crédit de l'épicier du coin a désormais son application. Daftar, jeune pousse fondée à
Rabat il y a trois ans, permet aux commerçants de quartier de suivre les achats à crédit de leurs
clients et de leur envoyer des rappels par message. Elle annonce une levée de fonds de 40 millions de
dirhams auprès d'un fonds panafricain et de business angels marocains.

L'application revendique 85 000 commerçants utilisateurs, dont 60% hors des grandes villes. Son modèle
repose sur un abonnement de 49 dirhams par mois pour les fonctionnalités avancées et, depuis peu, sur
des partenariats avec des établissements de paiement.

<strong>La levée doit financer l'ouverture de bureaux à Dakar et Abidjan</strong>, où le crédit
informel entre commerçants et clients est tout aussi répandu. Une quarantaine de recrutements sont
prévus, essentiellement des développeurs et des commerciaux.
""",
    ),
    dict(
        sections=("entreprises",),
        author="salma-idrissi",
        tags=("Automobile", "Industrie", "Kénitra", "Emploi"),
        title="Automobile : l'équipementier Hoshiro s'installe à Kénitra",
        standfirst="Le fabricant de faisceaux électriques va créer 2 400 emplois d'ici trois ans dans la zone "
                   "d'accélération industrielle.",
        body="""
Un nouvel équipementier rejoint l'écosystème automobile de Kénitra. Hoshiro Components, groupe
asiatique spécialisé dans les faisceaux de câblage pour véhicules électriques, a signé jeudi une
convention d'investissement portant sur une usine de 45 000 mètres carrés.

Le site doit démarrer sa production à la fin de l'année prochaine. Il emploiera à terme
2 400 personnes, dont 70% de femmes selon l'entreprise, une proportion habituelle dans ce métier
d'assemblage.

## Un taux d'intégration en hausse

Pour les pouvoirs publics, l'arrivée de Hoshiro conforte la montée en gamme de la filière. Le taux
d'intégration locale des véhicules assemblés au Maroc dépasse désormais 65%, et les faisceaux
électriques constituent l'un des premiers postes d'achat des constructeurs.

> « Les véhicules électriques contiennent deux fois plus de câblage que les modèles thermiques. C'est une chance pour une industrie qui sait assembler vite et bien. »
> — Un responsable de l'association des industriels de l'automobile

La formation sera assurée en partie par l'institut des métiers de l'automobile de Kénitra, qui ouvrira
une session dédiée dès le printemps.
""",
    ),
    dict(
        sections=("entreprises",),
        author="youssef-el-amrani",
        tags=("Gouvernance", "Entreprises familiales", "Transmission"),
        title="Entreprises familiales : le défi de la succession, ou l'art de passer la main",
        standfirst="Près de neuf entreprises marocaines sur dix sont contrôlées par une famille. Beaucoup "
                   "arrivent au moment délicat de la transmission, souvent mal préparée.",
        body="""
Il a fondé son entreprise de négoce de matériaux en 1987, avec un camion et un dépôt de 300 mètres
carrés à Aïn Sebaâ. Trente-huit ans plus tard, le groupe emploie 650 personnes et réalise un chiffre
d'affaires de 1,2 milliard de dirhams. À 71 ans, son fondateur sait qu'il doit transmettre. Mais à qui,
et comment ? Ses trois enfants travaillent dans l'entreprise ; deux neveux aussi. L'aîné dirige les achats, la
cadette la finance, le benjamin vient de rentrer d'un master à l'étranger avec des idées plein la tête
sur la vente en ligne. <em>« Chaque dîner de
famille est devenu un conseil d'administration »</em>, soupire-t-il. Il a demandé que son nom ne soit
pas publié, comme la plupart des dirigeants interrogés pour cet article.

Son cas n'a rien d'exceptionnel. Selon une étude réalisée par une école de commerce casablancaise
auprès de 400 entreprises, 87% des sociétés de taille intermédiaire sont contrôlées par une famille, et
près d'un tiers de leurs dirigeants ont plus de 65 ans. La vague de transmissions des dix prochaines
années concernera plusieurs dizaines de milliers d'emplois. Dans l'industrie, le commerce et le BTP, nombre de ces
entreprises ont été créées dans les années 1970 et 1980, à la faveur de la marocanisation et de
l'ouverture de nouveaux marchés. Leurs fondateurs, souvent autodidactes, ont bâti leur réussite sur
l'intuition, la confiance personnelle et une grande capacité de travail. Des qualités précieuses, mais
qui se transmettent mal par héritage.

## Les pièges classiques

Les conseillers qui accompagnent ces transitions décrivent tous les mêmes écueils. Le premier est le
temps : une succession se prépare sur cinq à dix ans, et la plupart des fondateurs s'y prennent au
dernier moment, souvent après un problème de santé. Le deuxième est le flou : faute de règles écrites,
chacun projette ses attentes, et les rancœurs s'accumulent. Le troisième est la confusion entre
propriété et direction : hériter d'actions ne donne pas forcément les compétences pour diriger. Un quatrième piège, plus
insidieux, tient au fondateur lui-même : beaucoup annoncent leur retrait sans jamais le rendre effectif.
Ils conservent la signature bancaire, continuent de recevoir les clients historiques, reviennent sur les
décisions de leur successeur. <em>« Le pire scénario, c'est le double commandement : les salariés ne
savent plus à qui obéir »</em>, observe un avocat d'affaires casablancais qui a accompagné une trentaine
de transmissions.

Les spécialistes recommandent de traiter séparément plusieurs chantiers :

- <strong>la gouvernance</strong>, avec un conseil d'administration qui compte de vrais administrateurs indépendants ;
- <strong>la propriété</strong>, en organisant la répartition du capital, parfois au moyen d'une holding familiale ;
- <strong>la direction</strong>, en choisissant le ou la successeur sur des critères de compétence ;
  - y compris, si nécessaire, un dirigeant extérieur à la famille ;
  - avec une période de transition où fondateur et successeur travaillent ensemble ;
- <strong>la famille</strong> elle-même, grâce à une charte qui fixe les règles : qui peut travailler dans l'entreprise, à quelles conditions, comment sont versés les dividendes.

## La charte familiale, un outil qui se diffuse

Longtemps perçue comme une curiosité importée, la charte familiale gagne du terrain. Elle n'a pas de
valeur juridique contraignante, mais elle oblige la famille à se parler. Dans un groupe agroalimentaire
du Gharb, sa rédaction a pris dix-huit mois et mobilisé quatre générations. Le document final fait
vingt-deux pages. Il prévoit un droit de préemption entre branches de la famille en cas de vente
d'actions, fixe une politique de dividendes prudente et crée un comité chargé d'examiner les candidatures
des membres de la famille à des postes de direction. Rien de révolutionnaire en apparence ; mais pour
des cousins qui ne s'étaient plus parlé depuis des années, c'était un événement.

> « Le plus difficile n'a pas été d'écrire les règles, mais de dire à voix haute des choses que tout le monde pensait. Par exemple, qu'un cousin qui n'a jamais travaillé dans l'entreprise n'a pas à y entrer comme directeur. »
> — Une administratrice de la troisième génération

Ces chartes prévoient souvent un « conseil de famille », distinct du conseil d'administration, où se
discutent les questions patrimoniales et les projets des uns et des autres. Elles fixent aussi des
conditions d'entrée pour les jeunes générations : un diplôme, une première expérience hors de
l'entreprise, parfois un passage par un poste opérationnel avant toute responsabilité de direction. Certaines familles vont plus loin et créent un « bureau de
famille », une petite structure chargée de gérer le patrimoine hors de l'entreprise, la formation des
jeunes et parfois une fondation. Cette séparation protège la société des besoins financiers des uns et
des autres : un héritier qui veut acheter un appartement ne puise plus dans la trésorerie.

## Quand la famille choisit de vendre

Toutes les histoires ne se terminent pas par une transmission. Faute de successeur, ou pour éviter les
conflits, un nombre croissant de familles choisissent de céder tout ou partie du capital. Les fonds
d'investissement, marocains et étrangers, se sont structurés pour répondre à cette demande. Certains
proposent des prises de participation minoritaires, qui permettent à la famille de rester aux commandes
tout en professionnalisant la gestion. Les valorisations font souvent l'objet de négociations
difficiles : le fondateur estime son entreprise à l'aune de toute une vie de travail, l'investisseur à
celle des flux de trésorerie futurs. Les conseillers recommandent de faire réaliser une évaluation
indépendante bien avant d'ouvrir les discussions.

L'introduction en Bourse reste une option marginale, mais elle revient dans les conversations : la
place de Casablanca a accueilli plusieurs entreprises familiales ces dernières années, et le marché
alternatif, destiné aux sociétés de taille moyenne, cherche à en attirer d'autres. Pour notre négociant
d'Aïn Sebaâ, la décision n'est pas prise. Il a simplement fixé une date : dans deux ans, il ne sera
plus président exécutif. Il a prévenu ses enfants, puis ses principaux
cadres, puis son banquier. Un cabinet a été choisi pour organiser la suite, et un administrateur
indépendant, ancien dirigeant d'une filiale de groupe international, a rejoint le conseil. <em>« C'est la première fois que je l'écris noir sur blanc. Ça m'a fait plus
peur que le premier prêt bancaire. »</em>
""",
    ),
    dict(
        sections=("entreprises",),
        author="hamza-dkhissi",
        tags=("Textile", "Tanger", "Économie circulaire"),
        title="Textile : à Tanger, les ateliers se convertissent au coton recyclé",
        body="""
Dans la zone franche de Tanger, une dizaine d'ateliers de confection travaillent désormais une partie
de leurs commandes avec du fil issu de chutes de coton recyclées. La matière est produite par une
filature installée l'an dernier à Tétouan, qui récupère les chutes de coupe des usines de la région.

Les donneurs d'ordre européens poussent le mouvement : plusieurs marques se sont engagées à intégrer au
moins 30% de fibres recyclées dans leurs collections d'ici 2030. Le fil recyclé coûte environ 15% de
plus que le fil neuf importé, mais la proximité raccourcit les délais de livraison de plusieurs semaines.

Les industriels réclament désormais une filière de collecte des vêtements usagés, pour ne pas dépendre
uniquement des chutes de production.
""",
    ),
    dict(
        sections=("entreprises", "finances-et-marches"),
        author="youssef-el-amrani",
        tags=("Bourse de Casablanca", "BTP", "Résultats"),
        title="Résultats : Ciments & Granulats du Sud profite des grands chantiers",
        standfirst="Le chiffre d'affaires semestriel progresse de 18%. Le titre a gagné 27% depuis janvier à la "
                   "Bourse de Casablanca.",
        body="""
Ciments &amp; Granulats du Sud (CGS) a publié mercredi des résultats semestriels en nette hausse. Le
chiffre d'affaires atteint 2,3 milliards de dirhams (+18%), et le résultat net part du groupe
410 millions (+24%).

La demande est portée par les chantiers d'infrastructures — autoroutes, stades, extensions
portuaires — et par la reprise de la construction de logements dans les régions du Sud. Les volumes
vendus de ciment progressent de 11%, ceux de granulats de 22%.

Le groupe confirme la construction d'un nouveau broyeur près de Guelmim, pour 700 millions de dirhams,
et annonce vouloir réduire de 20% les émissions de CO<sub>2</sub> par tonne de ciment d'ici 2030, grâce
aux combustibles de substitution et aux ajouts de matériaux calcinés. Les analystes saluent des marges
solides mais s'interrogent sur la durabilité d'une croissance très liée à la commande publique.
""",
    ),
]

# --- Monde -----------------------------------------------------------------
ARTICLES += [
    dict(
        sections=("guerre-en-ukraine",),
        author="karim-alaoui-serghini",
        tags=("Ukraine", "Énergie", "Hiver"),
        title="Ukraine : à Kharkiv, l'hiver s'installe sous la menace des coupures d'électricité",
        standfirst="Générateurs dans les cages d'escalier, écoles équipées de poêles, horaires de coupure "
                   "affichés au pied des immeubles : la deuxième ville du pays se prépare à un nouvel hiver de guerre.",
        body="""
Le premier gel est arrivé début novembre, et avec lui les files d'attente devant les quincailleries.
Dans le quartier de Saltivka, au nord-est de Kharkiv, Olena, 63 ans, a acheté deux bouillottes et un
réchaud à gaz. <em>« Nous avons appris à vivre avec les coupures. Ce qui fait peur, ce sont les
coupures longues, quand il fait moins quinze »</em>, dit-elle.

Les frappes répétées contre les centrales et les sous-stations ont fragilisé le réseau. La compagnie
régionale d'électricité publie chaque soir un tableau des coupures programmées, quartier par quartier,
que les habitants consultent comme on consultait autrefois la météo. Les commerçants ont adapté leurs horaires : la boulangerie du
coin ouvre plus tôt les jours où le courant est annoncé le matin, et les coiffeurs s'équipent de
batteries pour ne pas renvoyer leurs clients les cheveux à moitié coupés.

## Des « points d'invincibilité » dans chaque quartier

La municipalité a ouvert plus de 300 points d'accueil chauffés, équipés de générateurs et de
connexions internet par satellite, où chacun peut se réchauffer, recharger son téléphone et boire un
thé. Les écoles, qui accueillent les élèves en partie dans des abris souterrains, ont reçu des poêles
à bois en réserve.

> « Nous faisons en sorte que chaque habitant soit à moins de quinze minutes à pied d'un lieu chauffé. C'est devenu notre premier indicateur. »
> — Un responsable des services municipaux

Les organisations humanitaires s'inquiètent surtout pour les personnes âgées isolées dans les étages
élevés, privées d'ascenseur lors des coupures. Des volontaires font du porte-à-porte pour recenser
celles qui ont besoin d'aide. <strong>L'hiver dernier, plusieurs immeubles sont restés plus de
trois jours sans chauffage</strong>, et la municipalité a dû évacuer temporairement leurs occupants
les plus vulnérables vers des centres d'hébergement.
""",
    ),
    dict(
        sections=("guerre-en-ukraine", "afrique", "economie-mondiale"),
        author="karim-alaoui-serghini",
        tags=("Ukraine", "Blé", "Sécurité alimentaire", "Afrique"),
        title="Guerre en Ukraine : comment le conflit a redessiné les routes du blé vers l'Afrique",
        standfirst="Les pays africains importateurs de céréales ont dû diversifier leurs fournisseurs. "
                   "Près de quatre ans après le début de la guerre, la carte du commerce du blé n'est plus la même.",
        body="""
Avant février 2022, la mer Noire était le grenier de l'Afrique du Nord et d'une partie de l'Afrique de
l'Est. L'Ukraine et la Russie assuraient ensemble près d'un tiers des exportations mondiales de blé, et
certains pays, comme l'Égypte ou la Tunisie, leur achetaient plus de la moitié de leurs importations.
La guerre a brutalement rappelé ce que signifie dépendre d'une seule région pour un produit aussi
vital. Les prix ont flambé au printemps 2022, les délais de livraison se sont allongés, et les
gouvernements ont dû puiser dans leurs réserves et leurs budgets pour maintenir le prix du pain. Au
Maghreb, où le pain accompagne chaque repas et où sa consommation par habitant figure parmi les plus
élevées du monde, le choc a été ressenti jusque dans les boulangeries de quartier. Certains
gouvernements ont dû augmenter de plusieurs milliards les crédits de subvention, au détriment d'autres
dépenses.

Près de quatre ans plus tard, les flux se sont réorganisés. Les exportations ukrainiennes par la mer
ont repris, par un corridor longeant les côtes occidentales de la mer Noire, mais à des volumes
inférieurs à ceux d'avant-guerre. La Russie a, au contraire, accru sa part de marché, en particulier en
Afrique, grâce à des récoltes abondantes et à des prix agressifs. Et d'autres origines ont gagné du
terrain : l'Argentine, l'Australie, le Canada, ainsi que plusieurs pays de l'Union européenne. Les navires qui chargent à Odessa
ou dans les ports voisins doivent composer avec le risque de frappes et des primes d'assurance élevées,
ce qui pèse sur leur compétitivité. Les acheteurs, eux, ont appris à ne plus compter sur une origine
unique, quitte à payer un peu plus cher pour la garantie de livraison.

## La diversification, nouvelle règle des acheteurs

Les offices céréaliers africains ont tiré les leçons de la crise. La plupart d'entre eux lancent
désormais des appels d'offres ouverts à un plus grand nombre d'origines, quitte à accepter des
qualités de blé différentes. Les minotiers ont dû adapter leurs mélanges pour obtenir des farines de
qualité constante à partir de blés aux caractéristiques variées. Certains offices ont aussi renégocié
leurs cahiers des charges : taux de protéines, humidité, impuretés tolérées. Une révolution silencieuse
pour des administrations longtemps habituées à un fournisseur dominant et à des contrats reconduits
presque à l'identique d'une année sur l'autre. Les plus grands importateurs ont également
renforcé leurs équipes d'analystes de marché, chargées de suivre les prévisions de récolte, la météo
dans les grands bassins de production et les décisions de politique commerciale des pays exportateurs.
Acheter au bon moment peut faire économiser des dizaines de millions de dollars sur une année.

Le Maroc, qui importe selon les années entre 4 et 6 millions de tonnes de blé tendre, illustre cette
évolution. La France, fournisseur historique, a retrouvé une place importante après plusieurs récoltes
décevantes, tandis que les achats en provenance de la mer Noire, de l'Amérique du Nord et de
l'Amérique du Sud se sont multipliés. Le pays a aussi reconduit, année après année, les subventions aux
importateurs destinées à stabiliser le prix du blé sur le marché intérieur. Les spécialistes résument les principaux changements observés depuis 2022 :

1. une plus grande diversité des origines dans les appels d'offres publics ;
2. un recours accru aux stocks de sécurité, dont plusieurs pays ont relevé le niveau minimum ;
3. une attention nouvelle au coût du fret et des assurances maritimes, devenus des postes majeurs ;
4. des investissements dans les capacités de stockage portuaire, pour acheter quand les prix baissent.

## Le prix du fret, variable oubliée

Le blé ne coûte pas seulement ce qu'il vaut au départ. Le fret maritime et les primes d'assurance,
qui ont bondi pour les navires passant par des zones de conflit, pèsent lourd dans le prix rendu au
port. Pour un pays d'Afrique de l'Est, la fermeture partielle de routes maritimes peut ajouter plusieurs
dizaines de dollars par tonne. Les importateurs scrutent désormais ces coûts autant que le cours du blé
lui-même. Certaines compagnies maritimes ont cessé de desservir des ports jugés trop exposés,
obligeant les acheteurs à transborder leurs cargaisons dans des ports intermédiaires, avec des délais
et des coûts supplémentaires. Pour un office céréalier, anticiper ces contraintes plusieurs mois à
l'avance est devenu un métier à part entière.

> « Pendant des décennies, on achetait le blé le moins cher disponible, point. Aujourd'hui, on achète aussi de la sécurité : des fournisseurs multiples, des stocks, des contrats étalés dans le temps. Cette sécurité a un coût, que les budgets publics doivent assumer. »
> — Aminata Koné, économiste spécialiste des marchés agricoles, lors d'un séminaire à Abidjan

## Produire davantage sur le continent

La crise a aussi relancé un vieux débat : l'Afrique peut-elle produire une plus grande partie du blé
qu'elle consomme ? Plusieurs pays, dont l'Éthiopie, le Nigeria et le Kenya, ont lancé des programmes
ambitieux d'extension des surfaces et d'irrigation. Les résultats sont réels mais limités par le
climat, la disponibilité de l'eau et le coût des engrais, lui-même affecté par la guerre, la Russie et
la Biélorussie étant de grands exportateurs d'engrais. En Éthiopie, le gouvernement affirme avoir
fortement étendu les surfaces de blé irrigué dans les basses terres ; des chercheurs appellent toutefois
à la prudence sur les chiffres de rendement, difficiles à vérifier. Au Nigeria, la production progresse,
mais reste loin de couvrir une consommation urbaine en forte croissance.

Au nord du continent, la question se pose différemment : la sécheresse a réduit les récoltes de
céréales de plusieurs pays du Maghreb, qui ont dû importer davantage au moment même où les prix
étaient élevés. Les experts plaident pour une combinaison de mesures — variétés plus résistantes,
irrigation d'appoint, rotation des cultures — plutôt que pour la recherche d'une autosuffisance
hors de portée. Au Maroc, les surfaces céréalières semées varient fortement d'une campagne à l'autre
au rythme des pluies d'automne, et la récolte peut être divisée par deux d'une année sur l'autre. Dans
ces conditions, l'importation reste une variable d'ajustement indispensable, que les pouvoirs publics
cherchent à rendre plus prévisible.

## Une vulnérabilité qui demeure

Les prix internationaux du blé sont revenus à des niveaux proches de ceux d'avant la guerre. Mais la
vulnérabilité demeure : une mauvaise récolte dans un grand pays exportateur, une nouvelle escalade
militaire ou une restriction des exportations suffiraient à raviver les tensions. Les données
détaillées des flux sont disponibles dans le tableau de bord de
<a href="https://www.observatoire-cereales.example/flux-afrique">l'observatoire des marchés céréaliers</a>,
mis à jour chaque mois. Pour les gouvernements africains, la leçon de 2022 reste d'actualité : le pain
est un sujet de politique étrangère. Les ministres de l'Agriculture et du Commerce en parlent
désormais dans les mêmes réunions que leurs collègues des Affaires étrangères, et les accords
céréaliers figurent au menu de nombreuses visites officielles. Certains pays ont signé des accords
d'approvisionnement de long terme avec plusieurs exportateurs à la fois, une manière de garantir des
volumes sans s'enfermer dans une seule relation. D'autres misent sur des partenariats avec des
négociants internationaux, qui s'engagent à maintenir des stocks sur place. Aucune de ces solutions
n'est parfaite, mais toutes traduisent la même prise de conscience : la sécurité alimentaire se
prépare en temps de paix, et elle a un prix.
""",
    ),
    dict(
        sections=("monde", "afrique"),
        author="karim-alaoui-serghini",
        tags=("ZLECAf", "Commerce", "Union africaine"),
        title="Zone de libre-échange africaine : le commerce intra-continental franchit un cap",
        standfirst="Les échanges réalisés sous le régime préférentiel de la ZLECAf ont doublé en un an. "
                   "Les obstacles non tarifaires restent le principal frein.",
        body="""
Lancée officiellement en 2021, la Zone de libre-échange continentale africaine (ZLECAf) commence à
produire des effets mesurables. Selon le secrétariat de l'accord, la valeur des marchandises échangées
sous son régime préférentiel a doublé en un an, même si elle reste modeste au regard du commerce total
du continent.

Le commerce entre pays africains ne représente qu'environ 15% de leurs échanges extérieurs, contre plus
de 60% en Europe. Les tarifs douaniers ne sont qu'une partie du problème : lenteur des contrôles aux
frontières, multiplicité des normes, manque de routes et de voies ferrées transfrontalières pèsent
davantage.

> « Supprimer un droit de douane prend une signature. Faire passer un camion en moins de deux jours à une frontière prend des années de travail. »
> — Un négociateur commercial ouest-africain

Les entreprises marocaines, déjà très présentes en Afrique de l'Ouest dans la banque, les assurances
et les télécommunications, regardent de près les règles d'origine, qui déterminent quels produits
peuvent bénéficier des préférences tarifaires.
""",
    ),
    dict(
        sections=("monde", "europe"),
        author="la-redaction",
        tags=("Europe", "Train", "Transport"),
        title="Europe : les capitales misent à nouveau sur le train de nuit",
        body="""
Plusieurs compagnies ferroviaires européennes ont annoncé de nouvelles liaisons de nuit pour le
service d'hiver, qui débute à la mi-décembre. Parmi elles, des trains reliant des capitales d'Europe
centrale aux grandes villes d'Europe de l'Ouest, avec des voitures-couchettes rénovées.

Le succès reste toutefois fragile. Le matériel roulant manque, les péages ferroviaires restent élevés
et plusieurs lignes lancées ces dernières années ont été suspendues faute de rentabilité. Les
associations d'usagers réclament un soutien public comparable à celui dont bénéficie le transport
aérien.

Les compagnies misent sur une clientèle qui veut éviter l'avion pour des raisons environnementales,
mais aussi sur les familles, séduites par l'idée de partir le soir et d'arriver reposées le matin.
""",
    ),
    dict(
        sections=("monde", "asie", "monde-planete"),
        author="ines-berrada",
        tags=("Asie", "Mousson", "Riz", "Climat"),
        title="Asie du Sud : la mousson tardive bouscule les récoltes de riz",
        standfirst="Arrivées avec trois semaines de retard, les pluies ont été ensuite d'une rare violence. "
                   "Les agriculteurs comptent les pertes, les marchés surveillent les prix.",
        body="""
Dans plusieurs régions d'Asie du Sud, la mousson est arrivée cette année avec près de trois semaines de
retard, avant de déverser en quelques jours des quantités de pluie exceptionnelles. Les semis de riz,
retardés, ont ensuite été noyés dans certaines zones basses.

Les premières estimations évoquent une baisse de la production de riz de 4% à 6% dans les régions les
plus touchées. Les gouvernements disposent de stocks importants, mais les marchés internationaux
restent attentifs : la région fournit une part essentielle du riz échangé dans le monde.

## Un calendrier agricole à repenser

Les agronomes plaident pour des variétés à cycle plus court et pour le semis direct, moins dépendant
de la date d'arrivée des pluies. <em>« Le calendrier que suivaient nos grands-parents n'existe
plus »</em>, résume un chercheur d'un institut agronomique régional. Les assureurs, eux, revoient leurs
modèles de risque.
""",
    ),
    dict(
        sections=("monde", "oceanie", "monde-planete"),
        author="ines-berrada",
        tags=("Océanie", "Climat", "Pertes et dommages"),
        title="Océanie : les îles du Pacifique réclament un accès simplifié au fonds « pertes et dommages »",
        standfirst="Les petits États insulaires dénoncent des procédures trop lourdes pour leurs administrations.",
        body="""
Réunis en sommet régional, les dirigeants des États insulaires du Pacifique ont demandé que le fonds
international destiné à réparer les « pertes et dommages » liés au changement climatique simplifie ses
procédures d'accès. Plusieurs de ces pays ne comptent que quelques milliers de fonctionnaires.

Certains atolls ne culminent qu'à quelques mètres au-dessus du niveau de la mer. L'érosion côtière, la
salinisation des nappes d'eau douce et les cyclones plus intenses menacent déjà l'habitat et les
cultures vivrières.

> « Nous ne pouvons pas passer deux ans à remplir des formulaires pendant que la mer avance. »
> — Le ministre de l'Environnement d'un État insulaire, à la tribune du sommet

Les bailleurs de fonds répondent que des règles strictes sont nécessaires pour garantir le bon usage
de l'argent. Un compromis se dessine : des guichets simplifiés pour les petits montants, et l'appui
d'organisations régionales pour monter les dossiers les plus lourds.
""",
    ),
    dict(
        sections=("monde", "geopolitique"),
        author="karim-alaoui-serghini",
        tags=("Atlantique", "Géopolitique", "Ports"),
        title="Géopolitique : pourquoi l'Atlantique redevient un espace stratégique",
        standfirst="Câbles sous-marins, ports en eau profonde, routes maritimes alternatives : l'océan qui "
                   "borde l'Afrique de l'Ouest attire de nouveau les convoitises.",
        body="""
Pendant trois décennies, les regards des stratèges étaient tournés vers l'Asie et l'Indo-Pacifique.
L'Atlantique, et en particulier sa façade africaine, revient pourtant au premier plan. Les tensions
sur les routes maritimes de la mer Rouge ont conduit de nombreux armateurs à contourner l'Afrique par
le cap de Bonne-Espérance, augmentant le trafic le long des côtes ouest-africaines. Pour les ports de la région, c'est une
occasion inattendue : escales techniques, ravitaillement en carburant, réparations navales. Pour les
marines et les garde-côtes, c'est un défi de surveillance sur des milliers de kilomètres de littoral.

## Des ports en compétition

De Tanger à Lagos, en passant par Dakar et Abidjan, les ports de la façade atlantique multiplient les
extensions. Le futur port de Dakhla Atlantique, sur la côte saharienne, s'inscrit dans cette dynamique,
avec l'ambition de desservir à la fois l'Afrique de l'Ouest et les pays du Sahel.

- Les câbles sous-marins de télécommunications qui relient l'Europe, l'Afrique et l'Amérique se multiplient.
- La pêche industrielle et la surveillance des zones économiques exclusives deviennent des enjeux de souveraineté.
- Les gisements de gaz au large de plusieurs pays attirent de grands investissements.

> « L'Atlantique Sud n'est plus une périphérie. C'est un espace où se croisent les intérêts des États-Unis, de l'Europe, de la Chine et des puissances africaines elles-mêmes. »
> — Un chercheur d'un centre d'études stratégiques de Rabat

Reste à savoir si les pays riverains sauront coopérer — sur la sécurité maritime, la lutte contre la
pêche illégale et le partage des données — ou s'ils se feront concurrence. Plusieurs initiatives
régionales existent déjà, mais leurs moyens restent limités, et les échanges d'informations entre
marines nationales dépendent encore largement de la bonne volonté de chacun.
""",
    ),
]

# --- Chroniques ------------------------------------------------------------
ARTICLES += [
    dict(
        sections=("chroniques",),
        author="omar-lahlou",
        tags=("Villes", "Urbanisme"),
        title="Le temps long des villes",
        image=False,  # columns often run without a picture: exercises the no-image path
        body="""
Une ville ne se regarde pas à l'échelle d'un mandat. Les boulevards que nous empruntons chaque matin à
Casablanca ont été tracés il y a un siècle ; les quartiers que l'on construit aujourd'hui seront habités
par des gens qui ne sont pas encore nés. C'est une évidence, et c'est pourtant ce que l'on oublie le
plus vite.

Je pense à cela chaque fois que je passe devant un chantier de logements en périphérie. On y voit des
immeubles, parfois de bonne facture, mais rarement une école, une place, un arbre. Comme si la ville
était une somme d'appartements et non un lieu où l'on vit ensemble.

Les urbanistes ont un mot pour cela : les « aménités ». Je préfère parler de ce qui rend une rue
aimable. Un trottoir assez large pour une poussette, un banc à l'ombre, une épicerie au coin. Rien de
tout cela ne coûte cher. Tout cela demande de penser la ville avant de la construire.
""",
    ),
    dict(
        sections=("chroniques", "editorial"),
        author="la-redaction",
        tags=("Eau", "Sécheresse"),
        title="Éditorial. L'eau, notre affaire à tous",
        standfirst="La sécheresse n'est plus un accident. Elle est devenue une donnée, et elle appelle un "
                   "changement d'habitudes qui concerne chacun d'entre nous.",
        body="""
Pendant longtemps, nous avons parlé de la sécheresse comme d'une épreuve passagère, une mauvaise année
entre deux bonnes. Les chiffres ne permettent plus cette illusion. Les apports d'eau dans les barrages
sont, depuis plusieurs années, nettement inférieurs à la moyenne historique, et les nappes souterraines
baissent presque partout.

Les pouvoirs publics ont engagé des chantiers considérables : usines de dessalement, interconnexion des
bassins, réutilisation des eaux usées. Ils sont indispensables. Mais aucun de ces ouvrages ne
dispensera la société tout entière de changer ses habitudes.

## Ce que chacun peut faire

Il ne s'agit pas de culpabiliser les ménages, dont la consommation est modeste au regard de celle de
l'agriculture. Il s'agit de cohérence : une pelouse arrosée en plein été à Marrakech, un golf de plus
dans une région en pénurie, une piscine remplie pendant les restrictions envoient un message
désastreux.

> « L'eau la moins chère est celle que l'on ne gaspille pas. »
> — Un proverbe d'ingénieur hydraulicien, qui devrait être affiché dans chaque mairie

Nous ouvrons dans nos colonnes, à partir de cette semaine, une série consacrée aux solutions qui
fonctionnent, ici et ailleurs. L'eau est notre affaire à tous : elle mérite mieux que des débats
saisonniers.
""",
    ),
    dict(
        sections=("chroniques", "opinions"),
        author="omar-lahlou",
        tags=("Société", "Quartiers"),
        title="Ça commence toujours par un café",
        standfirst="Le café de quartier reste l'un des derniers lieux où se croisent toutes les générations. "
                   "Pour combien de temps ?",
        body="""
Il y a, en bas de chez moi, un café qui n'a pas changé depuis trente ans. Même carrelage, mêmes
chaises, même télévision accrochée trop haut. Sur la porte, une affichette annonce fièrement :
« Ouvert tout les jours [sic] de 6 h à minuit ». Personne n'a jamais pensé à la corriger, et c'est tant
mieux.

On y croise le retraité qui lit son journal de la première à la dernière page, les étudiants qui
révisent à crédit, le plombier qui attend un client, les joueurs de cartes de l'après-midi. On y parle
politique, football et prix des tomates, dans cet ordre ou dans un autre.

## Le café comme place publique

Nos villes manquent de places, de jardins, de bibliothèques ouvertes le soir. Le café de quartier
remplit, à sa manière, cette fonction de lieu commun. On y vient seul, on y reste longtemps, on n'y est
jamais tout à fait seul.

Les nouvelles enseignes, avec leurs boissons au nom anglais et leur wifi rapide, ont leur charme. Mais
on y vient avec son ordinateur, on y parle moins. Je ne suis pas nostalgique par principe. Je constate
simplement que lorsqu'un café de quartier ferme, c'est un peu de conversation qui disparaît de la ville.
""",
    ),
    dict(
        sections=("chroniques",),
        author="omar-lahlou",
        tags=("Numérique", "Famille"),
        title="Le smartphone, cet invité permanent des dîners de famille",
        body="""
Chez nous, la règle est simple : pas de téléphone à table. Elle est respectée à peu près aussi bien
que les limitations de vitesse sur l'autoroute. Chacun jure qu'il attend un message important, et le
dîner se termine dans un silence ponctué de vibrations.

Je ne jette la pierre à personne, à commencer par moi. Mais je remarque que les meilleurs moments de
nos réunions familiales sont ceux où, par accident, le réseau ne passe pas. À la campagne, chez une
tante, la conversation reprend ses droits. On se raconte des histoires qu'on croyait oubliées.

Peut-être faudrait-il inventer des maisons sans réseau, comme il existe des zones sans voitures. En
attendant, je propose une solution plus modeste : une corbeille à l'entrée de la salle à manger. Les
téléphones y dorment le temps du repas. On verra bien qui tient le plus longtemps.
""",
    ),
    dict(
        sections=("chroniques",),
        author="omar-lahlou",
        tags=("Presse", "Médias"),
        title="À quoi sert encore le journal du matin ?",
        standfirst="À l'heure des alertes permanentes, le rendez-vous quotidien avec l'information a-t-il "
                   "encore un sens ? Plaidoyer pour la lenteur.",
        body="""
Il m'arrive d'apprendre une nouvelle trois fois avant le petit-déjeuner : une alerte sur mon téléphone,
un message d'un ami, une vidéo partagée sans contexte. Le journal du matin, qu'il soit sur papier ou sur
écran, arrive donc toujours trop tard. Alors, à quoi sert-il ?

## Trier, vérifier, expliquer

Il sert à ce que les alertes ne font pas. Trier d'abord : parmi les centaines d'informations de la
veille, lesquelles comptent vraiment ? Vérifier ensuite : le chiffre qui circulait hier soir était-il
exact ? Expliquer enfin : pourquoi cette décision, et qu'est-ce qu'elle change pour nous ?

Un lecteur m'écrivait récemment : « Je ne vous lis pas pour savoir ce qui s'est passé, je vous lis pour
comprendre ce que ça veut dire. » Je n'aurais pas dit mieux. C'est une exigence, et c'est la raison
d'être de notre métier.

## La lenteur comme qualité

Dans un monde qui va vite, prendre le temps devient un service. Un article qui arrive quelques heures
après l'événement, mais qui a vérifié ses sources et remis les faits dans leur contexte, vaut mieux que
dix publications approximatives.

Le journal du matin n'est pas mort. Il a simplement changé de fonction : il n'annonce plus, il éclaire.
""",
    ),
    dict(
        sections=("chroniques", "opinions"),
        author="leila-ouazzani",
        tags=("Société", "Temps libre"),
        title="« Il faut réapprendre à perdre du temps »",
        standfirst="Tribune. Agendas saturés, loisirs optimisés, vacances planifiées à la minute : et si "
                   "l'ennui était devenu un luxe ?",
        body="""
Quand j'étais enfant, les après-midi d'été duraient une éternité. On s'ennuyait, et de cet ennui
naissaient des jeux, des cabanes, des histoires inventées. Aujourd'hui, les enfants ont des agendas de
ministre : cours de soutien, activités sportives, ateliers de codage, le tout soigneusement optimisé.

Les adultes ne font pas mieux. Nous écoutons des podcasts en accéléré, nous lisons des résumés de livres,
nous comptons nos pas. Même nos loisirs doivent être « productifs ».

Je plaide pour un droit à la flânerie. Une heure par semaine sans objectif, sans écran, sans mesure. Une
heure à regarder la mer, à marcher sans but dans la médina, à ne rien faire. Ce n'est pas du temps
perdu : c'est du temps rendu.
""",
    ),
]

# --- Sports ----------------------------------------------------------------
ARTICLES += [
    dict(
        sections=("sports", "football"),
        author="amine-rachidi",
        tags=("Coupe du Trône", "Football amateur"),
        title="Coupe du Trône : l'Étoile de Tamaris, club amateur, s'offre un exploit",
        standfirst="Pensionnaire de troisième division, le club de la banlieue de Casablanca a éliminé une "
                   "formation de l'élite aux tirs au but (1-1, 5-4 t.a.b.).",
        body="""
Ils étaient 4 000 dans un stade prévu pour 3 000, et la fête a duré jusque tard dans la nuit. Dimanche,
l'Étoile de Tamaris, club amateur de la banlieue sud de Casablanca, a créé la surprise des seizièmes de
finale de la Coupe du Trône en éliminant le Racing Club de Belvédère, pensionnaire de première division.

Menée dès la 12<sup>e</sup> minute, l'Étoile a égalisé peu avant l'heure de jeu sur un coup franc de son
capitaine, Hicham Zerouali, électricien de profession. La séance de tirs au but a fait le reste, avec
deux arrêts de Yassine Mouhib, le gardien de 19 ans.

> « On s'entraîne le soir après le travail, trois fois par semaine. Ce soir, on a montré que le football, ça reste onze contre onze. »
> — Hicham Zerouali, capitaine de l'Étoile de Tamaris

Le tirage au sort des huitièmes de finale aura lieu jeudi. Le club espère recevoir à domicile, même si
son terrain synthétique ne répond pas encore aux normes exigées pour les matchs télévisés.
""",
    ),
    dict(
        sections=("sports", "athletisme"),
        author="amine-rachidi",
        tags=("Athlétisme", "Ifrane", "Demi-fond"),
        title="Athlétisme : à Ifrane, la relève du demi-fond s'entraîne en altitude",
        standfirst="Au centre national d'entraînement, une trentaine de jeunes coureurs préparent les "
                   "prochaines échéances internationales. Immersion.",
        body="""
À 1 650 mètres d'altitude, l'air est vif et la piste encore humide de la rosée du matin. Il est 7 h, et
le groupe des coureurs de 1 500 mètres enchaîne ses premières lignes droites. Ils ont entre 17 et 22 ans
et rêvent tous de succéder aux grands noms qui ont fait la réputation du demi-fond marocain.

Le centre d'Ifrane accueille une trentaine d'athlètes à l'année, sélectionnés lors des championnats
scolaires et des cross régionaux. Ils y suivent leur scolarité ou leurs études à distance, et
s'entraînent deux fois par jour.

## La méthode : patience et volume

Les entraîneurs le répètent : on ne fabrique pas un champion de 1 500 mètres en deux saisons. La
préparation s'étale sur plusieurs années, avec un volume de course qui augmente progressivement. Une
semaine type, en période de préparation, comprend :

- deux séances de fractionné sur piste ;
- une sortie longue de 20 à 25 kilomètres dans la forêt de cèdres ;
- des footings de récupération, du renforcement musculaire et des exercices de souplesse.

> « Le talent, on le voit en cinq minutes. Ce qui fait la différence, c'est la capacité à accepter la répétition, jour après jour, pendant des années. »
> — L'entraîneur en chef du groupe demi-fond

Le suivi médical a aussi progressé : prises de sang régulières, suivi nutritionnel, surveillance de la
charge d'entraînement pour éviter les blessures de croissance. Les meilleurs éléments participeront en
février aux championnats d'Afrique juniors en salle.
""",
    ),
    dict(
        sections=("sports",),
        author="hamza-dkhissi",
        tags=("Surf", "Taghazout", "Tourisme"),
        title="Surf : Taghazout accueille une étape du circuit africain",
        body="""
Les meilleurs surfeurs du continent se retrouvent cette semaine sur les vagues d'Anchor Point, au nord
d'Agadir, pour une étape du circuit africain de surf. Une soixantaine de compétiteurs venus de onze pays
sont attendus, dont une forte délégation sud-africaine.

Les conditions s'annoncent idéales, avec une houle de nord-ouest de deux mètres prévue en milieu de
semaine. Les surfeurs marocains, très attendus à domicile, comptent sur leur connaissance du spot pour
briller. Les finales sont programmées samedi, et l'accès à la plage est libre.

Pour la commune, l'événement est aussi une vitrine. Les hôtels et les écoles de surf du village
affichent complet, et les organisateurs ont prévu des navettes depuis Agadir pour limiter la
circulation sur la route côtière.
""",
    ),
    dict(
        sections=("sports", "football"),
        author="amine-rachidi",
        tags=("Mondial 2030", "Infrastructures", "Football"),
        title="Mondial 2030 : les centres d'entraînement sortent de terre",
        standfirst="Au-delà des stades, la Coupe du monde exige des dizaines de terrains d'entraînement aux "
                   "normes. Point d'étape dans les villes hôtes.",
        body="""
On parle surtout des stades, mais une Coupe du monde, c'est aussi une multitude de terrains
d'entraînement, de vestiaires et d'hôtels pour héberger les délégations. Dans chacune des villes
marocaines appelées à accueillir des matchs, les chantiers de ces « camps de base » ont démarré.

Le cahier des charges est précis : pelouse naturelle entretenue selon les mêmes normes que celle du
stade, éclairage, tribune pour les séances ouvertes, accès sécurisé et hôtel à moins de vingt minutes.
Au total, plusieurs dizaines de sites doivent être livrés.

<strong>L'enjeu dépasse le tournoi</strong> : après 2030, ces terrains doivent revenir aux clubs
locaux et aux centres de formation. Les collectivités ont signé des conventions en ce sens, qui
prévoient aussi leur entretien, souvent le parent pauvre des grands équipements sportifs.
""",
    ),
    dict(
        sections=("sports",),
        author="amine-rachidi",
        tags=("Handball", "Équipe nationale", "Sport féminin"),
        title="Handball : l'équipe nationale féminine en stage à Rabat avant la CAN",
        body="""
L'équipe nationale féminine de handball a entamé lundi un stage de dix jours à Rabat, en vue de la
Coupe d'Afrique des nations. Dix-huit joueuses ont été convoquées, dont quatre évoluent en Europe.

Le sélectionneur a insisté sur la défense, point faible de l'équipe lors des derniers matchs amicaux.
Deux rencontres de préparation sont prévues la semaine prochaine contre une sélection européenne de
deuxième rang. L'objectif affiché est une place dans le dernier carré.

La fédération rappelle que le handball féminin compte désormais plus de licenciées qu'il y a cinq ans,
grâce notamment aux sections sportives scolaires ouvertes dans plusieurs régions.
""",
    ),
    dict(
        sections=("sports",),
        author="la-redaction",
        tags=("Tennis", "Jeunes", "Rabat"),
        title="Tennis : à Rabat, un tournoi junior révèle une génération sans complexe",
        standfirst="Trois joueurs marocains ont atteint les quarts de finale du tournoi international des "
                   "moins de 18 ans, une première.",
        body="""
Le tournoi international junior de Rabat s'est achevé dimanche sur une note encourageante pour le
tennis national. Trois joueurs marocains — deux garçons et une fille — ont atteint les quarts de finale,
un résultat inédit depuis la création de l'épreuve.

La fédération y voit le fruit de la politique de détection lancée il y a cinq ans dans les écoles de
tennis régionales. Les entraîneurs restent prudents : la transition vers le circuit professionnel est
longue et coûteuse, et beaucoup de jeunes talents abandonnent faute de moyens pour voyager.

Un programme de bourses, financé par des partenaires privés, doit permettre aux meilleurs juniors de
disputer une quinzaine de tournois à l'étranger la saison prochaine.
""",
    ),
]

# --- Culture ---------------------------------------------------------------
ARTICLES += [
    dict(
        sections=("culture", "cinema"),
        author="leila-ouazzani",
        tags=("Cinéma", "Premier film", "Festival"),
        title="Cinéma : « Les Veilleurs de Tinghir », un premier long métrage remarqué",
        standfirst="Le film de Sanaa Bouchentouf, tourné avec des acteurs non professionnels dans les oasis du "
                   "Sud-Est, sort en salles après un beau parcours en festivals.",
        body="""
Un village au pied de l'Atlas, une palmeraie menacée par la sécheresse, et trois adolescents qui
décident de veiller, nuit après nuit, sur le dernier puits qui fonctionne. Le point de départ des
<em>Veilleurs de Tinghir</em> tient en une phrase ; le film, lui, déploie une douceur et une
précision rares pour un premier long métrage.

Sanaa Bouchentouf, 34 ans, a tourné pendant sept semaines avec des habitants de la région, dont aucun
n'avait jamais joué. <em>« Je voulais des visages qui connaissent vraiment la chaleur, la poussière,
l'attente »</em>, explique-t-elle.

> « Ce n'est pas un film sur la sécheresse. C'est un film sur ce qu'on se doit les uns aux autres quand les choses deviennent difficiles. »
> — Sanaa Bouchentouf, réalisatrice

Récompensé par un prix du jury dans un festival de cinéma méditerranéen, le film sort cette semaine
dans une vingtaine de salles. Une version sous-titrée en amazigh est également proposée.
""",
    ),
    dict(
        sections=("culture", "livres-idees"),
        author="leila-ouazzani",
        tags=("Livres", "Rentrée littéraire", "Roman"),
        title="Rentrée littéraire : cinq romans marocains à ne pas manquer",
        standfirst="Saga familiale, polar casablancais, récit d'exil : notre sélection parmi les titres parus "
                   "cet automne.",
        body="""
La rentrée littéraire marocaine est particulièrement riche cette année, en français comme en arabe.
Voici cinq romans qui ont retenu notre attention, dans des registres très différents.

1. <strong><em>La Maison aux trois portes</em>, de Rkia Benhaddou</strong> : une saga familiale qui suit une maison de Salé sur un siècle, de génération en génération.
2. <strong><em>Derb Ghallef, minuit</em>, de Mounir Salhi</strong> : un polar nerveux dans les ruelles du grand marché de l'électronique de Casablanca.
3. <strong><em>L'Hiver à Bruxelles</em>, de Yasmina Kettani</strong> : le récit sensible d'une étudiante partie étudier en Belgique et qui ne sait plus où elle habite.
4. <strong><em>Le Cahier de l'instituteur</em>, d'Ahmed Oulhaj</strong> : la chronique d'une école de montagne dans les années 1970, drôle et mélancolique.
5. <strong><em>Sel</em>, de Nora El Fassi</strong> : un premier roman court et intense, entre les salines de l'Oriental et la mer.

Point commun de ces livres : une attention aux lieux, aux langues mêlées et aux vies ordinaires, loin
des clichés exotiques. Plusieurs éditeurs constatent aussi un retour du roman long, après des années
dominées par les récits brefs.

Les cinq ouvrages sont disponibles en librairie. Plusieurs de leurs auteurs seront présents au salon
du livre de la rentrée, dont le programme est publié sur
<a href="https://www.salon-livre-rentree.example/programme">le site de la manifestation</a>.
""",
    ),
    dict(
        sections=("culture", "musique"),
        author="leila-ouazzani",
        tags=("Musique", "Gnaoua", "Essaouira"),
        title="Gnaoua : une nouvelle génération de maâlems prend la scène",
        body="""
Ils ont moins de trente ans, ont appris le guembri auprès de leur père ou de leur oncle, et jouent aussi
bien dans les lilas traditionnelles que sur les scènes des festivals. Une nouvelle génération de
maâlems gnaoua s'affirme, à Essaouira comme à Marrakech ou Casablanca.

Leur particularité : une fidélité scrupuleuse au répertoire, doublée d'une curiosité pour les
rencontres musicales avec le jazz, l'électro ou les musiques d'Afrique de l'Ouest. <em>« La tradition,
ce n'est pas un musée. C'est une maison où l'on invite des gens »</em>, résume l'un d'eux.

Plusieurs enregistrements paraissent cet hiver, dont un album collectif réunissant six jeunes maâlems,
enregistré en une seule nuit dans une zaouïa d'Essaouira.
""",
    ),
    dict(
        sections=("culture", "maroc-culture"),
        author="hamza-dkhissi",
        tags=("Patrimoine", "Numérique", "Ksour"),
        title="Patrimoine : les ksour de la vallée du Drâa numérisés en 3D",
        standfirst="Une équipe d'architectes et d'informaticiens a modélisé quarante ksour et kasbahs. "
                   "Un outil pour la restauration, et une mémoire pour ceux qui menacent de s'effondrer.",
        body="""
Pendant dix-huit mois, une équipe associant une école d'architecture et un laboratoire d'informatique
a parcouru la vallée du Drâa, de Ouarzazate à Zagora. Drones, scanners laser et milliers de photographies
ont permis de produire des modèles en trois dimensions de quarante ksour et kasbahs.

Construits en terre crue, ces villages fortifiés sont fragiles. Les pluies violentes, plus fréquentes,
et l'abandon progressif par les habitants partis vers les villes accélèrent leur dégradation. Plusieurs
des édifices numérisés se sont déjà partiellement effondrés depuis le passage de l'équipe.

> « Quand un mur en pisé s'écroule, on perd aussi un savoir-faire : la manière dont il avait été construit. Le modèle 3D garde la trace de l'un et aide à retrouver l'autre. »
> — L'architecte qui dirige le projet

Les modèles seront accessibles en ligne aux chercheurs, et une exposition est prévue au printemps à
Ouarzazate. Le projet doit aussi servir à former de jeunes maçons aux techniques de construction en
terre, aux côtés des derniers artisans qui les maîtrisent.
""",
    ),
    dict(
        sections=("culture",),
        author="leila-ouazzani",
        tags=("Théâtre", "Tétouan", "Darija"),
        title="Théâtre : à Tétouan, une troupe joue Molière en darija",
        body="""
<em>L'Avare</em> en darija, dans le patio d'une ancienne demeure de la médina de Tétouan : le pari de
la compagnie Masrah Al Bab a rempli toutes les dates de la première série de représentations.

Harpagon y devient un marchand de tissus obsédé par sa cassette, et les répliques de Molière, adaptées
avec soin, font mouche auprès d'un public de tous âges. La troupe prépare une tournée dans une dizaine
de villes au printemps.

Le metteur en scène assume le parti pris : <em>« Molière écrivait pour être compris de tous. Le jouer
en darija, c'est lui rester fidèle. »</em>
""",
    ),
    dict(
        sections=("culture", "livres-idees"),
        author="leila-ouazzani",
        tags=("Traduction", "Entretien", "Livres"),
        title="Entretien : « Traduire, c'est accepter de perdre pour mieux transmettre »",
        standfirst="Traductrice de l'arabe, de l'amazigh et de l'espagnol vers le français, Malika Tahiri a "
                   "signé plus de quarante traductions. Elle raconte un métier de l'ombre.",
        body="""
Malika Tahiri reçoit dans son bureau de Rabat, entre deux piles de dictionnaires et un ordinateur
couvert de notes adhésives. Elle vient d'achever la traduction d'un roman de huit cents pages, et en
commence déjà une autre. Entretien avec une passeuse de langues, qui refuse d'être invisible. Née à Tiznit, elle a grandi entre trois langues : l'amazigh de sa
grand-mère, l'arabe de l'école et le français des livres empruntés à la bibliothèque municipale. Elle y
voit aujourd'hui la source de son métier.

## « Je traduis des voix, pas des mots »

<strong>Comment êtes-vous devenue traductrice ?</strong> Par hasard, comme beaucoup. J'étais
professeure de lettres, et un éditeur cherchait quelqu'un pour traduire un recueil de nouvelles écrites
en arabe. J'ai dit oui sans savoir dans quoi je m'engageais. Il m'a fallu six mois
pour un livre de cent cinquante pages, et j'ai réécrit certaines nouvelles quatre fois. Trente ans plus tard, je n'ai pas arrêté.
Ce premier livre m'a appris l'essentiel : on ne traduit pas des mots, on traduit une voix. Si la voix de
l'auteur ne passe pas en français, la traduction est ratée, même si chaque phrase est exacte.

<strong>Qu'est-ce qui résiste le plus à la traduction ?</strong> L'humour, les jeux de mots, et tout
ce qui vient de l'oralité. La darija, par exemple, est une langue d'une richesse incroyable, pleine
d'images, de proverbes, de sous-entendus. Quand un personnage dit une phrase qui, dans la bouche d'une
grand-mère de Fès, signifie à la fois une bénédiction et une menace, comment la rendre en français ? Il
faut parfois renoncer à un sens pour en garder un autre. C'est ce que j'appelle perdre pour transmettre. Je tiens des carnets où je note les expressions qui me
résistent. Certaines y restent des années avant que je trouve une solution, souvent au détour d'une
conversation dans un taxi ou d'une chanson entendue à la radio.

> « Une traduction n'est jamais finie. On la rend à l'éditeur parce qu'il faut bien s'arrêter, mais on pourrait la reprendre indéfiniment. Chaque relecture fait apparaître une phrase qui pourrait sonner plus juste. »
> — Malika Tahiri

## Un métier mal reconnu

<strong>Les traducteurs sont-ils assez reconnus ?</strong> Non, et c'est un euphémisme. Notre nom
figure rarement sur la couverture, parfois même pas sur la page de titre. Les rémunérations restent
modestes : au Maroc, beaucoup de traducteurs littéraires ont un autre métier à côté. Pourtant, sans
nous, des lecteurs francophones ne liraient jamais les grands romanciers arabes ou latino-américains,
et des lecteurs marocains ne découvriraient pas certains auteurs étrangers dans une langue qu'ils
maîtrisent. Il y a aussi une question de reconnaissance symbolique : quand un livre traduit reçoit un
prix, on félicite l'auteur, rarement le traducteur. Or une partie de ce qui a séduit le jury, c'est la
phrase française, que nous avons écrite.

<strong>L'intelligence artificielle menace-t-elle votre métier ?</strong> Elle change la
traduction technique, c'est certain. Pour la littérature, je suis plus sereine. Une machine peut
produire un texte correct, mais elle ne sait pas ce qu'est un silence entre deux répliques, ni pourquoi
l'auteur a choisi ce mot-là plutôt qu'un autre. Cela dit, je l'utilise parfois pour vérifier une
référence ou un terme technique. Je la vois comme un dictionnaire bavard, pas comme une collègue. Ce qui m'inquiète davantage, c'est la pression sur les tarifs : certains
éditeurs proposent de payer moins pour une « post-édition » d'un texte traduit automatiquement. Pour
un roman, c'est souvent plus long que de traduire soi-même.

## Transmettre le métier

<strong>Formez-vous de jeunes traducteurs ?</strong> J'anime un atelier à l'université depuis cinq
ans. Les étudiants arrivent souvent en pensant qu'il suffit de bien connaître deux langues. Je leur
apprends d'abord à lire lentement, à se demander ce que fait chaque phrase, pas seulement ce qu'elle
dit. Ensuite, à accepter le doute. Un bon traducteur doute en permanence, c'est ce qui le fait avancer.

<strong>Quel livre rêvez-vous de traduire ?</strong> Un recueil de poésie amazighe orale, collecté
dans les années 1950 dans le Haut Atlas et jamais publié en entier. Ce sont des chants de femmes, de
travail, de mariage. Ils sont d'une beauté à couper le souffle. Je ne sais pas si j'y arriverai, mais
c'est le projet de ma vie. Et si je n'y arrive pas, j'espère qu'un de mes étudiants le fera.
""",
    ),
]

# --- Planète ---------------------------------------------------------------
ARTICLES += [
    dict(
        sections=("planete", "climat"),
        author="ines-berrada",
        tags=("Climat", "Températures", "Météo"),
        title="Climat : 2026 en passe de figurer parmi les années les plus chaudes jamais mesurées",
        standfirst="Selon les services météorologiques, la température moyenne des dix premiers mois dépasse "
                   "de 1,4 °C la normale. Le Maroc a connu trois vagues de chaleur.",
        body="""
L'année 2026 devrait se classer parmi les trois plus chaudes jamais enregistrées à l'échelle mondiale,
selon les bilans provisoires publiés cette semaine par plusieurs services météorologiques nationaux. La
température moyenne des dix premiers mois dépasse d'environ 1,4 °C celle de l'ère préindustrielle.

Au Maroc, l'été a été marqué par trois vagues de chaleur, dont une, début août, a vu le thermomètre
dépasser 47 °C dans plusieurs villes de l'intérieur. Les précipitations de l'automne, bien que
supérieures à celles de l'an dernier, restent inférieures à la normale dans la plupart des bassins.

## Ce que disent les scientifiques

Les climatologues rappellent qu'une année isolée ne fait pas une tendance, mais que la succession
d'années record ne laisse guère de doute. <em>« Chaque dixième de degré compte. Il se traduit par des
sécheresses plus longues, des pluies plus violentes et des incendies plus fréquents »</em>, souligne une
chercheuse en climatologie d'une université de Rabat.

Les données détaillées sont consultables sur
<a href="https://www.meteo-bilans.example/2026/provisoire">le portail des bilans climatiques</a>.
""",
    ),
    dict(
        sections=("planete", "durabilite"),
        author="ines-berrada",
        tags=("Dessalement", "Énergies renouvelables", "Eau"),
        title="Dessalement : une station côtière alimentée par le vent",
        standfirst="Sur la côte atlantique, une nouvelle unité de dessalement tourne grâce à un parc éolien "
                   "dédié. Un modèle que les pouvoirs publics veulent généraliser.",
        body="""
Le dessalement de l'eau de mer est gourmand en énergie : il faut environ 3 à 4 kilowattheures pour
produire un mètre cube d'eau potable. Alimenter les usines avec de l'électricité d'origine fossile
reviendrait à résoudre un problème en aggravant un autre. D'où l'intérêt du projet inauguré ce mois-ci
sur la côte atlantique, où une station d'une capacité de 30 millions de mètres cubes par an est adossée
à un parc éolien de 60 mégawatts.

La station alimente en eau potable une ville moyenne et ses environs, ainsi qu'un périmètre irrigué
de 5 000 hectares. Les jours sans vent, elle puise sur le réseau national, mais l'opérateur estime que
l'éolien couvrira plus de 80% de sa consommation annuelle.

> « Nous avons dimensionné le parc pour qu'il produise plus que nécessaire en moyenne. Le surplus est injecté sur le réseau et compense les périodes creuses. »
> — L'ingénieure responsable de l'exploitation

Reste la question des saumures, ces rejets très salés qui retournent à la mer. Un suivi de la faune et
de la flore marines a été mis en place au large du point de rejet, dont les résultats seront publiés
chaque année.
""",
    ),
    dict(
        sections=("planete", "biodiversite"),
        author="hamza-dkhissi",
        tags=("Arganier", "Biodiversité", "Désertification"),
        title="Biodiversité : l'arganeraie, rempart fragile contre la désertification",
        standfirst="Surpâturage, sécheresse et extension des cultures menacent la forêt d'arganiers. "
                   "Les coopératives et les forestiers tentent d'inverser la tendance.",
        body="""
L'arganier est un arbre d'une résistance étonnante. Ses racines plongent à plusieurs dizaines de
mètres, il supporte des températures extrêmes et des années sans pluie. Mais même lui montre des signes
de fatigue. Dans certaines zones du Souss et de la région d'Essaouira, la densité des arbres a nettement
diminué en quelques décennies.

La réserve de biosphère de l'arganeraie, reconnue par l'Unesco, couvre plus de 2,5 millions
d'hectares. Elle fait vivre des dizaines de milliers de familles, grâce à l'huile d'argan, au pâturage
et au bois.

## Planter, protéger, partager

Les programmes de régénération se multiplient. Les forestiers plantent chaque année plusieurs milliers
d'hectares de jeunes arganiers, mais le taux de survie reste faible sans protection contre les chèvres
et sans arrosage les premières années.

- Des parcelles mises en défens, fermées au pâturage pendant plusieurs années, ont été créées.
- Les coopératives féminines d'huile d'argan financent une partie des plantations.
- Des pépinières produisent des plants issus des arbres les plus résistants à la sécheresse.

> « Un arganier met des années à produire. Celui qu'on plante aujourd'hui nourrira nos petits-enfants. »
> — La présidente d'une coopérative de Tamanar

L'enjeu dépasse la seule production d'huile : l'arganeraie retient les sols et freine l'avancée du
désert vers les plaines agricoles.
""",
    ),
    dict(
        sections=("planete",),
        author="ines-berrada",
        tags=("Énergie solaire", "Logement", "Énergies renouvelables"),
        title="Énergie : les toits solaires gagnent les quartiers résidentiels",
        body="""
Depuis l'entrée en vigueur des textes autorisant les particuliers à injecter leur surplus d'électricité
sur le réseau, les installateurs de panneaux solaires sont débordés. Dans les quartiers de villas de
Rabat, Marrakech ou Agadir, les toits se couvrent de modules photovoltaïques.

Une installation de 5 kilowatts-crête coûte aujourd'hui entre 45 000 et 60 000 dirhams, pose comprise.
Elle peut couvrir la majeure partie de la consommation d'une famille, climatisation comprise, et se
rembourse en six à huit ans selon les installateurs.

Les immeubles collectifs restent à la traîne : la copropriété complique les décisions, et la surface
de toit disponible par logement est faible. Des projets pilotes de « solaire partagé » sont à l'étude.
""",
    ),
    dict(
        sections=("planete", "biodiversite"),
        author="hamza-dkhissi",
        tags=("Pêche", "Océan", "Dakhla"),
        title="Pêche : un repos biologique élargi pour protéger le poulpe",
        standfirst="Les autorités prolongent l'arrêt de la pêche au poulpe dans l'Atlantique sud. Les pêcheurs "
                   "artisanaux demandent des compensations.",
        body="""
La saison d'hiver de la pêche au poulpe ne rouvrira pas avant la mi-janvier dans les pêcheries de
l'Atlantique sud, soit trois semaines plus tard que prévu. La décision a été prise après des campagnes
scientifiques montrant une proportion élevée de juvéniles dans les captures.

Le poulpe est l'une des espèces les plus rémunératrices pour la pêche marocaine, et les stocks
connaissent des fluctuations importantes d'une année à l'autre. Les scientifiques recommandent un
quota global en baisse de 15% par rapport à la saison précédente.

> « On comprend qu'il faut laisser le poulpe grandir, mais nos familles, elles, ne peuvent pas attendre. Trois semaines sans sortir en mer, c'est un mois de revenu en moins. »
> — Un patron de barque de Lassarga, près de Dakhla [le village de pêcheurs compte environ 300 embarcations, NDLR]

Les associations de pêcheurs artisanaux réclament une indemnisation pendant la durée de l'arrêt. Le
département de la pêche maritime indique étudier « des mesures d'accompagnement ».
""",
    ),
    dict(
        sections=("planete", "climat", "monde-planete"),
        author="ines-berrada",
        tags=("Incendies", "Forêts", "Rif"),
        title="Incendies de forêt : le Rif mise sur la prévention",
        standfirst="Après des étés marqués par de grands feux, les forestiers du Nord multiplient les "
                   "coupures de combustible et les patrouilles.",
        body="""
Les forêts du Rif et de la péninsule de Tanger sont parmi les plus exposées du pays aux incendies.
Chaleur, vent d'est et sous-bois denses y forment un cocktail redoutable. Après plusieurs étés difficiles,
les services forestiers misent désormais sur la prévention plutôt que sur la seule lutte.

Cet hiver, plus de 1 200 kilomètres de pare-feu seront entretenus ou ouverts, et des brûlages dirigés
seront pratiqués dans certaines zones, une technique encore peu utilisée au Maroc. Des tours de guet
équipées de caméras thermiques complètent le dispositif.

## Les habitants en première ligne

Les forestiers insistent sur le rôle des riverains : la majorité des départs de feu sont d'origine
humaine, souvent accidentelle. Des campagnes de sensibilisation sont menées dans les écoles et les
souks, et des brigades de volontaires ont été formées dans plusieurs communes.

<em>« Une forêt entretenue et habitée brûle moins qu'une forêt abandonn&eacute;e »</em>, résume un
ingénieur des eaux et forêts de Chefchaouen.
""",
    ),
]


if __name__ == "__main__":
    main()
