#!/usr/bin/env python3
"""Writes synthetic but realistic event files for benchmarks and scale tests (deterministic).

  generate_events.py events N DIR       N agreement events (2-page agreement, ~40 delegates,
                                        10 guests, an article) into DIR
  generate_events.py guests N FILE      one event with N guests (the mail-merge workload)
  generate_events.py attendees N FILE   one event with N delegates in a CSV beside FILE
"""
import os
import random
import sys
from xml.sax.saxutils import escape, quoteattr

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = "Văn Thị Hữu Đức Thanh Ngọc Minh Quang Thu Kim Thị_Thu Văn_Hoàng".split()
GIVEN = ("An Anh Ánh Bình Châu Dũng Đông Giang Hà Hải Hạnh Hòa Hùng Hương Khánh Lan Long Mai "
         "Minh Nam Nga Phong Phúc Quân Sơn Tài Thành Thảo Thủy Trang Tuấn Vân Yến Ý").split()
PROVINCES = ["Khánh Hòa", "Sóc Trăng", "Kiên Giang", "Đắk Lắk", "Quảng Ngãi", "Hà Giang",
             "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Cà Mau", "Lâm Đồng"]
AGENCIES = ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương",
            "Sở Nội vụ", "Sở Tư pháp", "Kho bạc Nhà nước", "Cục Thuế", "Bảo hiểm xã hội",
            "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Tỉnh đoàn", "Hội Chữ thập đỏ"]
TITLES = ["Chủ tịch Công đoàn", "Phó Chủ tịch Công đoàn", "Ủy viên Ban Chấp hành", "Trưởng ban Nữ công"]


def person(rng):
    middle = rng.choice(MIDDLE).replace("_", " ")
    return f"{rng.choice(FAMILY)} {middle} {rng.choice(GIVEN)}"


def a(value):
    return quoteattr(value)


def units_xml(rng, province, count):
    lines = []
    for i in range(count):
        role = "leader" if i == 0 else "deputy" if i == 1 else "member"
        agency = AGENCIES[i % len(AGENCIES)]
        lines.append(f'    <unit id="u{i + 1}" short={a(agency + " tỉnh")} '
                     f'name={a("Công đoàn cơ sở " + agency + " tỉnh " + province)} role="{role}">\n'
                     f'      <signatory name={a(person(rng))} title="Chủ tịch" authority="TM. BAN CHẤP HÀNH"/>\n'
                     f'    </unit>')
    return "  <units>\n" + "\n".join(lines) + "\n  </units>\n"


def guests_xml(rng, count):
    lines = []
    for i in range(count):
        role = "director" if i == 0 else "attending"
        lines.append(f'    <guest id="g{i + 1}" name={a(person(rng))} title={a(rng.choice(TITLES) + " tỉnh")} '
                     f'role="{role}"/>')
    return "  <guests>\n" + "\n".join(lines) + "\n  </guests>\n"


def attendees_rows(rng, count, units):
    for i in range(count):
        yield [person(rng), rng.choice(TITLES), f"u{i % units + 1}", "", ""]


def csv_line(fields):
    out = []
    for field in fields:
        out.append('"' + field.replace('"', '""') + '"' if any(c in field for c in ',"\n') else field)
    return ",".join(out) + "\r\n"


