// Vietnamese names of the format's elements, attributes and values (docs/format.md), as the form shows them.

export const ELEMENTS = {
  event: 'Sự kiện',
  upper: 'Cơ quan cấp trên',
  bloc: 'Khối, cụm thi đua',
  name: 'Tên hội nghị',
  date: 'Ngày tổ chức',
  time: 'Giờ bắt đầu',
  place: 'Địa điểm',
  logo: 'Biểu trưng (logo)',
  units: 'Đơn vị thành viên',
  unit: 'Đơn vị',
  signatory: 'Người ký',
  guests: 'Khách mời',
  guest: 'Khách mời',
  group: 'Nhóm khách mời',
  attendees: 'Đại biểu (danh sách ký tên)',
  attendee: 'Đại biểu',
  agreement: 'Giao ước thi đua',
  title: 'Tiêu đề',
  subject: 'Trích yếu',
  basis: 'Căn cứ',
  preamble: 'Đoạn mở đầu',
  section: 'Phần',
  p: 'Đoạn văn',
  item: 'Nội dung',
  point: 'Điểm (a, b, …)',
  target: 'Chỉ tiêu',
  implementation: 'Tổ chức thực hiện',
  period: 'Thời gian thực hiện',
  recipients: 'Nơi nhận',
  to: 'Nơi nhận',
  movement: 'Phong trào thi đua',
  theme: 'Chủ đề',
  goal: 'Mục tiêu',
  solution: 'Giải pháp',
  campaign: 'Chiến dịch',
  news: 'Bài viết',
  published: 'Thời điểm đăng',
  author: 'Tác giả',
  lead: 'Đoạn dẫn',
  body: 'Nội dung bài viết',
  h: 'Tiêu đề nhỏ',
  quote: 'Trích lời',
  photo: 'Ảnh',
  tag: 'Thẻ',
};

// Attribute labels by "element.attribute", then by attribute alone.
export const ATTRS = {
  'event.id': 'Mã sự kiện',
  'event.kind': 'Loại sự kiện',
  'event.year': 'Năm thi đua',
  'upper.name': 'Tên đầy đủ',
  'upper.short': 'Tên ngắn',
  'upper.parent': 'Cơ quan cấp trên nữa',
  'bloc.kind': 'Loại',
  'bloc.name': 'Tên (không có chữ "Khối thi đua", "Cụm thi đua")',
  'bloc.full': 'Tên đầy đủ (khi tên ghép sẵn chưa đúng)',
  'place.province': 'Tỉnh, thành phố',
  'logo.file': 'Tệp ảnh',
  'units.csv': 'Tệp danh sách (CSV)',
  'guests.csv': 'Tệp danh sách (CSV)',
  'attendees.csv': 'Tệp danh sách (CSV)',
  'unit.id': 'Mã',
  'unit.name': 'Tên đơn vị',
  'unit.short': 'Tên ngắn',
  'unit.role': 'Vai trò',
  'signatory.name': 'Người ký',
  'signatory.title': 'Chức vụ người ký',
  'signatory.authority': 'Thẩm quyền ký',
  'guest.id': 'Mã',
  'guest.name': 'Họ và tên',
  'guest.title': 'Chức vụ',
  'guest.organisation': 'Cơ quan',
  'guest.role': 'Vai trò',
  'guest.unit': 'Mã đơn vị',
  'guest.honorific': 'Cách xưng hô',
  'group.role': 'Vai trò',
  'attendee.name': 'Họ và tên',
  'attendee.title': 'Chức vụ',
  'attendee.unit': 'Mã đơn vị',
  'attendee.organisation': 'Cơ quan',
  'attendee.note': 'Ghi chú',
  'agreement.number': 'Số',
  'agreement.symbol': 'Ký hiệu',
  'section.title': 'Tên phần',
  'target.party': 'Mã đơn vị',
  'target.qualifier': 'Mức',
  'target.quantity': 'Số lượng',
  'target.measure': 'Đơn vị tính',
  'period.from': 'Từ ngày',
  'period.to': 'Đến ngày',
  'campaign.programme': 'Chương trình',
  'campaign.days': 'Số ngày',
  'quote.by': 'Mã khách mời nói',
  'photo.file': 'Tệp ảnh',
  'photo.credit': 'Người chụp',
  'photo.alt': 'Mô tả ảnh',
};

