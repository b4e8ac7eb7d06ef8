#!/usr/bin/env python3
"""Draw the featured images that the sample feed names.

assets/sample/posts.json (written by make_sample_feed.py) gives every post a
featured image in four renditions (full 1200x675, medium_large 768x432,
medium 300x169, thumbnail 150x150). This script draws one illustration per
post and saves each rendition as a JPEG under the file name the feed uses,
so the demo page has real pictures without shipping binaries in git: the
Makefile runs it at build time.

Each illustration is a section-coloured gradient with a motif chosen by the
post's top section (sun and arches for Maroc, a bar chart for Economie, a
skyline for Entreprises, a globe for Monde, a quotation mark for Chroniques,
a running track for Sports, a stage for Culture, hills and wind turbines
for Planète). Details vary with a random generator seeded by the post id,
so the output is the same on every run.

Usage: /usr/bin/python3 scripts/make_sample_images.py [OUT_DIR]
       (default assets/sample/images; needs PIL, Debian's python3-pil)
"""

import json
import math
import random
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

REPO = Path(__file__).resolve().parent.parent
FEED_DIR = REPO / "assets" / "sample"
JPEG_QUALITY = 65  # ~70 was asked; 65 keeps the whole set under 2 MB with no visible loss
SUPERSAMPLE = 2  # shapes are drawn at twice the size, then scaled down for smooth edges

# Per top section: gradient top, gradient bottom, dark ink, light accent (RGB).
PALETTES = {
    "maroc": ((156, 46, 28), (244, 164, 82), (92, 30, 22), (255, 226, 150)),
    "economie": ((16, 36, 74), (22, 110, 128), (10, 24, 48), (120, 230, 200)),
    "entreprises": ((44, 52, 76), (120, 150, 186), (26, 30, 44), (255, 208, 110)),
    "monde": ((10, 22, 60), (48, 56, 140), (20, 70, 140), (140, 210, 255)),
    "chroniques": ((86, 34, 84), (214, 110, 130), (60, 20, 58), (255, 236, 226)),
    "sports": ((22, 110, 56), (120, 190, 80), (190, 84, 52), (250, 250, 240)),
    "culture": ((70, 10, 30), (28, 8, 20), (150, 24, 48), (255, 214, 120)),
    "planete": ((120, 190, 230), (226, 240, 214), (40, 110, 60), (255, 250, 235)),
}


