// The web app: the events list, the editor (a form over the event's XML tree) and the live preview.
import * as T from './tree.js';
import { ELEMENTS, HINTS, CHOICES, CHOICE_WORDS, TABLES, UPLOADS, attrLabel, elementLabel } from './labels.js';
import { Preview, setCsrfToken } from './preview.js';

const main = document.getElementById('main');
const statusLine = document.getElementById('status');
let schema = null;
let documentKinds = [];
let session = { office: false };  // office mode: { user, role, folders, writable, csrf }

// ---------- small helpers ----------

function el(tag, props = {}, ...kids) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const kid of kids.flat(Infinity)) if (kid !== null && kid !== undefined && kid !== false) node.append(kid);
  return node;
}

let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

function say(message) {
  statusLine.textContent = message;
}

async function api(path, body, method) {
  const options = { method: method || (body === undefined ? 'GET' : 'POST'), headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  if (options.method !== 'GET' && session.csrf) options.headers['X-CSRF-Token'] = session.csrf;
  const response = await fetch(path, options);
  const type = response.headers.get('content-type') || '';
  const data = type.startsWith('application/json') ? await response.json() : await response.arrayBuffer();
  if (response.status === 401 && data.login) location.assign('/login');
  return { status: response.status, data };
}

const ROLE_NAMES = { admin: 'quản trị', editor: 'biên tập', reader: 'chỉ xem' };

// Office mode: who is signed in, in the header, with the sign-out button.
async function loadSession() {
  const { data } = await api('/api/session');
  session = data;
  if (!session.office) return;
  setCsrfToken(session.csrf);
  const logout = el('button', { type: 'button', id: 'logout', text: 'Đăng xuất' });
  logout.addEventListener('click', async () => {
    await api('/api/logout', {});
    location.assign('/login');
  });
  const folders = session.role === 'admin' ? 'mọi thư mục' : session.folders.join(', ');
  document.querySelector('header.top').append(el('span', { class: 'account' },
    el('span', { id: 'account-name', text: `Tài khoản: ${session.user} (${ROLE_NAMES[session.role] || session.role}: ${folders})` }), logout));
}

function formatWhen(iso) {
  const d = new Date(iso);
  const two = (n) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

async function loadSchema() {
  if (schema) return;
  const { data } = await api('/api/schema');
  schema = data.schema.elements;
  documentKinds = data.documents;
}

function kindName(kind) {
  const found = CHOICES['event.kind'].find((c) => c[0] === kind);
  return found ? found[1] : kind || '—';
}

function displayDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso || '—';
}

// ---------- the events list ----------

let currentRoute = 0;  // a page still loading when the address changes again must not draw itself

async function showEvents(routeId) {
  document.title = 'Các sự kiện – thidua';
  await loadSchema();
  const { data } = await api('/api/events');
  if (routeId !== currentRoute) return;
  main.replaceChildren();
  main.append(el('h1', { text: 'Các sự kiện' }), el('p', { class: 'muted', text: `Thư mục: ${data.folder}` }));
  if (data.events.length === 0) {
    main.append(el('p', { text: 'Thư mục chưa có tệp sự kiện nào. Hãy tạo sự kiện mới ở dưới.' }));
  } else {
    const rows = data.events.map((e) =>
      el('tr', {},
        el('td', {}, el('a', { href: `#/edit/${encodeURIComponent(e.path)}`, text: e.bloc || e.path })),
        el('td', { text: kindName(e.kind) }),
        el('td', { text: displayDate(e.date) }),
        el('td', { class: e.errors ? 'bad' : e.warnings ? 'warn' : 'good',
          text: e.errors ? `${e.errors} lỗi` : e.warnings ? `${e.warnings} cảnh báo` : 'Không có lỗi' }),
        el('td', { class: 'file', text: e.path })));
    main.append(el('div', { class: 'table-wrap' },
      el('table', { class: 'events' },
        el('caption', { class: 'visually-hidden', text: 'Các tệp sự kiện trong thư mục' }),
        el('thead', {}, el('tr', {}, ['Khối, cụm thi đua', 'Loại', 'Ngày', 'Kiểm tra', 'Tệp'].map((h) => el('th', { scope: 'col', text: h })))),
        el('tbody', {}, rows))));
  }
  if (!session.office || session.writable.length) main.append(newEventForm(data.events));
  if (!session.office || session.role === 'admin') main.append(buildPanel());
}

function newEventForm(events) {
  const idInput = el('input', { id: 'new-id', name: 'new-id', required: true, autocomplete: 'off', 'aria-describedby': 'new-id-hint' });
  const kind = el('select', { id: 'new-kind' }, CHOICES['event.kind'].map(([v, l]) => el('option', { value: v, text: l })));
  // Office mode: the event goes into one of the caller's bloc folders.
  const folder = session.office
    ? el('select', { id: 'new-folder' }, session.writable.map((f) => el('option', { value: f, text: f })))
    : null;
  const source = el('select', { id: 'new-source' }, el('option', { value: '', text: 'Mẫu trống' }),
    events.map((e) => el('option', { value: e.path, text: `Bản sao của ${e.bloc || e.path} (${displayDate(e.date)})` })));
  const message = el('p', { class: 'error-text', role: 'alert' });
  const form = el('form', { class: 'card', 'aria-labelledby': 'new-title' },
    el('h2', { id: 'new-title', text: 'Tạo sự kiện mới' }),
    el('div', { class: 'field' }, el('label', { for: 'new-id', text: 'Mã sự kiện (cũng là tên tệp)' }), idInput,
      el('p', { id: 'new-id-hint', class: 'hint', text: 'Chữ thường không dấu, số và dấu gạch ngang, ví dụ soc-trang-cum-3-2021.' })),
    folder ? el('div', { class: 'field' }, el('label', { for: 'new-folder', text: 'Thư mục (khối, cụm thi đua)' }), folder) : null,
    el('div', { class: 'field' }, el('label', { for: 'new-kind', text: 'Loại sự kiện' }), kind),
    el('div', { class: 'field' }, el('label', { for: 'new-source', text: 'Bắt đầu từ' }), source,
      el('p', { class: 'hint', text: 'Bản sao giữ mọi nội dung, trừ ngày, người ký và vai trò của các đơn vị: hãy điền lại các mục đó.' })),
    message,
    el('button', { type: 'submit', class: 'primary', text: 'Tạo sự kiện mới' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = idInput.value.trim();
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      message.textContent = 'Mã sự kiện chỉ gồm chữ thường không dấu, số và dấu gạch ngang.';
      idInput.setAttribute('aria-invalid', 'true');
      idInput.focus();
      return;
    }
    const file = folder ? `${folder.value}/${id}.xml` : `${id}.xml`;
    if (events.some((e) => e.path === file)) {
      message.textContent = `Đã có tệp ${id}.xml. Hãy chọn mã khác.`;
      idInput.focus();
      return;
    }
    let doc;
    if (source.value) {
      const { data } = await api(`/api/event?path=${encodeURIComponent(source.value)}`);
      doc = copyForNewYear(data.tree, id);
    } else {
      doc = T.blankEvent(id, kind.value);
    }
    pendingNew = { path: file, doc };
    location.hash = `#/edit/${encodeURIComponent(file)}`;
  });
  return form;
}

// A copy of last year's event: the same bloc and units, with the date, signatories and roles to fill in.
function copyForNewYear(doc, id) {
  const copy = T.clone(doc);
  const event = T.eventOf(copy);
  T.setAttr(event, 'id', id);
  T.setAttr(event, 'year', '');
  const date = T.child(event, 'date');
  if (date) T.setText(date, '');
  for (const unit of T.children(T.child(event, 'units') || { children: [] }, 'unit')) {
    T.setAttr(unit, 'role', '');
    for (const s of T.children(unit, 'signatory')) T.removeChild(unit, s);
  }
  return copy;
}

function buildPanel() {
  const bar = el('progress', { id: 'build-progress', max: 1, value: 0, 'aria-label': 'Tiến độ tạo bộ lưu trữ', hidden: true });
  const result = el('div', { id: 'build-result', 'aria-live': 'polite' });
  const button = el('button', { type: 'button', text: 'Tạo bộ lưu trữ' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.textContent = 'Đang tạo bộ lưu trữ…';
    bar.hidden = false;
    const start = await api('/api/build', {});
    if (start.status !== 202) {
      result.textContent = start.data.error;
      button.disabled = false;
      return;
    }
    for (;;) {
      await new Promise((r) => setTimeout(r, 300));
      const { data } = await api('/api/build');
      bar.max = Math.max(1, data.total);
      bar.value = data.done;
      if (data.state === 'running') continue;
      button.disabled = false;
      result.replaceChildren();
      if (data.state === 'done') {
        result.append(el('p', { text: data.failed ? `Xong; ${data.failed} sự kiện có lỗi nên chưa tạo được văn bản.` : 'Đã tạo xong bộ lưu trữ.' }),
          el('p', {}, el('a', { href: `/files/${data.site}`, text: 'Mở trang tin trong bộ lưu trữ' }), ' · ',
            el('a', { href: `/files/${data.manifest}`, text: 'Bảng kê các tệp (manifest.json)' })));
      } else {
        result.append(el('p', { class: 'error-text', text: 'Không tạo được bộ lưu trữ.' }));
      }
      for (const m of data.messages || []) result.append(el('p', { class: 'muted', text: m }));
      break;
    }
  });
  return el('section', { class: 'card', 'aria-labelledby': 'build-title' },
    el('h2', { id: 'build-title', text: 'Bộ lưu trữ' }),
    el('p', { text: 'Tạo mọi văn bản của mọi sự kiện trong thư mục và trang tin, vào thư mục bo-luu-tru.' }),
    button, bar, result);
}

// ---------- the editor ----------

let pendingNew = null;  // a new event made on the list page, not saved yet
let editor = null;

class Editor {
  constructor(path, doc, version, writable = true) {
    this.path = path;
    this.writable = writable;
    this.doc = doc;
    this.version = version;  // null: a new file
    this.dirty = version === null;
    this.widgets = new WeakMap();  // node -> { field -> input }
    this.checkTimer = null;
    this.checking = false;
    this.checkAgain = false;
    this.lastCheck = null;
    this.preview = null;
  }

  get event() {
    return T.eventOf(this.doc);
  }

  // ----- layout -----
  render() {
    document.title = `${this.path} – thidua`;
    this.widgets = new WeakMap();
    const saveButton = el('button', { type: 'button', class: 'primary', id: 'save', text: 'Lưu', disabled: !this.writable });
    saveButton.addEventListener('click', () => this.save());
    this.saveState = el('span', { id: 'save-state', class: 'muted', 'aria-live': 'polite' });
    this.summary = el('div', { id: 'problems', class: 'problems', 'aria-live': 'polite' });
    this.conflict = el('div', { id: 'conflict', role: 'alert' });
    this.form = el('form', { id: 'event-form', class: 'event-form', 'aria-label': 'Nội dung sự kiện', novalidate: true });
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.buildForm();
    if (!this.preview) this.preview = new Preview(documentKinds, () => this.renderRequest());
    const layout = el('div', { class: 'editor' },
      el('div', { class: 'editor-form' }, this.form),
      el('aside', { class: 'editor-preview', 'aria-label': 'Xem trước văn bản' }, this.preview.element));
    main.replaceChildren(...[
      el('p', {}, el('a', { href: '#/', text: '← Danh sách sự kiện' })),
      el('h1', { text: `Sự kiện ${this.path}` }),
      el('div', { class: 'toolbar' }, saveButton, this.saveState),
      this.writable ? null : el('p', { class: 'readonly-note', id: 'readonly', text: 'Tài khoản của bạn chỉ được xem tệp này; các thay đổi ở đây không lưu được.' }),
      this.conflict, this.summary, layout].filter(Boolean));
    if (session.office && this.version !== null) {
      this.historyPanel = el('section', { class: 'card history', id: 'history', 'aria-labelledby': 'history-title' });
      main.append(this.historyPanel);
      this.loadHistory();
    }
    this.updateSaveState();
    this.scheduleCheck(0);
  }

  updateSaveState(text) {
    this.saveState.textContent = text || (this.version === null ? 'Chưa lưu (tệp mới).' : this.dirty ? 'Có thay đổi chưa lưu.' : 'Đã lưu.');
  }

  changed(structure = false) {
    this.dirty = true;
    this.updateSaveState();
    if (structure) {
      const focusId = document.activeElement && document.activeElement.id;
      this.buildForm();
      if (focusId && document.getElementById(focusId)) document.getElementById(focusId).focus();
    }
    this.scheduleCheck();
  }

  // ----- the form -----
  buildForm() {
    this.form.replaceChildren();
    const event = this.event;
    if (!event) return;
    this.widgets = new WeakMap();
    this.form.append(this.section('Thông tin chung', 'general', [
      this.attrFields(event, ['id', 'kind', 'year']),
      ...['upper', 'bloc', 'name', 'date', 'time', 'place', 'logo'].map((n) => this.childSlot(event, n)),
    ]));
    for (const name of ['units', 'guests', 'attendees', 'agreement', 'movement', 'campaign', 'news']) {
      this.form.append(this.section(ELEMENTS[name], name, [this.childSlot(event, name, true)]));
    }
    const unknown = T.children(event).filter((c) => !schema.event.children.some((s) => s.name === c.name));
    if (unknown.length) {
      this.form.append(this.section('Phần tử không thuộc định dạng', 'unknown', unknown.map((c) => this.elementBlock(event, c))));
    }
  }

  section(title, key, content) {
    const id = `sec-${key}`;
    return el('section', { class: 'card form-section', 'aria-labelledby': id }, el('h2', { id, text: title }), content);
  }

  register(node, field, input) {
    if (!this.widgets.has(node)) this.widgets.set(node, {});
    this.widgets.get(node)[field] = input;
  }

  // An input for attribute `name` (or the text, '#text') of `node`.
  field(node, name, { compact = false, rowLabel = '' } = {}) {
    const elementName = node.name;
    const key = `${elementName}.${name}`;
    const id = nextId('f');
    const label = attrLabel(elementName, name);
    const spec = schema[elementName];
    const required = name === '#text' ? spec && spec.text === 'required' : spec && (spec.attrs.find((a) => a.name === name) || {}).required;
    const value = name === '#text' ? T.textOf(node) : T.attr(node, name);
    let input;
    if (CHOICES[key]) {
      input = el('select', { id }, CHOICES[key].map(([v, l]) => el('option', { value: v, text: l })));
      if (!CHOICES[key].some(([v]) => v === value)) input.append(el('option', { value, text: value }));
      input.value = value;
      input.addEventListener('change', () => { T.setAttr(node, name, input.value); this.changed(); });
    } else {
      const long = name === '#text' && ['p', 'preamble', 'basis', 'item', 'lead', 'quote', 'theme', 'goal', 'solution', 'group', 'point', 'subject'].includes(elementName);
      input = long && !compact ? el('textarea', { id, rows: 2 }) : el('input', { id, type: 'text', autocomplete: 'off' });
      input.value = value;
      input.addEventListener('input', () => {
        if (name === '#text') T.setText(node, input.value);
        else T.setAttr(node, name, input.value, Boolean(required));
        this.changed();
      });
    }
    input.dataset.attr = name;
    if (required) input.setAttribute('aria-required', 'true');
    this.register(node, name, input);
    const hint = HINTS[key];
    const hintId = hint ? `${id}-hint` : null;
    if (hintId) input.setAttribute('aria-describedby', hintId);
    if (compact) {
      input.setAttribute('aria-label', rowLabel ? `${label}, ${rowLabel}` : label);
      return input;
    }
    return el('div', { class: 'field' },
      el('label', { for: id }, label, required ? el('span', { class: 'req', 'aria-hidden': 'true', text: ' *' }) : null),
      input,
      hint ? el('p', { class: 'hint', id: hintId, text: hint }) : null,
      UPLOADS[key] ? this.uploader(node, name, input, UPLOADS[key]) : null);
  }

  // A button that stores a chosen file beside the event (photos in photos/) and fills the field.
  uploader(node, name, input, kind) {
    const id = nextId('up');
    const picker = el('input', { type: 'file', id, accept: kind.accept });
    const message = el('p', { class: 'hint', 'aria-live': 'polite' });
    picker.addEventListener('change', async () => {
      const file = picker.files[0];
      if (!file) return;
      const dir = this.path.includes('/') ? this.path.slice(0, this.path.lastIndexOf('/') + 1) : '';
      const target = `${kind.folder}${file.name.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
      const response = await fetch(`/api/upload?path=${encodeURIComponent(dir + target)}`, {
        method: 'POST', credentials: 'same-origin', body: file,
        headers: { 'Content-Type': file.type || 'application/octet-stream', ...(session.csrf ? { 'X-CSRF-Token': session.csrf } : {}) },
      });
      const data = await response.json();
      if (response.status !== 200) { message.textContent = data.error; return; }
      input.value = target;
      T.setAttr(node, name, target, true);
      message.textContent = `Đã tải lên ${target}.`;
      this.changed();
    });
    return el('div', { class: 'upload' }, el('label', { for: id, text: kind.label }), picker, message);
  }

  attrFields(node, names) {
    const spec = schema[node.name];
    const list = names || spec.attrs.map((a) => a.name);
    const extra = (node.attrs || []).map((a) => a[0]).filter((a) => !list.includes(a));
    return el('div', { class: 'fields' }, [...list, ...extra].map((n) => this.field(node, n)));
  }

  // The element `name` under `parent`: its block when present, or a button to add it.
  childSlot(parent, name, open = false) {
    const spec = schema[parent.name].children.find((c) => c.name === name);
    const nodes = T.children(parent, name);
    if (spec && spec.repeated) return this.repeatedList(parent, name);
    if (nodes.length === 0) {
      return el('div', { class: 'add-slot' }, this.addButton(parent, name));
    }
    return nodes.map((node) => this.elementBlock(parent, node, open));
  }

  addButton(parent, name, after = null) {
    const button = el('button', { type: 'button', class: 'add', 'data-add': name, text: `Thêm ${elementLabel(name).toLowerCase()}` });
    button.addEventListener('click', () => {
      const node = this.newElement(name);
      T.insertChild(this.doc, parent, node, after);
      this.changed(true);
      const widgets = this.widgets.get(node);
      const first = widgets && Object.values(widgets)[0];
      if (first) first.focus();
    });
    return button;
  }

  newElement(name) {
    const spec = schema[name];
    const node = T.element(name, spec ? spec.attrs.filter((a) => a.required).map((a) => [a.name, '']) : []);
    if (spec) {
      for (const c of spec.children) {
        if (c.required) T.insertChild(this.doc, node, this.newElement(c.name));
      }
    }
    return node;
  }

  // One element: its attributes, its text and its children, with a button to remove it.
  elementBlock(parent, node, open = false) {
    const spec = schema[node.name];
    const id = nextId('b');
    const parentSpec = schema[parent.name];
    const childSpec = parentSpec && parentSpec.children.find((c) => c.name === node.name);
    const block = el('fieldset', { class: `block el-${node.name}`, id });
    block.append(el('legend', { text: elementLabel(node.name) }));
    this.register(node, '', block);
    if (!spec) {
      block.append(el('p', { class: 'error-text', text: `Phần tử <${node.name}> không có trong định dạng; hãy xóa nó.` }));
    } else {
      if (spec.attrs.length || (node.attrs || []).length) block.append(this.attrFields(node));
      if (spec.text !== 'none') block.append(this.field(node, '#text'));
      for (const c of spec.children) {
        const content = this.childSlot(node, c.name);
        if (Array.isArray(content)) block.append(...content);
        else block.append(content);
      }
    }
    if (!childSpec || !childSpec.required || T.children(parent, node.name).length > 1) {
      const remove = el('button', { type: 'button', class: 'remove', text: `Xóa ${elementLabel(node.name).toLowerCase()}` });
      remove.addEventListener('click', () => { T.removeChild(parent, node); this.changed(true); });
      block.append(el('div', { class: 'row-actions' }, remove));
    }
    if (open) block.classList.add('open');
    return block;
  }

  // A repeated element: a table (units, guests, attendees, targets) or a list of blocks.
  repeatedList(parent, name) {
    if (TABLES[name]) return this.table(parent, name);
    const nodes = T.children(parent, name);
    const list = el('div', { class: `list list-${name}` });
    nodes.forEach((node, i) => {
      const block = this.elementBlock(parent, node);
      block.querySelector('legend').textContent = `${elementLabel(name)} ${i + 1}`;
      const actions = block.querySelector(':scope > .row-actions') || block.appendChild(el('div', { class: 'row-actions' }));
      if (i > 0) actions.prepend(this.moveButton(parent, node, -1, `${elementLabel(name)} ${i + 1}`));
      if (i < nodes.length - 1) actions.prepend(this.moveButton(parent, node, 1, `${elementLabel(name)} ${i + 1}`));
      list.append(block);
    });
    list.append(el('div', { class: 'add-slot' }, this.addButton(parent, name, nodes[nodes.length - 1] || null)));
    return list;
  }

  moveButton(parent, node, step, what) {
    const b = el('button', { type: 'button', class: 'move', text: step < 0 ? 'Lên' : 'Xuống', 'aria-label': `${step < 0 ? 'Chuyển lên' : 'Chuyển xuống'}: ${what}` });
    b.addEventListener('click', () => { if (T.moveChild(parent, node, step)) this.changed(true); });
    return b;
  }

  // A table whose rows are the `name` children of `parent`; rows pasted from Excel are added.
  table(parent, name) {
    const columns = TABLES[name];
    const nodes = T.children(parent, name);
    const caption = elementLabel(parent.name === 'item' ? 'target' : parent.name);
    const head = el('tr', {}, el('th', { scope: 'col', text: 'TT' }),
      columns.map((c) => el('th', { scope: 'col', text: this.columnLabel(name, c) })), el('th', { scope: 'col', text: 'Thao tác' }));
    const body = el('tbody');
    nodes.forEach((node, i) => {
      const rowLabel = `dòng ${i + 1}`;
      const row = el('tr', {}, el('th', { scope: 'row', text: String(i + 1) }));
      this.register(node, '', row);
      columns.forEach((c, col) => {
        const [target, field] = this.cell(node, c);
        const cellLabel = this.columnLabel(name, c);
        const input = target ? this.field(target, field, { compact: true, rowLabel }) : this.lazyCell(node, c, rowLabel);
        input.dataset.row = String(i);
        input.dataset.col = String(col);
        input.addEventListener('paste', (e) => this.paste(e, parent, name, i, col));
        row.append(el('td', { 'data-label': cellLabel }, input));
      });
      const actions = el('td', { class: 'row-actions' });
      if (i > 0) actions.append(this.moveButton(parent, node, -1, `${elementLabel(name)} ${rowLabel}`));
      if (i < nodes.length - 1) actions.append(this.moveButton(parent, node, 1, `${elementLabel(name)} ${rowLabel}`));
      const remove = el('button', { type: 'button', class: 'remove', text: 'Xóa', 'aria-label': `Xóa ${elementLabel(name).toLowerCase()} ${rowLabel}` });
      remove.addEventListener('click', () => { T.removeChild(parent, node); this.changed(true); });
      actions.append(remove);
      row.append(actions);
      body.append(row);
    });
    const add = el('button', { type: 'button', class: 'add', 'data-add': name, text: `Thêm ${elementLabel(name).toLowerCase()}` });
    add.addEventListener('click', () => {
      const node = this.newElement(name);
      T.insertChild(this.doc, parent, node, nodes[nodes.length - 1] || null);
      this.changed(true);
      const w = this.widgets.get(node);
      if (w && w[columns[0]]) w[columns[0]].focus();
    });
    const pasteId = nextId('paste');
    const pasteBox = el('textarea', { id: pasteId, rows: 2, class: 'paste-box', 'data-paste': name, placeholder: 'Dán các dòng chép từ Excel vào đây' });
    pasteBox.addEventListener('paste', (e) => this.paste(e, parent, name, nodes.length, 0));
    return el('div', { class: `table-block table-${name}` },
      el('div', { class: 'table-wrap' }, el('table', { class: 'rows' },
        el('caption', { text: `${caption}: ${nodes.length} dòng` }), el('thead', {}, head), body)),
      el('div', { class: 'table-tools' }, add,
        el('label', { for: pasteId, text: `Dán từ Excel (các cột: ${columns.map((c) => this.columnLabel(name, c)).join(', ')})` }),
        pasteBox));
  }

  columnLabel(name, column) {
    if (column.includes('.')) {
      const [childName, a] = column.split('.');
      return attrLabel(childName, a);
    }
    return attrLabel(name, column);
  }

  // The node and field a column edits: "signatory.name" is the unit's <signatory>.
  cell(node, column) {
    if (!column.includes('.')) return [node, column];
    const [childName, a] = column.split('.');
    const target = T.child(node, childName);
    return target ? [target, a] : [null, a];
  }

  // A cell of a child element not there yet (a unit without <signatory>): typing creates it.
  lazyCell(node, column, rowLabel) {
    const [childName, a] = column.split('.');
    const input = el('input', { type: 'text', id: nextId('f'), autocomplete: 'off', 'aria-label': `${attrLabel(childName, a)}, ${rowLabel}` });
    input.addEventListener('input', () => {
      let target = T.child(node, childName);
      if (!target) {
        target = this.newElement(childName);
        T.insertChild(this.doc, node, target);
        this.register(target, a, input);
      }
      T.setAttr(target, a, input.value, true);
      this.changed();
    });
    return input;
  }

  setCell(node, column, value) {
    const name = node.name;
    let [target, field] = this.cell(node, column);
    if (!target) {
      if (value === '') return;
      const childName = column.split('.')[0];
      target = this.newElement(childName);
      T.insertChild(this.doc, node, target);
    }
    const key = `${target.name}.${field}`;
    if (CHOICES[key]) {
      const lower = value.toLowerCase();
      const words = CHOICE_WORDS[key] || {};
      const choice = CHOICES[key].find(([v, l]) => v === value || l.toLowerCase() === lower);
      value = choice ? choice[0] : lower in words ? words[lower] : value;
    }
    if (field === '#text') T.setText(target, value);
    else {
      const spec = schema[target.name];
      const required = spec && (spec.attrs.find((x) => x.name === field) || {}).required;
      T.setAttr(target, field, value, Boolean(required));
    }
    if (name === 'unit' && column === 'name' && !T.attr(node, 'id')) {
      // Staff paste names; the id is only a code, made from the name when left empty.
      const taken = new Set(T.children(T.child(this.event, 'units') || { children: [] }, 'unit').map((u) => T.attr(u, 'id')));
      let base = T.slug(value.replace(/^công đoàn\s+/i, '')) || 'don-vi';
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      T.setAttr(node, 'id', id);
    }
  }

  paste(event, parent, name, rowIndex, colIndex) {
    const data = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    if (!/[\t\n]/.test(data)) return;  // one value: the input takes it as usual
    event.preventDefault();
    const rows = T.parseTsv(data).filter((r) => r.some((c) => c !== ''));
    const columns = TABLES[name];
    let nodes = T.children(parent, name);
    rows.forEach((cells, r) => {
      let node = nodes[rowIndex + r];
      if (!node) {
        node = this.newElement(name);
        T.insertChild(this.doc, parent, node, nodes[nodes.length - 1] || null);
        nodes = T.children(parent, name);
      }
      cells.forEach((value, c) => {
        const column = columns[colIndex + c];
        if (column) this.setCell(node, column, value);
      });
    });
    this.changed(true);
    say(`Đã dán ${rows.length} dòng.`);
  }

  // ----- checking -----
  // Checks (and previews) the form's state as soon as the current event is handled; while a
  // request runs, further changes are coalesced into one more.
  scheduleCheck(delay = 0) {
    document.body.dataset.checking = 'true';  // for tests and tools: a check is due
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), delay);
  }

  async check() {
    if (this.checking) { this.checkAgain = true; return; }
    this.checking = true;
    // The render runs beside the check (it loads the event itself and refuses one with errors).
    if (this.preview) this.preview.request();
    const { data } = await api('/api/check', { path: this.path, tree: this.doc });
    this.checking = false;
    if (this.checkAgain) { this.checkAgain = false; this.check(); return; }
    this.lastCheck = data;
    if (!Array.isArray(data.diagnostics)) {
      this.summary.replaceChildren(el('p', { class: 'bad', text: data.error || 'Không kiểm tra được.' }));
      delete document.body.dataset.checking;
      return;
    }
    this.showDiagnostics(data);
    delete document.body.dataset.checking;
    if (!data.ok) this.preview.blocked(data.errors);
  }

  showDiagnostics(result) {
    for (const old of this.form.querySelectorAll('.field-error')) old.remove();
    for (const old of this.form.querySelectorAll('[aria-invalid]')) {
      old.removeAttribute('aria-invalid');
      const ids = (old.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.startsWith('err-'));
      if (ids.length) old.setAttribute('aria-describedby', ids.join(' ')); else old.removeAttribute('aria-describedby');
    }
    this.summary.replaceChildren();
    const items = result.diagnostics || [];
    if (items.length === 0) {
      this.summary.append(el('p', { class: 'good', id: 'check-ok', text: 'Kiểm tra: không có lỗi.' }));
      return;
    }
    const errors = result.errors;
    const warnings = result.warnings;
    const heading = errors ? `Có ${errors} lỗi cần sửa trước khi tạo văn bản.` : `Có ${warnings} cảnh báo.`;
    const list = el('ul');
    items.forEach((d, i) => {
      const node = d.node ? T.nodeAt(this.doc, d.node) : null;
      const widgets = node ? this.widgets.get(node) : null;
      const target = widgets ? widgets[d.field || ''] || widgets[''] || Object.values(widgets)[0] : null;
      const where = d.file !== this.path ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
      const text = `${d.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${where}${d.message}`;
      if (target) {
        const id = `err-${i}`;
        const note = el('p', { class: `field-error ${d.severity}`, id, text });
        if (target.tagName === 'TR') {
          target.lastElementChild.append(note);
        } else if (target.tagName === 'FIELDSET') {
          target.querySelector('legend').after(note);
        } else {
          target.after(note);
          if (d.severity === 'error') target.setAttribute('aria-invalid', 'true');
          target.setAttribute('aria-describedby', `${target.getAttribute('aria-describedby') || ''} ${id}`.trim());
        }
        const link = el('a', { href: `#${target.id || ''}`, text });
        link.addEventListener('click', (e) => {
          e.preventDefault();
          const focusable = target.matches('input,select,textarea') ? target : target.querySelector('input,select,textarea,button');
          target.scrollIntoView({ block: 'center' });
          if (focusable) focusable.focus();
        });
        list.append(el('li', { class: d.severity }, link));
      } else {
        list.append(el('li', { class: d.severity, text }));
      }
    });
    this.summary.append(el('h2', { class: errors ? 'bad' : 'warn', text: heading }), list);
  }

  renderRequest() {
    return { path: this.path, tree: this.doc };
  }

  // ----- history (office mode) -----
  async loadHistory() {
    const { status, data } = await api(`/api/history?path=${encodeURIComponent(this.path)}`);
    if (status !== 200 || !this.historyPanel) return;
    const rows = data.versions.map((v, i) => {
      const cells = [
        el('td', { text: formatWhen(v.when) }),
        el('td', { text: v.user || 'không rõ (trước lần lưu đầu tiên)' }),
        el('td', { text: i === 0 ? 'Bản hiện tại' : '' }),
      ];
      const action = el('td');
      if (i > 0 && this.writable) {
        const button = el('button', { type: 'button', class: 'restore', 'data-version': v.id, text: 'Khôi phục' });
        button.setAttribute('aria-label', `Khôi phục phiên bản lúc ${formatWhen(v.when)} của ${v.user || 'không rõ'}`);
        button.addEventListener('click', () => this.restore(v.id));
        action.append(button);
      }
      return el('tr', {}, cells, action);
    });
    this.historyPanel.replaceChildren(el('h2', { id: 'history-title', text: 'Lịch sử các phiên bản' }),
      rows.length
        ? el('table', {}, el('thead', {}, el('tr', {}, ['Lúc', 'Người lưu', 'Ghi chú', 'Thao tác'].map((h) => el('th', { scope: 'col', text: h })))), el('tbody', {}, rows))
        : el('p', { class: 'muted', text: 'Chưa có phiên bản nào được lưu qua thidua.' }));
  }

  async restore(id) {
    const { status, data } = await api('/api/restore', { path: this.path, id, version: this.version });
    if (status === 200) {
      say(`Đã khôi phục phiên bản; lưu lúc ${data.saved_at}.`);
      this.dirty = false;
      await openEditor(this.path, true);
      return;
    }
    this.conflict.replaceChildren(el('div', { class: 'alert' }, el('p', { text: data.error || 'Không khôi phục được.' })));
  }

  // ----- saving -----
  async save() {
    if (!this.writable) return;
    this.conflict.replaceChildren();
    const { status, data } = await api('/api/save', { path: this.path, version: this.version, tree: this.doc });
    if (status === 200) {
      this.version = data.version;
      this.dirty = false;
      this.updateSaveState(`Đã lưu lúc ${data.saved_at}.${data.errors ? ` Tệp còn ${data.errors} lỗi.` : ''}`);
      say(`Đã lưu lúc ${data.saved_at}.`);
      if (this.historyPanel) this.loadHistory();
      else if (session.office) this.render();
      return;
    }
    const reload = el('button', { type: 'button', text: 'Tải lại bản mới nhất' });
    reload.addEventListener('click', () => { this.dirty = false; openEditor(this.path, true); });
    this.conflict.append(el('div', { class: 'alert' }, el('p', { text: data.error || 'Không lưu được.' }), data.conflict ? reload : null));
    this.updateSaveState('Chưa lưu.');
    reload.focus();
  }
}

async function openEditor(path, forceReload = false, routeId = currentRoute) {
  await loadSchema();
  if (pendingNew && pendingNew.path === path && !forceReload) {
    editor = new Editor(path, pendingNew.doc, null);
    pendingNew = null;
  } else {
    const { status, data } = await api(`/api/event?path=${encodeURIComponent(path)}`);
    if (routeId !== currentRoute) return;
    if (status !== 200) {
      main.replaceChildren(el('h1', { text: 'Không mở được tệp' }), el('p', { text: data.error }), el('a', { href: '#/', text: 'Về danh sách sự kiện' }));
      return;
    }
    if (!data.tree) {
      main.replaceChildren(el('h1', { text: `Tệp ${path} chưa đọc được` }),
        el('p', { class: 'error-text', text: `Tệp không phải XML hợp lệ (${data.parse_error}). Hãy sửa tệp bằng một trình soạn thảo văn bản rồi mở lại.` }),
        el('a', { href: '#/', text: 'Về danh sách sự kiện' }));
      return;
    }
    editor = new Editor(path, data.tree, data.version, data.writable !== false);
  }
  editor.render();
}

// ---------- routing ----------

async function route() {
  const hash = location.hash || '#/';
  const routeId = ++currentRoute;
  try {
    if (hash.startsWith('#/edit/')) await openEditor(decodeURIComponent(hash.slice(7)), false, routeId);
    else await showEvents(routeId);
  } catch (error) {
    main.replaceChildren(el('h1', { text: 'Có lỗi' }), el('p', { text: `Không tải được trang: ${error.message}. Hãy tải lại trang.` }));
  }
  main.focus();
}

window.addEventListener('hashchange', route);
window.addEventListener('beforeunload', (e) => {
  if (editor && editor.dirty && location.hash.startsWith('#/edit/')) e.preventDefault();
});
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 's' && editor && location.hash.startsWith('#/edit/')) {
    e.preventDefault();
    editor.save();
  }
});
loadSession().then(route, route);
