// The names of the format's elements, attributes and values (docs/format.md), as the form shows them
// (English msgids, translated by t() into the page's language: Vietnamese unless English was chosen).
import { t } from './i18n.js';

export const ELEMENTS = {
  event: t('Event'),
  upper: t('Upper body'),
  bloc: t('Emulation bloc or cluster'),
  name: t('Name of the conference'),
  date: t('Date held'),
  time: t('Start time'),
  place: t('Place'),
  logo: t('Emblem (logo)'),
  units: t('Member units'),
  unit: t('Unit'),
  signatory: t('Signatory'),
  guests: t('Guests'),
  guest: t('Guest'),
  group: t('Group of guests'),
  attendees: t('Delegates (the sign-in list)'),
  attendee: t('Delegate'),
  agreement: t('Emulation agreement'),
  title: t('Title'),
  subject: t('Subject'),
  basis: t('Legal basis'),
  preamble: t('Preamble'),
  section: t('Section'),
  p: t('Paragraph'),
  item: t('Item'),
  point: t('Point (a, b, …)'),
  target: t('Target'),
  implementation: t('Implementation'),
  period: t('Period'),
  recipients: t('Recipients'),
  to: t('Recipient'),
  movement: t('Emulation movement'),
  theme: t('Theme'),
  goal: t('Goal'),
  solution: t('Solution'),
  campaign: t('Campaign'),
  news: t('News article'),
  published: t('Published at'),
  author: t('Author'),
  lead: t('Lead'),
  body: t('Article body'),
  h: t('Sub-heading'),
  quote: t('Quote'),
  photo: t('Photo'),
  tag: t('Tag'),
  achieved: t('Result against a target'),
  bonus: t('Bonus criterion'),
  chair: t('Chair of the meeting'),
  minutes: t('Minutes of the conference'),
  penalty: t('Penalty criterion'),
  programme: t('Programme of the conference'),
  purpose: t('Purpose'),
  requirement: t('Requirement'),
  results: t('Year-end scores and awards'),
  reward: t('Form of award'),
  score: t('Score'),
  scores: t("A unit's scores"),
  secretary: t('Secretary of the meeting'),
  step: t('Step'),
  host: t('Host of the ceremony (when not the leading unit)'),
  compose: t('Composed sentences'),
};

// Attribute labels by "element.attribute", then by attribute alone.
export const ATTRS = {
  'event.id': t('Event ID'),
  'event.kind': t('Kind of event'),
  'event.year': t('Emulation year'),
  'upper.name': t('Full name'),
  'upper.short': t('Short name'),
  'upper.parent': t('The body above it'),
  'bloc.kind': t('Kind'),
  'bloc.name': t("Name (without the words \"Khối thi đua\", \"Cụm thi đua\")"),
  'bloc.full': t('Full name (when the name put together is not right)'),
  'place.province': t('Province or city'),
  'logo.file': t('Image file'),
  'units.csv': t('List file (CSV)'),
  'guests.csv': t('List file (CSV)'),
  'attendees.csv': t('List file (CSV)'),
  'unit.id': t('Code'),
  'unit.name': t('Unit name'),
  'unit.short': t('Short name'),
  'unit.role': t('Role'),
  'signatory.name': t('Signatory'),
  'signatory.title': t("Signatory's position"),
  'signatory.authority': t('Signing authority'),
  'guest.id': t('Code'),
  'guest.name': t('Name'),
  'guest.title': t('Position'),
  'guest.organisation': t('Organisation'),
  'guest.role': t('Role'),
  'guest.unit': t('Unit ID'),
  'guest.honorific': t('Form of address'),
  'group.role': t('Role'),
  'attendee.name': t('Name'),
  'attendee.title': t('Position'),
  'attendee.unit': t('Unit ID'),
  'attendee.organisation': t('Organisation'),
  'attendee.note': t('Note'),
  'agreement.number': t('Number'),
  'agreement.symbol': t('Symbol'),
  'section.title': t('Section title'),
  'target.party': t('Unit ID'),
  'target.qualifier': t('Qualifier'),
  'target.quantity': t('Quantity'),
  'target.measure': t('Measure'),
  'period.from': t('From'),
  'period.to': t('To'),
  'campaign.programme': t('Programme'),
  'campaign.days': t('Number of days'),
  'quote.by': t('ID of the guest quoted'),
  'photo.file': t('Image file'),
  'photo.credit': t('Photographer'),
  'photo.alt': t('Description of the photo'),
  'achieved.unit': t('Unit ID'),
  'achieved.measure': t('Measure'),
  'agreement.points': t('Points in total'),
  'attendees.file': t('Spreadsheet file (XLSX, ODS)'),
  'attendees.sheet': t('Sheet'),
  'attendees.rows-per-unit': t('Blank rows per unit'),
  'bonus.points': t('Points'),
  'bonus.rule': t('How it is scored'),
  'chair.name': t('Name'),
  'chair.title': t('Position'),
  'guests.file': t('Spreadsheet file (XLSX, ODS)'),
  'guests.sheet': t('Sheet'),
  'item.points': t('Points'),
  'item.rule': t('How it is scored'),
  'minutes.end': t('Time it ended'),
  'minutes.absent': t('Absent'),
  'movement.number': t('Number'),
  'movement.symbol': t('Symbol'),
  'penalty.points': t('Points'),
  'penalty.rule': t('How it is scored'),
  'results.date': t('Date of the vote'),
  'results.voters': t('Number of voters'),
  'results.tie': t('When votes are tied'),
  'results.file': t('Spreadsheet file (XLSX, ODS)'),
  'results.sheet': t('Sheet'),
  'reward.count': t('Number of awards'),
  'reward.votes': t('Votes needed'),
  'score.section': t('Section'),
  'score.bonus': t('Bonus criterion'),
  'score.penalty': t('Penalty criterion'),
  'scores.unit': t('Unit ID'),
  'scores.votes': t('Votes'),
  'secretary.name': t('Name'),
  'secretary.title': t('Position'),
  'section.points': t('Points'),
  'section.rule': t('How it is scored'),
  'step.time': t('Time'),
  'step.guest': t('Guest (ID) who speaks'),
  'step.unit': t('Unit (ID) that speaks'),
  'step.by': t('Who does it'),
  'units.file': t('Spreadsheet file (XLSX, ODS)'),
  'units.sheet': t('Sheet'),
  'units.leader': t('Leader of the bloc'),
  'units.count': t('Number of units'),
  'units.noun': t('What the units are called'),
  'host.unit': t('Member unit (code) that hosts'),
  'host.name': t('Or another body: its full name'),
  'host.short': t('Short name (in the article)'),
  'compose.omit': t('Composed sentences left out'),
};

