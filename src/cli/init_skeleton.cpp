// The Vietnamese skeletons `thidua init` writes: the event XML with a comment on every field, and the list sheets.
#include "cli/init_skeleton.h"

namespace thidua::cli {

namespace {

// The part every kind shares: the event, the upper body, the bloc, time and place, the lists.
const char* const head = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Sự kiện thi đua mới, do lệnh "thidua init" tạo ra.
     Hãy điền vào mọi chỗ còn để trống ("" hoặc giữa hai thẻ), theo hướng dẫn trong các dòng
     chú thích như dòng này (chú thích không in ra văn bản). Lệnh
         thidua check su-kien.xml
     liệt kê những chỗ còn thiếu, kèm số dòng. Danh sách đơn vị, khách mời và đại biểu nằm
     trong các tệp Excel cùng thư mục: don-vi.xlsx, khach-moi.xlsx, dai-bieu.xlsx. -->

<!-- id: mã của sự kiện, viết không dấu, nối bằng dấu gạch ngang; ví dụ: khoi-nganh-i-2025.
     year: năm thi đua; ví dụ: 2025. -->
<event id="" kind="{KIND}" year="">

  <!-- Công đoàn cấp trên của khối, cụm.
       name: tên đầy đủ; ví dụ: Liên đoàn Lao động tỉnh Khánh Hòa.
       short: tên ngắn dùng trong bài viết; ví dụ: LĐLĐ tỉnh.
       parent: cơ quan cấp trên nữa, in ở góc trái văn bản; ví dụ: Tổng Liên đoàn Lao động Việt Nam
       (bỏ trống nếu không cần). -->
  <upper name="" short="" parent=""/>

  <!-- Khối hoặc cụm thi đua.
       kind: khoi (khối), cum (cụm) hoặc union (một công đoàn phát động trong đơn vị mình).
       name: tên, không kèm chữ "Khối"/"Cụm"; ví dụ: Công đoàn Ngành I, hoặc: số 3.
       full: tên đầy đủ nếu khác cách ghép thông thường; ví dụ: Cụm thi đua số 3 Công đoàn Viên chức tỉnh
       (bỏ trống nếu không cần). -->
  <bloc kind="" name="" full=""/>

  <!-- Tên buổi lễ, hội nghị; ví dụ: Hội nghị ký kết giao ước thi đua năm 2025. -->
  <name></name>

  <!-- Ngày tổ chức, viết năm-tháng-ngày; ví dụ: 2025-02-16. -->
  <date></date>

  <!-- Giờ bắt đầu, viết giờ:phút; ví dụ: 08:00. -->
  <time></time>

  <!-- Địa điểm; province: tỉnh, thành phố (ví dụ: Khánh Hòa);
       giữa hai thẻ: nơi tổ chức (ví dụ: Hội trường Liên đoàn Lao động tỉnh). -->
  <place province=""></place>

  <!-- Đơn vị đăng cai, chỉ khi không phải đơn vị trưởng khối, cụm: bỏ dấu chú thích quanh một
       trong hai dòng dưới đây và điền vào.
       unit: mã của đơn vị thành viên đăng cai (cột "Mã" trong don-vi.xlsx); ví dụ: nghison.
       Hoặc name: tên đầy đủ của cơ quan khác đăng cai; ví dụ: Sở Công Thương tỉnh Hà Tĩnh,
       và short: tên ngắn dùng trong bài viết; ví dụ: Sở Công Thương.
  <host unit=""/>
  <host name="" short=""/> -->
{UNITS}
  <!-- Khách mời: điền trong tệp khach-moi.xlsx (mỗi khách một dòng). -->
  <guests file="khach-moi.xlsx"/>

  <!-- Đại biểu dự (danh sách ký tên): điền trong tệp dai-bieu.xlsx (mỗi người một dòng). -->
  <attendees file="dai-bieu.xlsx"/>
)";

const char* const units_line = R"(
  <!-- Các đơn vị thành viên ký giao ước: điền trong tệp don-vi.xlsx (mỗi đơn vị một dòng). -->
  <units file="don-vi.xlsx"/>
)";

const char* const agreement_part = R"(
  <!-- Văn bản giao ước thi đua.
       number: số văn bản; ví dụ: 01. symbol: ký hiệu; ví dụ: GU-KTĐ. -->
  <agreement number="" symbol="">
    <!-- Mỗi căn cứ một dòng <basis>, không có dấu chấm phẩy cuối; ví dụ:
         Căn cứ Luật Thi đua, Khen thưởng ngày 15/6/2022. Thêm dòng nếu có nhiều căn cứ. -->
    <basis></basis>
    <!-- Đoạn mở đầu trước các nội dung; ví dụ: Nhằm đẩy mạnh phong trào thi đua yêu nước,
         các đơn vị trong Khối thống nhất ký kết giao ước thi đua năm 2025 với các nội dung sau: -->
    <preamble></preamble>
    <!-- Mỗi phần nội dung một <section>; title: tên phần (ví dụ: Thi đua thực hiện nhiệm vụ chính trị).
         Mỗi nội dung một <item>; chỉ tiêu bằng số ghi trong <target>, ví dụ:
         <target qualifier="ít nhất" quantity="50" measure="sáng kiến được công nhận"/> -->
    <section title="">
      <item></item>
    </section>
    <!-- Tổ chức thực hiện: mỗi đoạn một <p>; ví dụ: Các đơn vị căn cứ nội dung giao ước,
         xây dựng kế hoạch thực hiện cụ thể. -->
    <implementation>
      <p></p>
    </implementation>
    <!-- Nơi nhận: mỗi nơi một <to>; ví dụ: Thường trực LĐLĐ tỉnh (để b/c); Lưu: VT. -->
    <recipients>
      <to></to>
    </recipients>
  </agreement>
)";

