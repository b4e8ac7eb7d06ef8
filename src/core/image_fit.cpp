#include "image_fit.h"

namespace kiosque {

const std::string& choose_rendition(const Image& image, float box_pixels) {
  const std::string* best_fit = nullptr;  // smallest rendition >= box
  int best_fit_width = 0;
  const std::string* widest = nullptr;
  int widest_width = 0;
  auto consider = [&](const std::string& url, int width) {
    if (url.empty() || width <= 0) return;
    if (width >= box_pixels && (!best_fit || width < best_fit_width))
      best_fit = &url, best_fit_width = width;
    if (width > widest_width) widest = &url, widest_width = width;
  };
  consider(image.url, image.width);
  for (const ImageVariant& variant : image.variants) consider(variant.url, variant.width);
  if (best_fit) return *best_fit;
  // Nothing known is big enough. The full image of unknown width is probably
  // the original upload: better than the widest known rendition.
  if (!image.url.empty() && image.width <= 0) return image.url;
  return widest ? *widest : image.url;
}

CoverCrop cover_crop(float image_w, float image_h, float box_w, float box_h) {
  CoverCrop crop;
  if (image_w <= 0 || image_h <= 0 || box_w <= 0 || box_h <= 0) return crop;
  const float image_aspect = image_w / image_h;
  const float box_aspect = box_w / box_h;
  if (image_aspect > box_aspect) {
    // Wider than the box: trim the sides.
    const float visible = box_aspect / image_aspect;
    crop.u0 = (1 - visible) * 0.5f;
    crop.u1 = crop.u0 + visible;
  } else {
    const float visible = image_aspect / box_aspect;
    crop.v0 = (1 - visible) * 0.5f;
    crop.v1 = crop.v0 + visible;
  }
  return crop;
}

}  // namespace kiosque
