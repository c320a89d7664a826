// The office mode's signed-in sessions and its limit on failed sign-ins, both bounded in memory.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace thidua::serve {

using Clock = std::chrono::steady_clock;

// One signed-in browser.
struct Session {
  std::string user;
  std::string csrf;          // sent back in X-CSRF-Token by every state-changing request
  std::string account_hash;  // the password hash at sign-in: a changed password ends the session
  Clock::time_point last_seen;
};

// Sessions by their random id; a session idle longer than the limit is gone.
class SessionTable {
 public:
  // Sessions end after `idle` without a request; at most `capacity` are kept (the oldest
  // idle one makes room).
  SessionTable(std::chrono::seconds idle, std::size_t capacity = 10000);
  // Starts a session for `user`; returns its id (the cookie's value).
  std::string open(const std::string& user, const std::string& account_hash);
  // The session `id`, its idle time restarted; nullopt when unknown or expired.
  std::optional<Session> touch(const std::string& id);
  // Ends session `id`.
  void close(const std::string& id);
  // Ends every session of `user`.
  void close_user(const std::string& user);
  // How many sessions are kept (for tests and the benchmark).
  std::size_t size() const;

 private:
  void prune(Clock::time_point now);
  std::chrono::seconds idle_;
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::map<std::string, Session> sessions_;
};

// Failed sign-ins counted per account and per address: past a threshold, further attempts
// wait, for longer each time (30 s, doubling, at most 15 min). Old entries are forgotten.
class LoginLimiter {
 public:
  // `account_limit` failures of one account, or `address_limit` from one address, start the waits.
  LoginLimiter(unsigned account_limit = 5, unsigned address_limit = 20, std::size_t capacity = 4096);
  // Seconds to wait before `account` may try again from `address`; 0 when it may now.
  long wait_seconds(const std::string& account, const std::string& address);
  // Counts a failure.
  void failed(const std::string& account, const std::string& address);
  // Forgets the account's failures after a successful sign-in.
  void succeeded(const std::string& account);

 private:
  struct Entry {
    unsigned failures = 0;
    Clock::time_point blocked_until{};
    Clock::time_point last{};
  };
  void count(std::map<std::string, Entry>& table, const std::string& key, unsigned limit, Clock::time_point now);
  void prune(std::map<std::string, Entry>& table, Clock::time_point now);
  unsigned account_limit_;
  unsigned address_limit_;
  std::size_t capacity_;
  std::mutex mutex_;
  std::map<std::string, Entry> accounts_;
  std::map<std::string, Entry> addresses_;
};

}  // namespace thidua::serve
