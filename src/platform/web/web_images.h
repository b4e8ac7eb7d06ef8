// Kiosque web platform: feed images as GL textures.
//
// The browser fetches and decodes (fetch + createImageBitmap: no image
// decoder in the wasm) and uploads straight into a texture this side
// created; pixels never cross the wasm heap. Textures are kept under a byte
// budget with least-recently-used eviction; what is on screen this frame is
// never evicted. A failed image is not asked for again for a minute.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

#include "core/lru_budget.h"
#include "views/image_source.h"

namespace kiosque {

class ImageTextures final : public ImageSource {
 public:
  static constexpr std::size_t kDefaultBudgetBytes = 48u << 20;
  static constexpr int kMaxLoadsInFlight = 6;

  // Called when an image arrives (to draw a frame with it).
  void set_on_arrival(std::function<void()> on_arrival) { on_arrival_ = std::move(on_arrival); }

  // Frames bracket every use: what is asked for between them is on screen.
  void begin_frame(std::uint64_t frame, double now_ms) {
    frame_ = frame;
    now_ms_ = now_ms;
  }
  // The texture for `url` when it has arrived, else nullptr (and it is being fetched).
  const ViewImage* image(const std::string& url) override;
  // After a frame: frees textures over the budget.
  void end_frame();

  // What is held, for state().memory (the soak test watches them stay under the budget).
  std::size_t live_textures() const { return budget_.size(); }
  std::size_t texture_bytes() const { return budget_.used_bytes(); }

  void arrived(int request_id, int width, int height);  // from the JS side

 private:
  enum class State { Loading, Ready, Failed };
  struct Entry {
    State state = State::Loading;
    unsigned texture = 0;
    ViewImage image;
    double failed_at_ms = 0;
    int request_id = 0;
  };
  void release(Entry& entry);
  // Frees the least recently drawn textures over the budget, never one drawn
  // in the last frame: after each frame, and as each image arrives.
  void trim_to_budget();

  std::unordered_map<std::string, Entry> entries_;
  std::unordered_map<int, std::string> requests_;
  LruBudget budget_{kDefaultBudgetBytes};
  std::function<void()> on_arrival_;
  int next_request_id_ = 1;
  int in_flight_ = 0;
  std::uint64_t frame_ = 0;
  double now_ms_ = 0;
};

ImageTextures& image_textures();

}  // namespace kiosque
