#include "home_layout.h"

#include <algorithm>
#include <cmath>

namespace kiosque {

namespace {
constexpr float kTabStripHeight = 44;
constexpr float kMenuBreakpoint = 420;        // narrower: the tabs fold into a menu
constexpr float kSideBySideBreakpoint = 900;  // wider: carousel and headlines share the row
constexpr float kMinCarouselBoxHeight = 380;  // shorter: no carousel, headlines only
constexpr float kWideCarouselShare = 0.62f;
constexpr float kSixteenByNine = 9.0f / 16.0f;
}  // namespace

HomeLayout choose_home_layout(float css_width, float css_height) {
  HomeLayout layout;
  layout.tabs = css_width < kMenuBreakpoint ? TabStyle::Menu : TabStyle::Strip;
  layout.padding = css_width < 600 ? 12.0f : 16.0f;
  layout.thumbnail = css_width < 360 ? 64.0f : css_width < 600 ? 80.0f : 112.0f;
  layout.show_carousel = css_height >= kMinCarouselBoxHeight;
  // A short box shows two headlines at a time rather than one.
  layout.title_lines = layout.show_carousel ? 3 : 2;
  const float content_height = std::max(0.0f, css_height - kTabStripHeight);
  layout.side_by_side = layout.show_carousel && css_width >= kSideBySideBreakpoint;
  if (!layout.show_carousel) return layout;
  if (layout.side_by_side) {
    layout.carousel_width = std::floor(css_width * kWideCarouselShare);
    layout.carousel_height = std::min(content_height - 2 * layout.padding,
                                      std::floor(layout.carousel_width * kSixteenByNine) + 96);
  } else {
    layout.carousel_width = css_width;
    // Headlines must stay in sight below it: at most 55% of the height.
    layout.carousel_height =
        std::min(std::floor(css_width * kSixteenByNine) + 72, std::floor(content_height * 0.55f));
  }
  return layout;
}

}  // namespace kiosque
