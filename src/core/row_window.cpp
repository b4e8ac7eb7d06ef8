// Kiosque core: the rows of a long list that are on screen. See row_window.h.
#include "row_window.h"

namespace kiosque {

// ---------------------------------------------------------------------------
// RowWindow
// ---------------------------------------------------------------------------

void RowWindow::set_list(std::size_t count, float width, float estimate) {
  estimate_ = estimate;
  if (count == heights_.size() && width == width_) return;
  heights_.assign(count, -1.0f);
  width_ = width;
}

void RowWindow::measured(std::size_t row, float height) {
  if (row < heights_.size()) heights_[row] = height;
}

RowSpan RowWindow::visible(float view_top, float view_bottom) const {
  RowSpan span;
  span.first = heights_.size();
  span.end = heights_.size();
  float top = 0;
  // A plain sum each frame: thousands of additions, no layout.
  for (std::size_t row = 0; row < heights_.size(); ++row) {
    const float height = heights_[row] < 0 ? estimate_ : heights_[row];
    const float bottom = top + height;
    if (span.first == heights_.size() && bottom > view_top) {
      span.first = row;
      span.first_top = top;
    }
    if (span.first != heights_.size() && span.end == heights_.size() && top >= view_bottom)
      span.end = row;
    top = bottom;
  }
  if (span.first == heights_.size()) span.first_top = top;
  span.total_height = top;
  return span;
}

}  // namespace kiosque