def mix(a, b, t):
    """Colour between a (t=0) and b (t=1)."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def gradient(size, top, bottom):
    """A vertical gradient from `top` to `bottom`."""
    column = (1, size[1])  # computed on one column, then stretched: fast at any width
    mask = Image.linear_gradient("L").resize(column)
    shades = Image.composite(Image.new("RGB", column, bottom), Image.new("RGB", column, top), mask)
    return shades.resize(size, Image.NEAREST)


def wave_polygon(width, height, base, amplitude, rng):
    """A filled band under a smooth random curve at height `base` (dunes, hills)."""
    phase, freq = rng.uniform(0, math.tau), rng.uniform(1.2, 2.4)
    points = [(x, base + amplitude * math.sin(phase + freq * math.tau * x / width)
               + amplitude * 0.4 * math.sin(phase * 2 + 3.1 * freq * math.tau * x / width))
              for x in range(0, width + 40, 40)]
    return points + [(width, height), (0, height)]


def circle(draw, cx, cy, r, fill=None, outline=None, width=1):
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill, outline=outline, width=width)


# ---------------------------------------------------------------------------
# Motifs: each draws on a canvas of size (w, h) with the section's palette
# ---------------------------------------------------------------------------

def motif_maroc(draw, w, h, pal, rng):
    """Sun over dunes, seen through an arcade of horseshoe arches."""
    top, bottom, ink, accent = pal
    sx, sy, r = rng.uniform(0.25, 0.75) * w, rng.uniform(0.3, 0.4) * h, 0.09 * h
    for ring, t in ((2.2, 0.25), (1.6, 0.5), (1.0, 1.0)):
        circle(draw, sx, sy, r * ring, fill=mix(bottom, accent, t))
    for layer in range(3):
        colour = mix(bottom, ink, 0.3 + 0.15 * layer)
        draw.polygon(wave_polygon(w, h, h * (0.58 + 0.08 * layer), h * 0.03, rng), fill=colour)
    # The wall is a mask: everything is wall except the arch openings.
    wall = Image.new("1", (w, h), 1)
    cut = ImageDraw.Draw(wall)
    arches = rng.randint(3, 4)
    span, spring = w / arches, h * 0.42  # the spring line is where each arch's curve begins
    for i in range(arches):
        half = span * 0.34
        cx = span * (i + 0.5)
        radius = half * 1.15
        cut.rectangle((cx - half, spring, cx + half, h * 0.92), fill=0)
        circle(cut, cx, spring - 0.25 * radius, radius, fill=0)
    draw.bitmap((0, 0), wall, fill=ink)
    for i in range(int(w / (h * 0.06))):  # a frieze of small tiles above the arches
        x, y, d = (i + 0.5) * h * 0.06, h * 0.08, h * 0.018
        draw.polygon([(x, y - d), (x + d, y), (x, y + d), (x - d, y)], fill=accent)


def motif_economie(draw, w, h, pal, rng):
    """Rising bar chart with a trend line over a faint grid."""
    top, bottom, ink, accent = pal
    for i in range(1, 6):
        y = h * i / 6
        draw.line((0, y, w, y), fill=mix(top, bottom, 0.5), width=max(2, h // 300))
    bars = rng.randint(6, 9)
    left, right, floor = w * 0.1, w * 0.9, h * 0.88
    slot = (right - left) / bars
    level, tops = rng.uniform(0.15, 0.3), []
    for i in range(bars):
        level = min(0.8, max(0.1, level + rng.uniform(-0.06, 0.14)))
        x0, y0 = left + i * slot + slot * 0.18, floor - level * h
        draw.rectangle((x0, y0, x0 + slot * 0.64, floor), fill=mix(ink, accent, 0.35 + 0.5 * i / bars))
        tops.append((x0 + slot * 0.32, y0 - h * 0.05))
    draw.line(tops, fill=accent, width=h // 90, joint="curve")
    for x, y in tops:
        circle(draw, x, y, h // 60, fill=(255, 255, 255))


def motif_entreprises(draw, w, h, pal, rng):
    """City skyline at dusk with lit windows and a crane."""
    top, bottom, ink, accent = pal
    x = 0
    while x < w:
        bw, bh = rng.uniform(0.06, 0.13) * w, rng.uniform(0.25, 0.7) * h
        shade = mix(ink, top, rng.uniform(0, 0.35))
        draw.rectangle((x, h - bh, x + bw, h), fill=shade)
        win = bw / 5
        for wy in range(int(h - bh + win), int(h - win), int(win * 2)):
            for wx in range(int(x + win), int(x + bw - win), int(win * 2)):
                if rng.random() < 0.25:
                    draw.rectangle((wx, wy, wx + win, wy + win * 1.2), fill=accent)
        x += bw + rng.uniform(0, 0.02) * w
    cx = rng.uniform(0.6, 0.85) * w
    draw.line((cx, h, cx, h * 0.12), fill=ink, width=h // 80)
    draw.line((cx - w * 0.08, h * 0.14, cx + w * 0.18, h * 0.14), fill=ink, width=h // 90)
    draw.line((cx + w * 0.15, h * 0.14, cx + w * 0.15, h * 0.3), fill=ink, width=h // 300)


def motif_monde(draw, w, h, pal, rng):
    """A globe with meridians, parallels and flight arcs between dots."""
    top, bottom, ink, accent = pal
    cx, cy, r = rng.uniform(0.4, 0.6) * w, h * 0.52, h * 0.4
    circle(draw, cx, cy, r * 1.08, fill=mix(bottom, accent, 0.15))
    circle(draw, cx, cy, r, fill=ink)
    line = mix(ink, accent, 0.35)
    stroke = max(2, h // 300)
    for k in range(1, 4):
        half = r * k / 4
        draw.ellipse((cx - half, cy - r, cx + half, cy + r), outline=line, width=stroke)
    for k in range(-3, 4):
        y = cy + r * k / 4
        half = math.sqrt(max(0.0, r * r - (y - cy) ** 2))
        draw.line((cx - half, y, cx + half, y), fill=line, width=stroke)
    cities = [(cx + r * rng.uniform(-0.8, 0.8), cy + r * rng.uniform(-0.6, 0.6)) for _ in range(5)]
    for (x0, y0), (x1, y1) in zip(cities, cities[1:]):
        lift = -0.25 * math.dist((x0, y0), (x1, y1))
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2 + lift
        arc = [((1 - t) ** 2 * x0 + 2 * (1 - t) * t * mx + t * t * x1,
                (1 - t) ** 2 * y0 + 2 * (1 - t) * t * my + t * t * y1) for t in (i / 24 for i in range(25))]
        draw.line(arc, fill=accent, width=stroke * 2, joint="curve")
    for x, y in cities:
        circle(draw, x, y, h // 70, fill=(255, 255, 255))


def motif_chroniques(draw, w, h, pal, rng):
    """A sheet with lines of text and a large French opening guillemet «."""
    top, bottom, ink, accent = pal
    px, py = rng.uniform(0.35, 0.5) * w, h * 0.16
    draw.rounded_rectangle((px, py, px + w * 0.42, h * 1.05), radius=h // 30, fill=accent)
    for i in range(9):
        y = py + h * (0.1 + 0.075 * i)
        length = w * (0.34 if i % 4 != 3 else rng.uniform(0.12, 0.25))
        draw.rounded_rectangle((px + w * 0.04, y, px + w * 0.04 + length, y + h * 0.022),
                               radius=h // 90, fill=mix(accent, ink, 0.3))
    gx, gy, size = w * 0.12, h * 0.4, h * 0.12  # a large French opening guillemet «
    for dx in (0, size * 1.1):
        tip = gx + dx
        draw.polygon([(tip, gy), (tip + size, gy - size), (tip + size * 1.45, gy - size),
                      (tip + size * 0.45, gy), (tip + size * 1.45, gy + size), (tip + size, gy + size)], fill=ink)


def motif_sports(draw, w, h, pal, rng):
    """Running track seen from above, a ball and speed lines."""
    top, bottom, track, white = pal
    margin, lanes = h * 0.12, 3
    box = (w * 0.06, margin, w * 0.94, h - margin)
    draw.rounded_rectangle(box, radius=(box[3] - box[1]) / 2, fill=track)
    lane, line = h * 0.05, mix(track, white, 0.55)
    for i in range(lanes + 1):
        inset = i * lane
        inner = (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset)
        draw.rounded_rectangle(inner, radius=(inner[3] - inner[1]) / 2, outline=line, width=max(2, h // 250))
    inset = (lanes + 1) * lane
    field = (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset)
    draw.rounded_rectangle(field, radius=(field[3] - field[1]) / 2, fill=mix(top, bottom, 0.5))
    bx, by, br = rng.uniform(0.35, 0.65) * w, h * 0.5, h * 0.11
    for i in range(3):
        y = by + (i - 1) * br * 0.6
        draw.line((bx - br * (3.2 - 0.4 * i), y, bx - br * 1.3, y), fill=white, width=h // 70)
    circle(draw, bx, by, br, fill=white)
    circle(draw, bx, by, br * 0.35, fill=track)


def motif_culture(draw, w, h, pal, rng):
    """A stage: spotlight cone, curtains with folds, stars above."""
    top, bottom, curtain, light = pal
    spot = rng.uniform(0.35, 0.65) * w
    draw.polygon([(spot - w * 0.03, 0), (spot + w * 0.03, 0), (spot + w * 0.2, h * 0.85), (spot - w * 0.2, h * 0.85)],
                 fill=mix(top, light, 0.25))
    draw.ellipse((spot - w * 0.2, h * 0.78, spot + w * 0.2, h * 0.92), fill=mix(top, light, 0.45))
    draw.rectangle((0, h * 0.88, w, h), fill=mix(bottom, curtain, 0.4))
    folds = 5
    for side in (0, 1):
        for i in range(folds):
            x0 = w * 0.045 * i if side == 0 else w - w * 0.045 * (i + 1)
            shade = mix(curtain, bottom, 0.45 * (i % 2))
            draw.rectangle((x0, 0, x0 + w * 0.045, h * 0.92), fill=shade)
    draw.rectangle((0, 0, w, h * 0.08), fill=curtain)
    for _ in range(rng.randint(5, 9)):
        circle(draw, rng.uniform(0.3, 0.7) * w, rng.uniform(0.1, 0.3) * h, h * rng.uniform(0.006, 0.012), fill=light)


def motif_planete(draw, w, h, pal, rng):
    """Sun, rolling green hills and wind turbines."""
    top, bottom, green, white = pal
    circle(draw, rng.uniform(0.15, 0.85) * w, h * 0.25, h * 0.1, fill=(255, 228, 140))
    layers = [mix(green, bottom, 0.5), mix(green, bottom, 0.25), green]
    turbines_on = 1  # turbines stand on the middle hills, their feet hidden by the front ones
    for i, colour in enumerate(layers):
        draw.polygon(wave_polygon(w, h, h * (0.55 + 0.12 * i), h * 0.05, rng), fill=colour)
        if i == turbines_on:
            for _ in range(rng.randint(2, 4)):
                turbine(draw, rng.uniform(0.1, 0.9) * w, h * 0.62, h * 0.34, rng.uniform(0, 120), white)


def turbine(draw, x, ground, height, angle, colour):
    hub = (x, ground - height)
    draw.line((x, ground, *hub), fill=colour, width=max(3, int(height / 40)))
    blade = height * 0.45
    for k in range(3):
        a = math.radians(angle + 120 * k)
        tip = (hub[0] + blade * math.cos(a), hub[1] + blade * math.sin(a))
        side = (hub[0] + blade * 0.15 * math.cos(a + 0.5), hub[1] + blade * 0.15 * math.sin(a + 0.5))
        draw.polygon([hub, side, tip], fill=colour)
    circle(draw, *hub, height / 30, fill=colour)


MOTIFS = {
    "maroc": motif_maroc,
    "economie": motif_economie,
    "entreprises": motif_entreprises,
    "monde": motif_monde,
    "chroniques": motif_chroniques,
    "sports": motif_sports,
    "culture": motif_culture,
    "planete": motif_planete,
}


# ---------------------------------------------------------------------------
# Feed reading and output
# ---------------------------------------------------------------------------

def illustration(section, seed, size):
    """The full-size picture for one post: gradient plus the section's motif."""
    w, h = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
    rng = random.Random(seed)
    palette = [jitter(colour, rng) for colour in PALETTES[section]]  # siblings differ a little
    canvas = gradient((w, h), palette[0], palette[1])
    MOTIFS[section](ImageDraw.Draw(canvas), w, h, palette, rng)
    return canvas.reduce(SUPERSAMPLE)


