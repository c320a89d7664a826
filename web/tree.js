// The event's XML tree as the server sends it (elements, attributes, text, comments), and edits that keep its layout.

// A new element node.
export function element(name, attrs = [], children = []) {
  return { type: 'element', name, attrs, children };
}

// A text node.
export function text(value) {
  return { type: 'text', value };
}

const blank = (s) => /^[ \t\r\n]*$/.test(s);

// The element children of `node` named `name` (all when name is omitted).
export function children(node, name) {
  return (node.children || []).filter((c) => c.type === 'element' && (name === undefined || c.name === name));
}

// The first element child named `name`, or null.
export function child(node, name) {
  return children(node, name)[0] || null;
}

// The attribute's value, or '' when absent.
export function attr(node, name) {
  const found = (node.attrs || []).find((a) => a[0] === name);
  return found ? found[1] : '';
}

// Sets an attribute; an empty value removes it (an empty optional attribute counts as absent).
export function setAttr(node, name, value, keepEmpty = false) {
  node.attrs = node.attrs || [];
  const found = node.attrs.find((a) => a[0] === name);
  if (value === '' && !keepEmpty) {
    node.attrs = node.attrs.filter((a) => a[0] !== name);
  } else if (found) {
    found[1] = value;
  } else {
    node.attrs.push([name, value]);
  }
}

// The text directly inside `node`, white space squashed as the loader reads it.
export function textOf(node) {
  return (node.children || [])
    .filter((c) => c.type === 'text' || c.type === 'cdata')
    .map((c) => c.value)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

// Replaces the text directly inside `node`, keeping the white space around the first text part.
export function setText(node, value) {
  node.children = node.children || [];
  const parts = node.children.filter((c) => (c.type === 'text' || c.type === 'cdata') && !blank(c.value));
  if (parts.length === 0) {
    if (value === '') return;
    // Before the first child element, so "<item>text<point/>…" keeps its order.
    node.children.unshift(text(value));
    return;
  }
  const first = parts[0];
  const lead = first.value.match(/^\s*/)[0];
  const trail = first.value.match(/\s*$/)[0];
  first.type = 'text';
  first.value = value === '' ? lead + trail : lead + value + trail;
  node.children = node.children.filter((c) => !parts.includes(c) || c === first);
}

// The depth of `node` below the document (the event is 1), for indentation.
export function depthOf(doc, target) {
  let found = 0;
  (function walk(node, depth) {
    if (node === target) found = depth;
    for (const c of node.children || []) if (c.type === 'element') walk(c, depth + 1);
  })(doc, 0);
  return found;
}

function indent(depth) {
  return '\n' + '  '.repeat(Math.max(0, depth));
}

// Inserts `node` into `parent` after element `after` (or at the end), on a line of its own.
export function insertChild(doc, parent, node, after = null) {
  const depth = depthOf(doc, parent);
  parent.children = parent.children || [];
  const kids = parent.children;
  const hasElements = kids.some((c) => c.type === 'element');
  const hasText = kids.some((c) => (c.type === 'text' || c.type === 'cdata') && !blank(c.value));
  if (!hasElements && !hasText) {
    parent.children = [text(indent(depth)), node, text(indent(depth - 1))];
    return node;
  }
  let at;
  if (after && kids.includes(after)) {
    at = kids.indexOf(after) + 1;
  } else {
    at = kids.length;
    if (at > 0 && kids[at - 1].type === 'text' && blank(kids[at - 1].value)) at -= 1;  // before the closing line
  }
  kids.splice(at, 0, text(indent(depth)), node);
  return node;
}

// Removes element `node` from `parent` with the white space before it; returns what restoreChild needs to put it back.
export function removeChild(parent, node) {
  const kids = parent.children;
  const at = kids.indexOf(node);
  if (at < 0) return null;
  const before = at > 0 && kids[at - 1].type === 'text' && blank(kids[at - 1].value);
  const start = before ? at - 1 : at;
  const removed = { parent, node, start, previous: kids[start - 1] || null, parts: kids.slice(start, at + 1), all: kids.slice() };
  kids.splice(start, before ? 2 : 1);
  if (!kids.some((c) => c.type !== 'text' || !blank(c.value))) parent.children = [];
  return removed;
}

// Puts a removed node back where it was: after the child that preceded it, or at its old place.
export function restoreChild(removed) {
  const { parent, parts, previous, start } = removed;
  if (parent.children.length === 0) {
    parent.children = removed.all.slice();  // it was the only element: its old white space too
    return;
  }
  const kids = parent.children;
  const at = previous && kids.includes(previous) ? kids.indexOf(previous) + 1 : Math.min(start, kids.length);
  kids.splice(at, 0, ...parts);
}

// Swaps element `node` with the previous (-1) or next (+1) element child named the same.
export function moveChild(parent, node, step) {
  const same = children(parent, node.name);
  const i = same.indexOf(node);
  const j = i + step;
  if (i < 0 || j < 0 || j >= same.length) return false;
  const kids = parent.children;
  const a = kids.indexOf(same[i]);
  const b = kids.indexOf(same[j]);
  [kids[a], kids[b]] = [kids[b], kids[a]];
  return true;
}

// The node at a server path ("1.5.0": child indices from the document), or null.
export function nodeAt(doc, path) {
  let node = doc;
  for (const part of String(path).split('.')) {
    node = (node.children || [])[Number(part)];
    if (!node) return null;
  }
  return node;
}

// The event element of a document.
export function eventOf(doc) {
  return (doc.children || []).find((c) => c.type === 'element') || null;
}

// A deep copy.
export function clone(node) {
  return JSON.parse(JSON.stringify(node));
}

// A blank event document of `kind`, with the elements the format requires.
export function blankEvent(id, kind) {
  const event = element('event', [['id', id], ['kind', kind]]);
  const doc = { type: 'document', children: [{ type: 'declaration', attrs: [['version', '1.0'], ['encoding', 'UTF-8']] }, text('\n'), event] };
  insertChild(doc, event, element('upper', [['name', '']]));
  insertChild(doc, event, element('bloc', [['kind', kind === 'movement' ? 'union' : 'cum'], ['name', '']]));
  insertChild(doc, event, element('date'));
  insertChild(doc, event, element('place', [['province', '']]));
  if (kind !== 'movement') insertChild(doc, event, element('units'));
  if (kind === 'movement') insertChild(doc, event, element('movement'));
  if (kind === 'campaign') insertChild(doc, event, element('campaign', [['programme', '']]));
  return doc;
}

// A Vietnamese name as an ASCII code for ids: "Công đoàn Sở Y tế" -> "cong-doan-so-y-te".
export function slug(value) {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

// Rows and cells of a spreadsheet's text split at `separator` (a tab when pasted, a comma in a CSV file).
export function parseDelimited(data, separator) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (quoted) {
      if (c === '"' && data[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === separator) {
      row.push(cell); cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && data[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows.map((r) => r.map((c) => c.trim()));
}
