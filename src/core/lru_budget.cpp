#include "lru_budget.h"

#include <algorithm>

namespace kiosque {

void LruBudget::add(const std::string& key, std::size_t bytes, std::uint64_t tick) {
  remove(key);
  entries_[key] = Entry{bytes, tick};
  used_ += bytes;
}

void LruBudget::touch(const std::string& key, std::uint64_t tick) {
  auto found = entries_.find(key);
  if (found != entries_.end()) found->second.last_used = tick;
}

void LruBudget::remove(const std::string& key) {
  auto found = entries_.find(key);
  if (found == entries_.end()) return;
  used_ -= found->second.bytes;
  entries_.erase(found);
}

std::vector<std::string> LruBudget::evict(std::uint64_t current_tick) {
  std::vector<std::string> evicted;
  if (used_ <= capacity_) return evicted;
  std::vector<std::pair<std::uint64_t, const std::string*>> by_age;
  by_age.reserve(entries_.size());
  for (const auto& [key, entry] : entries_)
    if (entry.last_used < current_tick) by_age.emplace_back(entry.last_used, &key);
  std::sort(by_age.begin(), by_age.end());
  std::size_t used = used_;
  for (const auto& [last_used, key] : by_age) {
    if (used <= capacity_) break;
    used -= entries_[*key].bytes;
    evicted.push_back(*key);
  }
  for (const std::string& key : evicted) remove(key);
  return evicted;
}

}  // namespace kiosque