def jitter(colour, rng, spread=12):
    return tuple(min(255, max(0, c + rng.randint(-spread, spread))) for c in colour)


def top_sections(categories):
    """{category id: slug of its top-level ancestor}."""
    by_id = {c["id"]: c for c in categories}

    def top(cat):
        while cat["parent"]:
            cat = by_id[cat["parent"]]
        return cat["slug"]

    return {c["id"]: top(c) for c in categories}


def featured_images(posts, categories):
    """(post id, top section, media_details.sizes) for each post that has an image."""
    tops = top_sections(categories)
    for post in posts:
        media = post.get("_embedded", {}).get("wp:featuredmedia")
        if media:
            yield post["id"], tops[post["categories"][0]], media[0]["media_details"]["sizes"]


def save_renditions(picture, sizes, out_dir):
    """Save every rendition the feed names; returns the bytes written."""
    written = 0
    for rendition in sizes.values():
        path = out_dir / Path(rendition["source_url"]).name
        fitted = ImageOps.fit(picture, (rendition["width"], rendition["height"]), Image.LANCZOS)
        fitted.save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        written += path.stat().st_size
    return written


def main():
    started = time.monotonic()
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else FEED_DIR / "images"
    out_dir.mkdir(parents=True, exist_ok=True)
    posts = json.loads((FEED_DIR / "posts.json").read_text(encoding="utf-8"))
    categories = json.loads((FEED_DIR / "categories.json").read_text(encoding="utf-8"))

    pictures = files = total = 0
    for post_id, section, sizes in featured_images(posts, categories):
        full = sizes["full"]
        picture = illustration(section, post_id, (full["width"], full["height"]))
        total += save_renditions(picture, sizes, out_dir)
        pictures += 1
        files += len(sizes)

    print(f"make_sample_images: {pictures} illustrations, {files} files, "
          f"{total / 1024:.0f} KiB in {out_dir} ({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    main()
