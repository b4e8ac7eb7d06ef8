// Kiosque core: which rows of a long list are on screen, so that a view
// lays out and draws those alone and its cost does not grow with the list.
//
// Index:
//   - RowWindow
//
// Rows differ in height (a title of one line or three), and a row's height
// is known only once it has been laid out, which is what is being avoided
// for the rows off screen. So a row counts as `estimate` high until it is
// drawn and its height noted; rows above the view keep their measured
// height, so what is on screen does not jump as rows below it are measured.
#pragma once

#include <cstddef>
#include <vector>

namespace kiosque {

// The rows to draw: [first, end), the first one `first_top` below the top of
// the list, and the list's whole height (for the scroll range).
struct RowSpan {
  std::size_t first = 0;
  std::size_t end = 0;
  float first_top = 0;
  float total_height = 0;
};

class RowWindow {
 public:
  // A list of `count` rows, `width` wide: measures are kept while both stay
  // the same (a refresh that keeps the count re-measures rows as they show).
  void set_list(std::size_t count, float width, float estimate);
  // The height `row` took when drawn.
  void measured(std::size_t row, float height);
  // The rows overlapping [view_top, view_bottom), offsets from the list's top.
  RowSpan visible(float view_top, float view_bottom) const;
  // The whole list's height, as visible() counts it.
  float height() const { return visible(0, 0).total_height; }

 private:
  std::vector<float> heights_;  // measured height, or < 0 when not drawn yet
  float width_ = -1;
  float estimate_ = 0;
};

}  // namespace kiosque
