#!/usr/bin/python3
"""Subsets Debian's Noto fonts to the glyphs Kiosque draws, for the web build.

Writes OUT_DIR/<name>.ttf for each face in FACES. The kept code points are the
ones the widget asks ImGui for (src/views/fonts.cpp, kGlyphRanges): Latin-1,
Latin Extended-A, general punctuation (’ « » ‹ › — – … • no-break spaces), € and ™.
Icons (arrows, chevrons) are drawn as shapes: Noto's text faces have none.
Hinting and OpenType layout tables are dropped: ImGui's rasteriser
(stb_truetype) uses neither, and they are most of the bytes.

Usage: /usr/bin/python3 scripts/subset_fonts.py OUT_DIR
"""
import sys
from pathlib import Path

from fontTools import subset

NOTO = Path("/usr/share/fonts/truetype/noto")
FACES = ["NotoSans-Regular", "NotoSans-Bold", "NotoSerif-Regular", "NotoSerif-Bold",
         "NotoSerif-Italic"]
# Keep in step with kGlyphRanges in src/views/fonts.cpp.
RANGES = [(0x0020, 0x017F), (0x2000, 0x206F), (0x20AC, 0x20AC), (0x2122, 0x2122),
          (0xFFFD, 0xFFFD)]


def subset_face(name: str, out_dir: Path) -> int:
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = [1, 2]  # family and style: enough to tell the files apart
    options.notdef_outline = True
    font = subset.load_font(str(NOTO / f"{name}.ttf"), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[cp for lo, hi in RANGES for cp in range(lo, hi + 1)])
    subsetter.subset(font)
    out = out_dir / f"{name}.ttf"
    subset.save_font(font, str(out), options)
    return out.stat().st_size


def main() -> None:
    out_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "build/fonts")
    out_dir.mkdir(parents=True, exist_ok=True)
    total = sum(subset_face(name, out_dir) for name in FACES)
    print(f"subset_fonts: {len(FACES)} faces, {total // 1024} KiB in {out_dir}")


if __name__ == "__main__":
    main()
