// Kiosque core: a byte budget with least-recently-used eviction, for caches
// whose entries live elsewhere (GL textures, decoded images). It only keeps
// the books: the owner frees what `evict` names.
//
//   LruBudget budget(32 << 20);
//   budget.add("a.jpg", bytes, frame);   budget.touch("a.jpg", frame);
//   for (const std::string& key : budget.evict(frame)) free_texture(key);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace kiosque {

class LruBudget {
 public:
  explicit LruBudget(std::size_t capacity_bytes) : capacity_(capacity_bytes) {}

  void add(const std::string& key, std::size_t bytes, std::uint64_t tick);
  void touch(const std::string& key, std::uint64_t tick);
  void remove(const std::string& key);

  // Keys to drop, least recently used first, until the total fits. Entries
  // used at `current_tick` are on screen: they are never named, even if the
  // budget stays exceeded.
  std::vector<std::string> evict(std::uint64_t current_tick);

  std::size_t used_bytes() const { return used_; }
  std::size_t capacity_bytes() const { return capacity_; }
  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::size_t bytes = 0;
    std::uint64_t last_used = 0;
  };
  std::size_t capacity_;
  std::size_t used_ = 0;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kiosque
