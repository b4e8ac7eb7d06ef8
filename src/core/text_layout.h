// Kiosque core: breaking rich text into lines, for any renderer.
//
// Lines break only at ordinary spaces (U+0020) and at line-break runs ("\n").
// No-break spaces (U+00A0, U+202F) never break, so « and » stay with their
// words, and "160 000" stays whole. A word is never split: one wider than
// the line gets a line of its own and overflows it. A word may span runs
// ("<b>mot</b>,"): its pieces stay together.
//
// Measuring is the caller's: `measure(style, text)` returns the width of
// `text` drawn in the run style `style` (RunStyle bits), in any unit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "feed.h"

namespace kiosque {

struct LayoutFragment {
  std::size_t run = 0;    // index into the runs
  std::size_t begin = 0;  // byte range in runs[run].text
  std::size_t end = 0;
  float x = 0;  // from the line's start
  float width = 0;
};

struct LayoutLine {
  std::vector<LayoutFragment> fragments;
  float width = 0;
};

using MeasureText = std::function<float(std::uint8_t style, std::string_view text)>;

std::vector<LayoutLine> layout_runs(const std::vector<TextRun>& runs, float max_width,
                                    const MeasureText& measure);

// Convenience for one plain string: fragments index into `text` (run 0).
std::vector<LayoutLine> layout_text(std::string_view text, float max_width,
                                    const MeasureText& measure);

}  // namespace kiosque
