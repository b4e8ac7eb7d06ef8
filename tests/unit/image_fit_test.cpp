#include "core/image_fit.h"

#include <doctest/doctest.h>

using namespace kiosque;

namespace {
Image sample_image() {
  Image image;
  image.url = "full.jpg";
  image.width = 1200;
  image.height = 675;
  image.variants = {{"thumb.jpg", 150, 150}, {"medium.jpg", 300, 169}, {"large.jpg", 768, 432}};
  return image;
}
}  // namespace

TEST_CASE("the smallest rendition that covers the box is chosen") {
  const Image image = sample_image();
  CHECK(choose_rendition(image, 100) == "thumb.jpg");
  CHECK(choose_rendition(image, 150) == "thumb.jpg");
  CHECK(choose_rendition(image, 151) == "medium.jpg");
  CHECK(choose_rendition(image, 700) == "large.jpg");
  CHECK(choose_rendition(image, 1000) == "full.jpg");
  CHECK(choose_rendition(image, 4000) == "full.jpg");  // nothing is big enough: the widest
}

TEST_CASE("unknown widths fall back to the full image") {
  Image image;
  image.url = "only.jpg";
  CHECK(choose_rendition(image, 300) == "only.jpg");
  image.variants = {{"small.jpg", 100, 0}};
  CHECK(choose_rendition(image, 50) == "small.jpg");
  CHECK(choose_rendition(image, 300) == "only.jpg");
  CHECK(choose_rendition(Image{}, 300).empty());
}

TEST_CASE("cover crops the long side, centred, never stretches") {
  // 2:1 image into a square: half the width shows, centred.
  CoverCrop crop = cover_crop(200, 100, 50, 50);
  CHECK(crop.u0 == doctest::Approx(0.25f));
  CHECK(crop.u1 == doctest::Approx(0.75f));
  CHECK(crop.v0 == 0);
  CHECK(crop.v1 == 1);
  // 16:9 image into a 4:3 box... and a tall box.
  crop = cover_crop(1600, 900, 400, 300);
  const float visible_u = crop.u1 - crop.u0;
  CHECK(visible_u * 1600 / 900 == doctest::Approx(400.0f / 300.0f));
  crop = cover_crop(1600, 900, 100, 400);
  CHECK((crop.u1 - crop.u0) * 1600 / ((crop.v1 - crop.v0) * 900) == doctest::Approx(0.25f));
  // Same aspect: everything shows.
  crop = cover_crop(1600, 900, 320, 180);
  CHECK(crop.u0 == doctest::Approx(0));
  CHECK(crop.v1 == doctest::Approx(1));
  // Unknown size.
  crop = cover_crop(0, 0, 320, 180);
  CHECK(crop.u1 == 1);
}