// What to type, shown under the field.
export const HINTS = {
  'event.id': 'Chữ thường không dấu, số và dấu gạch ngang, ví dụ soc-trang-cum-3-2020.',
  'event.year': 'Để trống: lấy năm của ngày tổ chức.',
  'date.#text': 'Năm-tháng-ngày, ví dụ 2020-06-09.',
  'time.#text': 'Giờ:phút, ví dụ 08:00.',
  'published.#text': 'Ví dụ 2022-02-16T15:23 hoặc 2022-02-16.',
  'period.from': 'Năm-tháng-ngày.',
  'period.to': 'Năm-tháng-ngày.',
  'basis.#text': 'Không cần dấu ; ở cuối.',
  'to.#text': 'Không cần dấu - ở đầu; "Lưu: VT" để cuối cùng.',
};

// The values an attribute allows, with their Vietnamese names.
export const CHOICES = {
  'event.kind': [['agreement', 'Ký kết giao ước thi đua'], ['movement', 'Phát động phong trào thi đua'], ['campaign', 'Giao ước chiến dịch']],
  'bloc.kind': [['khoi', 'Khối thi đua'], ['cum', 'Cụm thi đua'], ['union', 'Công đoàn (tự tổ chức)']],
  'unit.role': [['', 'Thành viên'], ['leader', 'Trưởng khối, cụm'], ['deputy', 'Phó khối, cụm'], ['member', 'Thành viên (ghi rõ)']],
  'guest.role': [['', 'Dự'], ['chair', 'Chủ trì'], ['director', 'Dự và chỉ đạo'], ['attending', 'Dự (ghi rõ)']],
  'group.role': [['', 'Dự'], ['chair', 'Chủ trì'], ['director', 'Dự và chỉ đạo'], ['attending', 'Dự (ghi rõ)']],
};

// What a pasted cell may say for a choice, beside the value itself.
export const CHOICE_WORDS = {
  'unit.role': { 'trưởng': 'leader', 'khối trưởng': 'leader', 'cụm trưởng': 'leader', 'trưởng khối': 'leader', 'trưởng cụm': 'leader',
    'phó': 'deputy', 'khối phó': 'deputy', 'cụm phó': 'deputy', 'phó khối': 'deputy', 'phó cụm': 'deputy', 'thành viên': '' },
  'guest.role': { 'chủ trì': 'chair', 'chỉ đạo': 'director', 'dự và chỉ đạo': 'director', 'dự': '' },
};

// Lists shown as tables: the row element, and its columns (an attribute, or "child.attribute").
export const TABLES = {
  unit: ['name', 'short', 'role', 'signatory.name', 'signatory.title', 'signatory.authority', 'id'],
  guest: ['name', 'title', 'organisation', 'role', 'unit', 'honorific', 'id'],
  attendee: ['name', 'title', 'unit', 'organisation', 'note'],
  target: ['qualifier', 'quantity', 'measure', 'party', '#text'],
};

// Fields that name a file: what may be uploaded for them, and where it is stored.
const IMAGE = { accept: 'image/png,image/jpeg', folder: 'photos/', label: 'Tải ảnh lên (PNG, JPEG)' };
const LIST = { accept: '.csv,.xlsx,.ods', folder: '', label: 'Nhập danh sách từ tệp (CSV, XLSX, ODS)' };
export const UPLOADS = { 'logo.file': IMAGE, 'photo.file': IMAGE, 'units.csv': LIST, 'guests.csv': LIST, 'attendees.csv': LIST };

// The label of attribute `name` of element `element`.
export function attrLabel(element, name) {
  if (name === '#text') return 'Nội dung';
  return ATTRS[`${element}.${name}`] || name;
}

// The label of an element.
export function elementLabel(name) {
  return ELEMENTS[name] || `<${name}>`;
}
