// Sessions with idle expiry, and waits after failed sign-ins; both tables have a fixed size.
#include "serve/sessions.h"

#include <algorithm>

#include "serve/gate.h"

namespace thidua::serve {

SessionTable::SessionTable(std::chrono::seconds idle, std::size_t capacity) : idle_(idle), capacity_(capacity) {}

void SessionTable::prune(Clock::time_point now) {
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    if (now - it->second.last_seen > idle_) it = sessions_.erase(it);
    else ++it;
  }
  while (sessions_.size() >= capacity_) {
    auto oldest = std::min_element(sessions_.begin(), sessions_.end(), [](const auto& a, const auto& b) {
      return a.second.last_seen < b.second.last_seen;
    });
    sessions_.erase(oldest);
  }
}

std::string SessionTable::open(const std::string& user, const std::string& account_hash) {
  const Clock::time_point now = Clock::now();
  Session session{user, new_token(32), account_hash, now};
  std::string id = new_token(32);
  std::lock_guard lock(mutex_);
  if (sessions_.size() >= capacity_) prune(now);
  sessions_[id] = std::move(session);
  return id;
}

std::optional<Session> SessionTable::touch(const std::string& id) {
  const Clock::time_point now = Clock::now();
  std::lock_guard lock(mutex_);
  const auto found = sessions_.find(id);
  if (found == sessions_.end()) return std::nullopt;
  if (now - found->second.last_seen > idle_) {
    sessions_.erase(found);
    return std::nullopt;
  }
  found->second.last_seen = now;
  return found->second;
}

void SessionTable::close(const std::string& id) {
  std::lock_guard lock(mutex_);
  sessions_.erase(id);
}

void SessionTable::close_user(const std::string& user) {
  std::lock_guard lock(mutex_);
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    if (it->second.user == user) it = sessions_.erase(it);
    else ++it;
  }
}

std::size_t SessionTable::size() const {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

LoginLimiter::LoginLimiter(unsigned account_limit, unsigned address_limit, std::size_t capacity)
    : account_limit_(account_limit), address_limit_(address_limit), capacity_(capacity) {}

long LoginLimiter::wait_seconds(const std::string& account, const std::string& address) {
  const Clock::time_point now = Clock::now();
  std::lock_guard lock(mutex_);
  Clock::time_point until{};
  if (const auto a = accounts_.find(account); a != accounts_.end()) until = std::max(until, a->second.blocked_until);
  if (const auto b = addresses_.find(address); b != addresses_.end()) until = std::max(until, b->second.blocked_until);
  if (until <= now) return 0;
  return std::chrono::duration_cast<std::chrono::seconds>(until - now).count() + 1;
}

void LoginLimiter::prune(std::map<std::string, Entry>& table, Clock::time_point now) {
  // An entry quiet for an hour and no longer blocking is forgotten; then the quietest goes.
  for (auto it = table.begin(); it != table.end();) {
    if (now - it->second.last > std::chrono::hours(1) && it->second.blocked_until <= now) it = table.erase(it);
    else ++it;
  }
  while (table.size() >= capacity_) {
    table.erase(std::min_element(table.begin(), table.end(),
                                 [](const auto& a, const auto& b) { return a.second.last < b.second.last; }));
  }
}

void LoginLimiter::count(std::map<std::string, Entry>& table, const std::string& key, unsigned limit,
                         Clock::time_point now) {
  if (table.size() >= capacity_ && table.find(key) == table.end()) prune(table, now);
  Entry& entry = table[key];
  if (now - entry.last > std::chrono::hours(1)) entry.failures = 0;
  entry.last = now;
  ++entry.failures;
  if (entry.failures >= limit) {
    const unsigned doublings = std::min(entry.failures - limit, 5u);  // 30 s · 2^5 = 16 min: capped at 15
    const auto wait = std::min<std::chrono::seconds>(std::chrono::seconds(30) * (1 << doublings), std::chrono::minutes(15));
    entry.blocked_until = now + wait;
  }
}

void LoginLimiter::failed(const std::string& account, const std::string& address) {
  const Clock::time_point now = Clock::now();
  std::lock_guard lock(mutex_);
  count(accounts_, account, account_limit_, now);
  count(addresses_, address, address_limit_, now);
}

void LoginLimiter::succeeded(const std::string& account) {
  std::lock_guard lock(mutex_);
  accounts_.erase(account);
}

}  // namespace thidua::serve