// The sentences <compose omit=> can leave out, as the check boxes name them.
export const COMPOSED_PARTS = {
  lead: t('Lead of the article ("Sáng …, tại …, … đã tổ chức …"); the reason in the script'),
  host: t('"…, do … đăng cai" (who hosts)'),
  guests: t('Guests sentence of the article; introduction of the guests in the script'),
  members: t('Member units sentence ("… có 16 cơ quan, đơn vị, bao gồm: …")'),
  leader: t('Leader sentence ("Năm … Khối trưởng khối thi đua là …")'),
  signing: t('Signing sentence; congratulation in the script; signing line of the minutes'),
  closing: t('Closing words of the script'),
};

// What to type, shown under the field.
export const HINTS = {
  'event.id': t('Lower-case letters without accents, digits and hyphens, e.g. soc-trang-cum-3-2020.'),
  'event.year': t('Leave empty: the year of the date held.'),
  'date.#text': t('Year-month-day, e.g. 2020-06-09.'),
  'time.#text': t('Hours:minutes, e.g. 08:00.'),
  'published.#text': t('E.g. 2022-02-16T15:23 or 2022-02-16.'),
  'period.from': t('Year-month-day.'),
  'period.to': t('Year-month-day.'),
  'basis.#text': t('No ; needed at the end.'),
  'to.#text': t("No - needed at the start; put \"Lưu: VT\" last."),
};

// The values an attribute allows, with their Vietnamese names.
export const CHOICES = {
  'event.kind': [['agreement', t('Signing of an emulation agreement')], ['movement', t('Launch of an emulation movement')], ['campaign', t('Campaign agreement')]],
  'bloc.kind': [['khoi', t('Emulation bloc (khối)')], ['cum', t('Emulation cluster (cụm)')], ['union', t('Trade union (on its own)')]],
  'unit.role': [['', t('Member')], ['leader', t('Leader of the bloc')], ['deputy', t('Deputy leader of the bloc')], ['member', t('Member (stated)')]],
  'guest.role': [['', t('Attending')], ['chair', t('Chairing')], ['director', t('Attending and directing')], ['attending', t('Attending (stated)')]],
  'group.role': [['', t('Attending')], ['chair', t('Chairing')], ['director', t('Attending and directing')], ['attending', t('Attending (stated)')]],
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
const IMAGE = { accept: 'image/png,image/jpeg', folder: 'photos/', label: t('Upload a photo (PNG, JPEG)') };
const LIST = { accept: '.csv,.xlsx,.ods', folder: '', label: t('Import the list from a file (CSV, XLSX, ODS)') };
export const UPLOADS = { 'logo.file': IMAGE, 'photo.file': IMAGE, 'units.csv': LIST, 'guests.csv': LIST, 'attendees.csv': LIST };

// The label of attribute `name` of element `element`.
export function attrLabel(element, name) {
  if (name === '#text') return t('Item');
  return ATTRS[`${element}.${name}`] || name;
}

// The label of an element.
export function elementLabel(name) {
  return ELEMENTS[name] || `<${name}>`;
}
