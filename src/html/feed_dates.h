// Date and time forms of feeds: RFC 3339 (Atom, sitemap), RFC 822 (RSS/WXR), WordPress's local and GMT.
#pragma once

#include <optional>
#include <string>

#include "text/calendar.h"

namespace thidua::html {

// A moment in Vietnam's time (UTC+7); the time is 00:00 when unknown.
struct LocalMoment {
  text::Date date;
  std::optional<text::Time> time;
};

// "2022-02-16T15:23:00+07:00".
std::string rfc3339(const LocalMoment& moment);
// "Wed, 16 Feb 2022 15:23:00 +0700".
std::string rfc822(const LocalMoment& moment);
// "2022-02-16 15:23:00" (WordPress post_date).
std::string wordpress_local(const LocalMoment& moment);
// "2022-02-16 08:23:00" (WordPress post_date_gmt: seven hours earlier, across midnight if need be).
std::string wordpress_gmt(const LocalMoment& moment);

}  // namespace thidua::html
