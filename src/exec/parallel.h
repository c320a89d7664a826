// parallel_for: a fixed set of threads taking loop indexes in turn.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

#include "i18n/i18n.h"

namespace thidua::exec {

// Runs `work(i)` for every i in [0, count) on up to `jobs` threads (the caller's included);
// returns when all are done. `work` must not throw: catch inside and keep the result per i.
template <typename Work>
void parallel_for(std::size_t count, unsigned jobs, Work work) {
  std::atomic<std::size_t> next{0};
  // Messages made on the workers are in the caller's language (the web app's is per request).
  const i18n::Language language = i18n::language();
  auto worker = [&] {
    const i18n::ScopedLanguage in_language(language);
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  const unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::min<std::size_t>(count, 1024))));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& thread : pool) thread.join();
}

}  // namespace thidua::exec
