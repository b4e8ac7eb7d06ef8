// Kiosque core: which rendition of an image to fetch for a box, and how to
// crop it to fill the box without stretching.
#pragma once

#include <string>

#include "feed.h"

namespace kiosque {

// The smallest rendition at least `box_pixels` wide (device pixels), or the
// widest one when none is; renditions of unknown width are a last resort.
// "" when the image has no URL at all.
const std::string& choose_rendition(const Image& image, float box_pixels);

struct CoverCrop {
  float u0 = 0, v0 = 0, u1 = 1, v1 = 1;  // texture coordinates of the visible part
};

// CSS object-fit: cover, centred: the part of an image_w × image_h picture
// that fills a box_w × box_h box at one scale. Unknown sizes show it whole.
CoverCrop cover_crop(float image_w, float image_h, float box_w, float box_h);

}  // namespace kiosque