const char* const movement_part = R"(
  <!-- Nội dung phát động phong trào thi đua. -->
  <movement>
    <!-- Chủ đề, khẩu hiệu thi đua; ví dụ: Đẩy mạnh phong trào thi đua hoàn thành xuất sắc nhiệm vụ năm 2025. -->
    <theme></theme>
    <!-- Mỗi mục tiêu một <goal>; ví dụ: Tiếp tục đổi mới nội dung, phương thức hoạt động công đoàn. -->
    <goal></goal>
    <!-- Mỗi giải pháp một <solution>; ví dụ: Các tổ công đoàn đăng ký danh hiệu thi đua cho từng tập thể, cá nhân. -->
    <solution></solution>
  </movement>
)";

const char* const campaign_part = R"(
  <!-- Chiến dịch thi đua giữa các cụm.
       programme: tên chương trình; ví dụ: 01 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng.
       days: số ngày của chiến dịch; ví dụ: 40. -->
  <campaign programme="" days=""/>
)";

const char* const tail = R"(
  <!-- Bài viết đưa tin về sự kiện. -->
  <news>
    <!-- Tiêu đề bài viết; ví dụ: Khối thi đua Công đoàn Ngành I ký kết giao ước thi đua năm 2025. -->
    <title></title>
    <!-- Người viết; ví dụ: Ngọc Thắng. -->
    <author></author>
    <!-- Đoạn mở đầu (sa pô) của bài viết. -->
    <lead></lead>
  </news>

  <!-- Nếu một câu chương trình tự soạn không hợp với sự kiện này, bỏ dấu chú thích quanh dòng
       dưới đây và ghi tên câu đó vào omit (nhiều câu cách nhau bằng dấu cách): lead (câu mở đầu
       bài viết), host (đơn vị đăng cai), guests (khách mời), members (các đơn vị thành viên),
       leader (khối trưởng, cụm trưởng), signing (câu ký kết), closing (lời kết của kịch bản).
  <compose omit=""/> -->
</event>
)";

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace

std::string event_skeleton(const std::string& kind) {
  const bool signed_by_units = kind != "movement";
  std::string xml = replace_all(head, "{KIND}", kind);
  xml = replace_all(xml, "{UNITS}", signed_by_units ? units_line : "");
  xml += kind == "agreement" ? agreement_part : kind == "movement" ? movement_part : campaign_part;
  xml += tail;
  return xml;
}

std::vector<std::pair<std::string, workbook::SheetSpec>> list_skeletons(const std::string& kind) {
  std::vector<std::pair<std::string, workbook::SheetSpec>> lists;
  if (kind != "movement") {
    lists.push_back({"don-vi.xlsx",
                     {"Đơn vị",
                      {{"Mã", 14, "Mã đơn vị, không dấu, không trùng nhau; ví dụ: cdvc"},
                       {"Tên viết tắt", 28, "Tên ngắn dùng trong văn bản và bài viết; ví dụ: Công đoàn Viên chức"},
                       {"Tên đơn vị", 45, "Tên đầy đủ; ví dụ: Công đoàn Viên chức tỉnh Khánh Hòa"},
                       {"Vai trò", 12, "leader (Trưởng khối, cụm), deputy (Phó khối, cụm) hoặc member (thành viên; bỏ trống cũng được)"},
                       {"Người ký", 24, "Họ và tên người ký giao ước; ví dụ: Nguyễn Thanh Phong"},
                       {"Chức danh", 16, "Chức danh người ký; ví dụ: Chủ tịch"},
                       {"Thẩm quyền", 22, "Thẩm quyền ký; ví dụ: TM. BAN CHẤP HÀNH hoặc KT. CHỦ TỊCH"}},
                      {}}});
  }
  lists.push_back({"khach-moi.xlsx",
                   {"Khách mời",
                    {{"Mã", 12, "Mã khách mời, không dấu (để trích lời phát biểu); ví dụ: thanh"},
                     {"Họ và tên", 26, "Ví dụ: Bùi Đăng Thành"},
                     {"Chức vụ", 28, "Ví dụ: Phó Chủ tịch LĐLĐ tỉnh"},
                     {"Cơ quan, đơn vị", 40, "Nơi công tác; ví dụ: Liên đoàn Lao động tỉnh Khánh Hòa"},
                     {"Vai trò", 12, "chair (chủ trì), director (chỉ đạo) hoặc attending (dự; bỏ trống cũng được)"},
                     {"Đơn vị", 24, "Nếu khách là đại diện một đơn vị thành viên: mã, tên hoặc tên viết tắt của đơn vị"},
                     {"Danh xưng", 12, "Cách gọi trong giấy mời; ví dụ: Đồng chí, Ông, Bà"}},
                    {}}});
  lists.push_back({"dai-bieu.xlsx",
                   {"Đại biểu",
                    {{"STT", 6, "Số thứ tự (không bắt buộc)"},
                     {"Họ và tên", 26, "Ví dụ: Nguyễn Thị Hương"},
                     {"Chức vụ", 28, "Ví dụ: Chủ tịch Công đoàn"},
                     {"Đơn vị", 26, "Đơn vị thành viên: mã, tên hoặc tên viết tắt (như trong don-vi.xlsx)"},
                     {"Cơ quan, đơn vị", 36, "Nơi công tác, nếu không thuộc đơn vị thành viên nào"},
                     {"Ghi chú", 20, "Ví dụ: Trưởng khối"}},
                    {}}});
  return lists;
}

}  // namespace thidua::cli
