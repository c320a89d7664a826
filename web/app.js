// The web app: the events list, the editor (a form over the event's XML tree) and the live preview.
import * as T from './tree.js';
import { ELEMENTS, HINTS, CHOICES, CHOICE_WORDS, TABLES, UPLOADS, COMPOSED_PARTS, attrLabel, elementLabel } from './labels.js';
import { Preview, setCsrfToken } from './preview.js';
import { t, tn, languageSwitch } from './i18n.js';

const main = document.getElementById('main');
const statusLine = document.getElementById('status');
let schema = null;
let documentKinds = [];
let composedParts = [];  // the names <compose omit=> takes, from the server
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

// Where the mouse is and when it last moved, and when the user last typed into the focused
// field, so that notes added by a check never move what the user aims at (see keepInPlace).
let pointer = null;
let typedAt = -1;
document.addEventListener('pointermove', (e) => { pointer = { x: e.clientX, y: e.clientY, at: performance.now() }; }, { passive: true });
document.documentElement.addEventListener('pointerleave', () => { pointer = null; });
document.addEventListener('input', (e) => { if (e.target === document.activeElement) typedAt = performance.now(); }, true);

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

const ROLE_NAMES = { admin: t('administrator'), editor: t('editor'), reader: t('read only') };

// Office mode: who is signed in, in the header, with the sign-out button.
async function loadSession() {
  const { data } = await api('/api/session');
  session = data;
  if (!session.office) return;
  setCsrfToken(session.csrf);
  const logout = el('button', { type: 'button', id: 'logout', text: t('Sign out') });
  logout.addEventListener('click', async () => {
    await api('/api/logout', {});
    location.assign('/login');
  });
  const folders = session.role === 'admin' ? t('every folder') : session.folders.join(', ');
  document.querySelector('header.top').append(el('span', { class: 'account' },
    el('span', { id: 'account-name', text: t('Account: %1$s (%2$s: %3$s)', session.user, ROLE_NAMES[session.role] || session.role, folders) }), logout));
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
  composedParts = data.schema.composed_parts || [];
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
  document.title = `${t('Events')} – thidua`;
  await loadSchema();
  const { data } = await api('/api/events');
  if (routeId !== currentRoute) return;
  main.replaceChildren();
  main.append(el('h1', { text: t('Events') }), el('p', { class: 'muted', text: t('Folder: %1$s', data.folder) }));
  if (data.events.length === 0) {
    main.append(el('p', { text: t('The folder has no event files yet. Create a new event below.') }));
  } else {
    const rows = data.events.map((e) =>
      el('tr', {},
        el('td', {}, el('a', { href: `#/edit/${encodeURIComponent(e.path)}`, text: e.bloc || e.path })),
        el('td', { text: kindName(e.kind) }),
        el('td', { text: displayDate(e.date) }),
        el('td', { class: e.errors ? 'bad' : e.warnings ? 'warn' : 'good',
          text: e.errors ? tn('%1$d error', '%1$d errors', e.errors, e.errors) : e.warnings ? tn('%1$d warning', '%1$d warnings', e.warnings, e.warnings) : t('No errors') }),
        el('td', { class: 'file', text: e.path })));
    main.append(el('div', { class: 'table-wrap' },
      el('table', { class: 'events' },
        el('caption', { class: 'visually-hidden', text: t('The event files in the folder') }),
        el('thead', {}, el('tr', {}, [t('Emulation bloc or cluster'), t('Kind'), t('Date'), t('Check'), t('File')].map((h) => el('th', { scope: 'col', text: h })))),
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
  const source = el('select', { id: 'new-source' }, el('option', { value: '', text: t('Blank form') }),
    events.map((e) => el('option', { value: e.path, text: t('Copy of %1$s (%2$s)', e.bloc || e.path, displayDate(e.date)) })));
  const message = el('p', { class: 'error-text', role: 'alert' });
  const form = el('form', { class: 'card', 'aria-labelledby': 'new-title' },
    el('h2', { id: 'new-title', text: t('New event') }),
    el('div', { class: 'field' }, el('label', { for: 'new-id', text: t('Event ID (also the file name)') }), idInput,
      el('p', { id: 'new-id-hint', class: 'hint', text: t('Lower-case letters without accents, digits and hyphens, e.g. %1$s.', 'soc-trang-cum-3-2021') })),
    folder ? el('div', { class: 'field' }, el('label', { for: 'new-folder', text: t('Folder (emulation bloc or cluster)') }), folder) : null,
    el('div', { class: 'field' }, el('label', { for: 'new-kind', text: t('Kind of event') }), kind),
    el('div', { class: 'field' }, el('label', { for: 'new-source', text: t('Start from') }), source,
      el('p', { class: 'hint', text: t("A copy keeps everything but the date, the signatories and the units' roles: fill those in again.") })),
    message,
    el('button', { type: 'submit', class: 'primary', text: t('New event') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = idInput.value.trim();
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      message.textContent = t('An event ID holds only lower-case letters without accents, digits and hyphens.');
      idInput.setAttribute('aria-invalid', 'true');
      idInput.focus();
      return;
    }
    const file = folder ? `${folder.value}/${id}.xml` : `${id}.xml`;
    if (events.some((e) => e.path === file)) {
      message.textContent = t('There is already a file %1$s. Choose another ID.', `${id}.xml`);
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
  const bar = el('progress', { id: 'build-progress', max: 1, value: 0, 'aria-label': t('Progress of the archive build'), hidden: true });
  const result = el('div', { id: 'build-result', 'aria-live': 'polite' });
  const button = el('button', { type: 'button', text: t('Build the archive') });
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.textContent = t('Building the archive…');
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
        result.append(el('p', { text: data.failed ? tn('Done; %1$d event has errors, so its documents were not made.', 'Done; %1$d events have errors, so their documents were not made.', data.failed, data.failed) : t('The archive is built.') }),
          el('p', {}, el('a', { href: `/files/${data.site}`, text: t("Open the archive's news site") }), ' · ',
            el('a', { href: `/files/${data.manifest}`, text: t('List of the files (manifest.json)') })));
      } else {
        result.append(el('p', { class: 'error-text', text: t('The archive could not be built.') }));
      }
      for (const m of data.messages || []) result.append(el('p', { class: 'muted', text: m }));
      break;
    }
  });
  return el('section', { class: 'card', 'aria-labelledby': 'build-title' },
    el('h2', { id: 'build-title', text: t('Archive') }),
    el('p', { text: t('Makes every document of every event in the folder, and the news site, into the folder %1$s.', 'bo-luu-tru') }),
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
    const saveButton = el('button', { type: 'button', class: 'primary', id: 'save', text: t('Save'), disabled: !this.writable });
    saveButton.addEventListener('click', () => this.save());
    this.saveState = el('span', { id: 'save-state', class: 'muted', 'aria-live': 'polite' });
    // A box of fixed height: a list that grows when a check returns must not push the form down
    // under the pointer (a click aimed at "Add" landed on the "Remove" just above it).
    this.summary = el('div', { id: 'problems', class: 'problems', 'aria-live': 'polite', role: 'region', tabindex: '0', 'aria-label': t('Check results') });
    this.removals = [];
    this.undoBar = el('div', { id: 'undo', class: 'undo-bar', hidden: true });
    this.conflict = el('div', { id: 'conflict', role: 'alert' });
    this.form = el('form', { id: 'event-form', class: 'event-form', 'aria-label': t('Contents of the event'), novalidate: true });
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.buildForm();
    if (!this.preview) this.preview = new Preview(documentKinds, () => this.renderRequest());
    const layout = el('div', { class: 'editor' },
      el('div', { class: 'editor-form' }, this.form),
      el('aside', { class: 'editor-preview', 'aria-label': t('Document preview') }, this.preview.element));
    main.replaceChildren(...[
      el('p', {}, el('a', { href: '#/', text: t('← List of events') })),
      el('h1', { text: t('Event %1$s', this.path) }),
      el('div', { class: 'editor-head' }, el('div', { class: 'toolbar' }, saveButton, this.saveState), this.summary),
      this.writable ? null : el('p', { class: 'readonly-note', id: 'readonly', text: t('Your account may only read this file; changes here cannot be saved.') }),
      this.conflict, layout, this.undoBar].filter(Boolean));
    if (session.office && this.version !== null) {
      this.historyPanel = el('section', { class: 'card history', id: 'history', 'aria-labelledby': 'history-title' });
      main.append(this.historyPanel);
      this.loadHistory();
    }
    this.updateSaveState();
    this.showUndo();
    this.scheduleCheck(0);
  }

  updateSaveState(text) {
    this.saveState.textContent = text || (this.version === null ? t('Not saved (a new file).') : this.dirty ? t('There are unsaved changes.') : t('Saved.'));
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
    this.form.append(this.section(t('General information'), 'general', [
      this.attrFields(event, ['id', 'kind', 'year']),
      ...['upper', 'bloc', 'name', 'date', 'time', 'place', 'host', 'logo'].map((n) => this.childSlot(event, n)),
    ]));
    for (const name of ['units', 'guests', 'attendees', 'agreement', 'movement', 'campaign', 'news']) {
      this.form.append(this.section(ELEMENTS[name], name, [this.childSlot(event, name, true)]));
    }
    this.form.append(this.section(ELEMENTS.compose, 'compose', [this.composedParts(event)]));
    const unknown = T.children(event).filter((c) => !schema.event.children.some((s) => s.name === c.name));
    if (unknown.length) {
      this.form.append(this.section(t('Elements not in the format'), 'unknown', unknown.map((c) => this.elementBlock(event, c))));
    }
  }

  // <compose omit="…">: one check box per sentence the program composes; a cleared box leaves
  // that part out for this event. Names the program does not know stay in omit= for the check.
  composedParts(event) {
    let node = T.child(event, 'compose');
    const written = () => (node ? T.attr(node, 'omit').split(/[\s,]+/).filter(Boolean) : []);
    const hintId = nextId('h');
    const group = el('fieldset', { class: 'block composed-parts', 'aria-describedby': hintId },
      el('legend', { text: t('Sentences the program writes for this event') }),
      el('p', { class: 'hint', id: hintId, text: t('Clear a box to leave that sentence out of the article, the script and the minutes of this event.') }));
    for (const part of composedParts) {
      const id = nextId('c');
      const box = el('input', { type: 'checkbox', id, 'data-part': part });
      box.checked = !written().includes(part);
      box.addEventListener('change', () => {
        const unknown = written().filter((name) => !composedParts.includes(name));
        const omitted = composedParts.filter((name) => (name === part ? !box.checked : written().includes(name)));
        const value = [...omitted, ...unknown].join(' ');
        if (!value && node) {
          T.removeChild(event, node);
          node = null;
        } else if (value && !node) {
          node = T.insertChild(this.doc, event, T.element('compose', [['omit', value]]));
        } else if (node) {
          T.setAttr(node, 'omit', value, true);
        }
        this.changed();
      });
      group.append(el('div', { class: 'check' }, box, el('label', { for: id, text: COMPOSED_PARTS[part] || part })));
    }
    return group;
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
      message.textContent = t('Uploaded %1$s.', target);
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
    const button = el('button', { type: 'button', class: 'add', 'data-add': name, text: t('Add %1$s', elementLabel(name).toLowerCase()) });
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
      block.append(el('p', { class: 'error-text', text: t('The element <%1$s> is not in the format; remove it.', node.name) }));
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
      const remove = el('button', { type: 'button', class: 'remove', text: t('Remove %1$s', elementLabel(node.name).toLowerCase()) });
      remove.addEventListener('click', () => this.remove(parent, node, block.querySelector('legend').textContent.toLowerCase()));
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

  // Removes an element; the bar at the bottom offers to put it back (a mis-click loses nothing).
  remove(parent, node, what) {
    const removed = T.removeChild(parent, node);
    if (!removed) return;
    removed.what = what;
    this.removals.push(removed);
    this.changed(true);
    this.showUndo();
    this.undoBar.querySelector('button.undo').focus({ preventScroll: true });
  }

  // Puts the last removed element back.
  undo() {
    const removed = this.removals.pop();
    if (!removed) return;
    T.restoreChild(removed);
    this.changed(true);
    say(t('Put back: %1$s.', removed.what));
    this.showUndo();
    const widgets = this.widgets.get(removed.node);
    const first = widgets && Object.values(widgets).find((w) => w.matches('input,select,textarea'));
    if (first) first.focus();
  }

  showUndo() {
    const last = this.removals[this.removals.length - 1];
    document.body.classList.toggle('with-undo', Boolean(last));
    this.undoBar.hidden = !last;
    if (!last) { this.undoBar.replaceChildren(); return; }
    const undo = el('button', { type: 'button', class: 'undo primary', text: t('Undo') });
    undo.addEventListener('click', () => this.undo());
    const close = el('button', { type: 'button', class: 'close', text: t('Close'), 'aria-label': t('Close this message') });
    close.addEventListener('click', () => { this.removals = []; this.showUndo(); });
    this.undoBar.replaceChildren(el('p', { role: 'status', text: t('Removed: %1$s.', last.what) }), undo, close);
  }

  moveButton(parent, node, step, what) {
    const b = el('button', { type: 'button', class: 'move', text: step < 0 ? t('Up') : t('Down'), 'aria-label': step < 0 ? t('Move up: %1$s', what) : t('Move down: %1$s', what) });
    b.addEventListener('click', () => { if (T.moveChild(parent, node, step)) this.changed(true); });
    return b;
  }

  // A table whose rows are the `name` children of `parent`; rows pasted from Excel are added.
  table(parent, name) {
    const columns = TABLES[name];
    const nodes = T.children(parent, name);
    const caption = elementLabel(parent.name === 'item' ? 'target' : parent.name);
    const head = el('tr', {}, el('th', { scope: 'col', text: 'TT' }),
      columns.map((c) => el('th', { scope: 'col', text: this.columnLabel(name, c) })), el('th', { scope: 'col', text: t('Actions') }));
    const body = el('tbody');
    nodes.forEach((node, i) => {
      const rowLabel = t('row %1$d', i + 1);
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
      const remove = el('button', { type: 'button', class: 'remove', text: t('Remove'), 'aria-label': t('Remove %1$s', `${elementLabel(name).toLowerCase()} ${rowLabel}`) });
      remove.addEventListener('click', () => this.remove(parent, node, `${elementLabel(name).toLowerCase()} ${rowLabel}`));
      actions.append(remove);
      row.append(actions);
      body.append(row);
    });
    const add = el('button', { type: 'button', class: 'add', 'data-add': name, text: t('Add %1$s', elementLabel(name).toLowerCase()) });
    add.addEventListener('click', () => {
      const node = this.newElement(name);
      T.insertChild(this.doc, parent, node, nodes[nodes.length - 1] || null);
      this.changed(true);
      const w = this.widgets.get(node);
      if (w && w[columns[0]]) w[columns[0]].focus();
    });
    const pasteId = nextId('paste');
    const pasteBox = el('textarea', { id: pasteId, rows: 2, class: 'paste-box', 'data-paste': name, placeholder: t('Paste the rows copied from Excel here') });
    pasteBox.addEventListener('paste', (e) => this.paste(e, parent, name, nodes.length, 0));
    return el('div', { class: `table-block table-${name}` },
      el('div', { class: 'table-wrap' }, el('table', { class: 'rows' },
        el('caption', { text: tn('%1$s: %2$d row', '%1$s: %2$d rows', nodes.length, caption, nodes.length) }), el('thead', {}, head), body)),
      el('div', { class: 'table-tools' }, add,
        el('label', { for: pasteId, text: t('Paste from Excel (the columns: %1$s)', columns.map((c) => this.columnLabel(name, c)).join(', ')) }),
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
    const rows = T.parseDelimited(data, '\t').filter((r) => r.some((c) => c !== ''));
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
    say(tn('Pasted %1$d row.', 'Pasted %1$d rows.', rows.length, rows.length));
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
      this.summary.replaceChildren(el('p', { class: 'bad', text: data.error || t('The check could not be run.') }));
      delete document.body.dataset.checking;
      return;
    }
    this.keepInPlace(() => this.showDiagnostics(data));
    delete document.body.dataset.checking;
    if (!data.ok) this.preview.blocked(data.errors);
  }

  // Runs `change` (notes added or removed beside fields) and scrolls back by what it moved the
  // element the user aims at: the one under the mouse if the mouse moved since the last keystroke
  // (a click on its way), else the field being typed in.
  keepInPlace(change) {
    const inForm = (e) => (e && this.form.contains(e) ? e : null);
    const hovered = inForm(pointer && document.elementFromPoint(pointer.x, pointer.y));
    const focused = inForm(document.activeElement);
    const anchor = hovered && (!focused || pointer.at > typedAt) ? hovered : focused || hovered;
    const before = anchor ? anchor.getBoundingClientRect().top : 0;
    change();
    if (!anchor || !anchor.isConnected) return;
    const moved = anchor.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
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
      this.summary.append(el('p', { class: 'good', id: 'check-ok', text: t('Check: no errors.') }));
      return;
    }
    const errors = result.errors;
    const warnings = result.warnings;
    const heading = errors ? tn('%1$d error must be fixed before the document can be made.', '%1$d errors must be fixed before the document can be made.', errors, errors)
      : tn('%1$d warning.', '%1$d warnings.', warnings, warnings);
    const list = el('ul');
    items.forEach((d, i) => {
      const node = d.node ? T.nodeAt(this.doc, d.node) : null;
      const widgets = node ? this.widgets.get(node) : null;
      const target = widgets ? widgets[d.field || ''] || widgets[''] || Object.values(widgets)[0] : null;
      const where = d.file !== this.path ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
      const text = `${d.severity === 'error' ? t('Error') : t('Warning')}: ${where}${d.message}`;
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
        el('td', { text: v.user || t('unknown (before the first save)') }),
        el('td', { text: i === 0 ? t('Current version') : '' }),
      ];
      const action = el('td');
      if (i > 0 && this.writable) {
        const button = el('button', { type: 'button', class: 'restore', 'data-version': v.id, text: t('Restore') });
        button.setAttribute('aria-label', t('Restore the version of %1$s by %2$s', formatWhen(v.when), v.user || t('unknown')));
        button.addEventListener('click', () => this.restore(v.id));
        action.append(button);
      }
      return el('tr', {}, cells, action);
    });
    this.historyPanel.replaceChildren(el('h2', { id: 'history-title', text: t('History of the versions') }),
      rows.length
        ? el('table', {}, el('thead', {}, el('tr', {}, [t('When'), t('Saved by'), t('Note'), t('Actions')].map((h) => el('th', { scope: 'col', text: h })))), el('tbody', {}, rows))
        : el('p', { class: 'muted', text: t('No version has been saved through thidua yet.') }));
  }

  async restore(id) {
    const { status, data } = await api('/api/restore', { path: this.path, id, version: this.version });
    if (status === 200) {
      say(t('The version is restored; saved at %1$s.', data.saved_at));
      this.dirty = false;
      await openEditor(this.path, true);
      return;
    }
    this.conflict.replaceChildren(el('div', { class: 'alert' }, el('p', { text: data.error || t('The version could not be restored.') })));
  }

  // ----- saving -----
  async save() {
    if (!this.writable) return;
    this.conflict.replaceChildren();
    const { status, data } = await api('/api/save', { path: this.path, version: this.version, tree: this.doc });
    if (status === 200) {
      this.version = data.version;
      this.dirty = false;
      this.updateSaveState(t('Saved at %1$s.', data.saved_at) + (data.errors ? ` ${tn('The file still has %1$d error.', 'The file still has %1$d errors.', data.errors, data.errors)}` : ''));
      say(t('Saved at %1$s.', data.saved_at));
      if (this.historyPanel) this.loadHistory();
      else if (session.office) this.render();
      return;
    }
    const reload = el('button', { type: 'button', text: t('Reload the latest version') });
    reload.addEventListener('click', () => { this.dirty = false; openEditor(this.path, true); });
    this.conflict.append(el('div', { class: 'alert' }, el('p', { text: data.error || t('The file could not be saved.') }), data.conflict ? reload : null));
    this.updateSaveState(t('Not saved.'));
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
      main.replaceChildren(el('h1', { text: t('The file could not be opened') }), el('p', { text: data.error }), el('a', { href: '#/', text: t('Back to the list of events') }));
      return;
    }
    if (!data.tree) {
      main.replaceChildren(el('h1', { text: t('The file %1$s could not be read', path) }),
        el('p', { class: 'error-text', text: t('The file is not valid XML (%1$s). Correct it in a text editor and open it again.', data.parse_error) }),
        el('a', { href: '#/', text: t('Back to the list of events') }));
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
  document.body.classList.remove('with-undo');  // the editor's undo bar goes with its page
  try {
    if (hash.startsWith('#/edit/')) await openEditor(decodeURIComponent(hash.slice(7)), false, routeId);
    else await showEvents(routeId);
  } catch (error) {
    main.replaceChildren(el('h1', { text: t('Something went wrong') }), el('p', { text: t('The page could not be loaded: %1$s. Reload the page.', error.message) }));
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
document.querySelector('header.top').append(languageSwitch());
loadSession().then(route, route);
