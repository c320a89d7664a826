// Break costs of the spaces in centred text: prefer breaks before place and body words, avoid breaks inside names.
#include "layout/break_costs.h"

#include <array>
#include <string>

#include "text/vietnamese.h"

namespace thidua::layout {

namespace {

// Costs, in the units of break_balanced's demerits (an extra line costs kLineCost there).
constexpr double kPreferred = 0;
constexpr double kOrdinary = 400;
// In capitals every word looks like a name: a break not before a place or body word is likely
// to split one ("HỘI CHỮ / THẬP ĐỎ"), worth more than an extra line.
constexpr double kOrdinaryInCapitals = 3500;
constexpr double kInsideName = 8000;

// Words that start a place or a body in a Vietnamese name: a break just before them keeps the
// name that follows whole ("CÔNG ĐOÀN VIÊN CHỨC / TỈNH SÓC TRĂNG"). A break just after them
// splits that name ("TỈNH / SÓC TRĂNG").
constexpr std::array<std::string_view, 24> kStartWords = {
    "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "THỊ", "THÀNH", "CÔNG", "LIÊN", "CỤM", "KHỐI", "BAN",
    "SỞ",   "BỆNH",  "TRƯỜNG", "VIỆN", "ỦY", "UỶ", "HỘI", "CƠ", "TRUNG", "TỔNG", "ĐẢNG", "NGÀNH"};

// Two-syllable words and fixed phrases of organisation and place names, never split:
// "CÔNG / ĐOÀN", "THI / ĐUA", "KHEN / THƯỞNG", "HỘI CHỮ / THẬP ĐỎ", "VĂN / PHÒNG".
constexpr std::array<std::string_view, 127> kBoundPairs = {
    "CÔNG ĐOÀN", "LIÊN ĐOÀN", "ĐOÀN CƠ",    "CƠ SỞ",      "THI ĐUA",    "KHEN THƯỞNG", "LAO ĐỘNG",
    "VIÊN CHỨC", "THÀNH PHỐ", "THỊ XÃ",     "BỆNH VIỆN",  "CƠ QUAN",    "TRUNG TÂM",   "CHẤP HÀNH",
    "THƯỜNG VỤ", "CHỦ TỊCH",  "VĂN PHÒNG",  "KIỂM TOÁN",  "NHÀ NƯỚC",   "MẶT TRẬN",    "TỔ QUỐC",
    "QUỐC HỘI",  "CHÍNH PHỦ", "TRUNG ƯƠNG", "VIỆT NAM",   "NÔNG DÂN",   "CHỮ THẬP",    "THẬP ĐỎ",
    "CỰU CHIẾN", "CHIẾN BINH", "PHỤ NỮ",    "HỢP TÁC",    "TÁC XÃ",     "KHOA HỌC",    "KỸ THUẬT",
    "NGHỆ THUẬT", "VĂN HỌC",  "BẢO HIỂM",   "XÃ HỘI",     "GIÁO DỤC",   "ĐÀO TẠO",     "Y TẾ",
    "DƯỢC LIỆU", "LIÊN HIỆP", "LIÊN MINH",  "HỮU NGHỊ",   "NHÂN DÂN",   "ỦY BAN",      "UỶ BAN",
    "TỔNG LIÊN", "THANH NIÊN", "CỘNG SẢN",  "HỒ CHÍ",     "CHÍ MINH",   "TÀI CHÍNH",   "CÔNG THƯƠNG",
    "NÔNG NGHIỆP", "PHÁT TRIỂN", "NÔNG THÔN", "GIAO THÔNG", "VẬN TẢI",  "DOANH NGHIỆP", "KINH TẾ",
    "TIỂU HỌC",  "HIỂM XÃ",
    // Departments, companies and trades of the blocs beyond the samples (sở, ban, ngành, công ty).
    "TÀI NGUYÊN", "MÔI TRƯỜNG", "KẾ HOẠCH", "ĐẦU TƯ", "THƯƠNG BINH", "THỂ THAO", "DU LỊCH", "VĂN HÓA",
    "VĂN HOÁ", "PHÁT THANH", "TRUYỀN HÌNH", "DÂN TỘC", "CÔNG TY", "CỔ PHẦN", "CÔNG NGHIỆP", "XỔ SỐ",
    "KIẾN THIẾT", "TRÁCH NHIỆM", "HỮU HẠN", "THÀNH VIÊN", "THOÁT NƯỚC", "TƯ PHÁP", "NỘI VỤ", "NGOẠI VỤ",
    "XÂY DỰNG", "CÔNG AN", "QUÂN SỰ", "NGÂN HÀNG", "KHO BẠC", "HẢI QUAN", "ĐIỆN LỰC", "BƯU ĐIỆN",
    "VIỄN THÔNG", "THÔNG TIN", "TRUYỀN THÔNG", "THỦY SẢN", "THUỶ SẢN", "LÂM NGHIỆP", "THỦY LỢI", "THUỶ LỢI",
    "HÀNH CHÍNH", "SỰ NGHIỆP", "ĐOÀN THỂ", "TUYÊN GIÁO", "DÂN VẬN", "THANH TRA", "KIỂM SÁT", "TÒA ÁN",
    "TOÀ ÁN", "HỌC VIỆN", "ĐẠI HỌC", "CAO ĐẲNG", "TRUNG HỌC", "PHỔ THÔNG", "MẦM NON", "SẢN NHI", "ĐA KHOA",
    "TÂM THẦN", "CỔ TRUYỀN", "NHI ĐỒNG", "PHỤ SẢN", "KHÁCH SẠN"};

bool is_start_word(const std::string& upper_word) {
  for (std::string_view word : kStartWords) {
    if (upper_word == word) return true;
  }
  return false;
}

bool starts_upper(std::string_view word) {
  const std::vector<char32_t> points = text::code_points(word);
  if (points.empty()) return false;
  const std::string first = text::encode_utf8(points.front());
  return text::upper(first) == first && text::lower(first) != first;
}

// "TM.", "KT.", "Q.", "TL.", "TUQ.", "Số:" and the like: a short word that introduces what follows.
bool is_lead_in(std::string_view word) {
  return word.size() <= 5 && (word.ends_with('.') || word.ends_with(':'));
}

}  // namespace

double space_break_cost(std::string_view before, std::string_view after, bool all_caps) {
  const double ordinary = all_caps ? kOrdinaryInCapitals : kOrdinary;
  if (before.empty() || after.empty()) return ordinary;
  if (is_lead_in(before)) return kInsideName;  // TM. / BAN CHẤP HÀNH
  const std::string upper_before = text::upper(before);
  const std::string upper_after = text::upper(after);
  // A comma ends a pair: "VĂN HÓA," is bound like "VĂN HÓA", and a break after it is a good one.
  std::string_view bare_after = upper_after;
  while (!bare_after.empty() && (bare_after.back() == ',' || bare_after.back() == ';')) bare_after.remove_suffix(1);
  const std::string pair = upper_before + " " + std::string(bare_after);
  for (std::string_view bound : kBoundPairs) {
    if (pair == bound) return kInsideName;
  }
  // A line never ends with a word that needs the next: "LIÊN HIỆP CÁC / HỘI", "KHOA HỌC VÀ / KỸ THUẬT".
  if (upper_before == "CÁC" || upper_before == "VÀ" || upper_before == "CỦA" || upper_before == "NHỮNG") return kInsideName;
  if (is_start_word(upper_after) || before.ends_with(',')) return kPreferred;
  if (is_start_word(upper_before) || upper_before == "SỐ") return kInsideName;  // TỈNH / NAM ĐỊNH, SỐ / 3
  // In mixed case two capitalised words side by side are one name: "Sóc / Trăng".
  if (!all_caps && starts_upper(before) && starts_upper(after)) return kInsideName;
  return ordinary;
}

void set_space_break_costs(const Paragraph& p, std::vector<LineItem>& items) {
  bool all_caps = true;
  for (const Span& span : p.spans) {
    if (text::upper(span.text) != span.text) all_caps = false;
  }
  const auto word_of = [&](const LineItem& item) -> std::string_view {
    if (item.kind != LineItem::Kind::box || item.span < 0) return {};
    return std::string_view(p.spans[static_cast<std::size_t>(item.span)].text).substr(item.begin, item.end - item.begin);
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    LineItem& item = items[i];
    if (item.kind != LineItem::Kind::glue || item.fill) continue;
    const std::string_view before = i > 0 ? word_of(items[i - 1]) : std::string_view();
    const std::string_view after = i + 1 < items.size() ? word_of(items[i + 1]) : std::string_view();
    item.penalty = space_break_cost(before, after, all_caps);
  }
}

}  // namespace thidua::layout
