// Kiosque core: how the home view uses the box it is given, from 320 to
// 1920 CSS pixels wide and from 240 tall. Pure arithmetic, so that every
// breakpoint is tested without a browser.
#pragma once

namespace kiosque {

enum class TabStyle { Strip, Menu };  // a scrolling strip, or one "Rubriques" menu button

struct HomeLayout {
  TabStyle tabs = TabStyle::Strip;
  bool side_by_side = false;  // carousel left, headlines right (wide boxes)
  bool show_carousel = true;  // very short boxes give all the room to headlines
  float carousel_width = 0;   // CSS pixels
  float carousel_height = 0;
  float thumbnail = 0;  // headline thumbnail side, 0 for none
  int title_lines = 3;  // headline titles are cut after this many lines
  float padding = 16;
};

HomeLayout choose_home_layout(float css_width, float css_height);

}  // namespace kiosque
