#include "web_images.h"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <cstdint>

extern "C" void kiosque_js_load_image(int request_id, const char* url, unsigned texture);

namespace kiosque {

namespace {
constexpr double kRetryFailedAfterMs = 60000;

// Mipmaps add a third to the base level.
std::size_t mipmapped_texture_bytes(int width, int height) {
  return static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4 * 4 / 3;
}
}  // namespace

ImageTextures& image_textures() {
  static ImageTextures textures;
  return textures;
}

const ViewImage* ImageTextures::image(const std::string& url) {
  if (url.empty()) return nullptr;
  auto found = entries_.find(url);
  if (found != entries_.end()) {
    Entry& entry = found->second;
    if (entry.state == State::Ready) {
      budget_.touch(url, frame_);
      return &entry.image;
    }
    if (entry.state == State::Loading || now_ms_ - entry.failed_at_ms < kRetryFailedAfterMs)
      return nullptr;
    entries_.erase(found);  // failed long enough ago: try again
  }
  if (in_flight_ >= kMaxLoadsInFlight) return nullptr;  // asked again next frame
  Entry& entry = entries_[url];
  glGenTextures(1, &entry.texture);
  entry.request_id = next_request_id_++;
  requests_[entry.request_id] = url;
  ++in_flight_;
  kiosque_js_load_image(entry.request_id, url.c_str(), entry.texture);
  return nullptr;
}

void ImageTextures::arrived(int request_id, int width, int height) {
  auto request = requests_.find(request_id);
  if (request == requests_.end()) return;
  const std::string url = request->second;
  requests_.erase(request);
  --in_flight_;
  auto found = entries_.find(url);
  if (found == entries_.end() || found->second.request_id != request_id) return;
  Entry& entry = found->second;
  if (width <= 0 || height <= 0) {
    release(entry);
    entry.state = State::Failed;
    entry.failed_at_ms = now_ms_;
  } else {
    entry.state = State::Ready;
    entry.image = ViewImage{
        reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(entry.texture)), width, height};
    // Counted as drawn in the last frame (the one that asked for it), so
    // that making room at once frees older textures, never this one.
    budget_.add(url, mipmapped_texture_bytes(width, height), frame_);
    trim_to_budget();
  }
  if (on_arrival_) on_arrival_();
}

void ImageTextures::end_frame() {
  trim_to_budget();
}

void ImageTextures::trim_to_budget() {
  for (const std::string& url : budget_.evict(frame_)) {
    auto found = entries_.find(url);
    if (found == entries_.end()) continue;
    release(found->second);
    entries_.erase(found);
  }
}

void ImageTextures::release(Entry& entry) {
  if (entry.texture) glDeleteTextures(1, &entry.texture);
  entry.texture = 0;
  entry.image = ViewImage{};
}

}  // namespace kiosque

// Called by kiosque_images.js: width and height are 0 when the image failed.
extern "C" EMSCRIPTEN_KEEPALIVE void kiosque_image_arrived(int request_id, int width, int height) {
  kiosque::image_textures().arrived(request_id, width, height);
}
