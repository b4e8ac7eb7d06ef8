// Kiosque views: where the views get images from. The platform layer
// implements it (GL textures on the web); the views only draw what is there.
#pragma once

#include <imgui.h>

#include <string>

namespace kiosque {

struct ViewImage {
  ImTextureID id = nullptr;
  int width = 0;
  int height = 0;
};

class ImageSource {
 public:
  virtual ~ImageSource() = default;
  // The image when it has arrived, else nullptr (and it is on its way).
  virtual const ViewImage* image(const std::string& url) = 0;
};

}  // namespace kiosque