AGREEMENT = """  <agreement number="{number:02d}" symbol="GU-KTĐ">
    <basis>Căn cứ Luật Thi đua, Khen thưởng năm 2022</basis>
    <basis>Căn cứ Hướng dẫn số 1723/HD-TLĐ ngày 12/11/2019 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về hoạt động cụm, khối thi đua trong tổ chức Công đoàn</basis>
    <preamble>Nhằm đẩy mạnh phong trào thi đua yêu nước, phát huy tinh thần năng động, sáng tạo của cán bộ, công chức, viên chức, người lao động, các đơn vị trong {bloc} thống nhất ký kết giao ước thi đua năm {year} với các nội dung sau:</preamble>
    <section title="Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên">
      <item>Phối hợp tổ chức Hội nghị cán bộ, công chức, viên chức đúng thời gian, đúng quy định.<target quantity="100%" measure="công đoàn cơ sở phối hợp tổ chức hội nghị"/></item>
      <item>Chăm lo đời sống vật chất, tinh thần của đoàn viên; thăm hỏi, trợ cấp kịp thời đoàn viên ốm đau, gặp khó khăn.</item>
    </section>
    <section title="Công tác xây dựng tổ chức Công đoàn">
      <item>Phát triển đoàn viên, xây dựng công đoàn cơ sở vững mạnh.<target qualifier="ít nhất" quantity="90%" measure="công đoàn cơ sở xếp loại hoàn thành tốt nhiệm vụ"/></item>
      <item>Tham gia xây dựng Đảng, chính quyền trong sạch, vững mạnh; giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp.</item>
    </section>
    <section title="Công tác tuyên truyền và các hoạt động khác">
      <item>Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nghị quyết của Công đoàn đến đoàn viên, người lao động.</item>
      <item>Tổ chức các hoạt động văn hóa, văn nghệ, thể dục, thể thao chào mừng các ngày lễ lớn.</item>
    </section>
    <implementation>
      <p>Khối trưởng chủ trì, phối hợp với Khối phó theo dõi, đôn đốc các đơn vị thực hiện giao ước thi đua; tổ chức sơ kết vào tháng 6 và tổng kết, chấm điểm, bình xét thi đua vào tháng 12 năm {year}.</p>
      <p>Các đơn vị căn cứ nội dung giao ước, cụ thể hóa thành chương trình, kế hoạch của đơn vị và báo cáo kết quả về Khối trưởng đúng thời gian quy định.</p>
    </implementation>
    <recipients>
      <to>Thường trực LĐLĐ tỉnh (để b/c)</to>
      <to>Các đơn vị trong Khối</to>
      <to>Lưu: VT</to>
    </recipients>
  </agreement>
"""

NEWS = """  <news>
    <title>{bloc} ký kết giao ước thi đua năm {year}</title>
    <published>{year}-03-{day:02d}T15:23</published>
    <author>Hải Đăng</author>
    <body>
      <p>Tại hội nghị, các đơn vị thống nhất nội dung giao ước thi đua và kế hoạch hoạt động của Khối năm {year}.</p>
    </body>
    <tag>giao ước thi đua</tag>
  </news>
"""


def event_xml(rng, index, units, guests, attendees_csv=None, attendee_count=0):
    province = PROVINCES[index % len(PROVINCES)]
    year = 2020 + index % 6
    day = 1 + index % 28
    bloc_name = f"số {index + 1}"
    bloc = f"Khối thi đua {bloc_name}"
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- generated by bench/generate_events.py -->\n'
             f'<event id="khoi-{index + 1}-{year}" kind="agreement" year="{year}">\n'
             f'  <upper name={a("Liên đoàn Lao động tỉnh " + province)} short="LĐLĐ tỉnh" '
             f'parent="Tổng Liên đoàn Lao động Việt Nam"/>\n'
             f'  <bloc kind="khoi" name={a(bloc_name)}/>\n'
             f'  <date>{year}-03-{day:02d}</date>\n  <time>08:00</time>\n'
             f'  <place province={a(province)}>Hội trường Liên đoàn Lao động tỉnh {escape(province)}</place>\n',
             units_xml(rng, province, units), guests_xml(rng, guests)]
    if attendees_csv:
        parts.append(f'  <attendees csv={a(attendees_csv)}/>\n')
    elif attendee_count:
        rows = "\n".join(f'    <attendee name={a(r[0])} title={a(r[1])} unit="{r[2]}"/>'
                         for r in attendees_rows(rng, attendee_count, units))
        parts.append("  <attendees>\n" + rows + "\n  </attendees>\n")
    parts.append(AGREEMENT.format(number=index % 99 + 1, bloc=bloc, year=year))
    parts.append(NEWS.format(bloc=bloc, year=year, day=day))
    parts.append("</event>\n")
    return "".join(parts)


def write(path, text):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(text)


def main(argv):
    if len(argv) != 4 or argv[1] not in ("events", "guests", "attendees"):
        sys.exit(__doc__)
    what, count, target = argv[1], int(argv[2]), argv[3]
    rng = random.Random(2022)
    if what == "events":
        for i in range(count):
            write(os.path.join(target, f"event-{i + 1:04d}.xml"), event_xml(rng, i, 10, 10, attendee_count=40))
    elif what == "guests":
        write(target, event_xml(rng, 0, 10, count))
    else:
        csv_name = os.path.splitext(os.path.basename(target))[0] + "-attendees.csv"
        rows = "".join(csv_line(r) for r in attendees_rows(rng, count, 10))
        write(os.path.join(os.path.dirname(target), csv_name), "name,title,unit,organisation,note\r\n" + rows)
        write(target, event_xml(rng, 0, 10, 5, attendees_csv=csv_name))


if __name__ == "__main__":
    main(sys.argv)
