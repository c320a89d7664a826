// Browser tests of `thidua serve` in Debian's headless Chromium (playwright-core): the Sóc Trăng event
// made from a blank form, every sample saved unchanged, two tabs, the security refusals, a form that
// does not move under the pointer when a check returns, undo of a removal, the pages in view drawn
// first, the composed-sentence check boxes, axe-core, and screenshots at 360 and 1280 px in tests/artifacts/; web/tree.js in Node.
//
//   THIDUA=build/thidua node --test tests/browser/serve.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { rawRequest, spawnServer } from './support.mjs';
import { parseDelimited } from '../../web/tree.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const artifacts = path.join(repo, 'tests', 'artifacts');
const thidua = path.resolve(repo, process.env.THIDUA ?? 'build/thidua');
const samplesDir = path.join(repo, 'samples');
const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.xml')).sort();
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const axeSource = fs.readFileSync(path.join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

let browser;
let work;
const servers = [];

// Starts `thidua serve FOLDER --port 0` and reads the address it prints.
async function startServer(folder) {
  const { child, address } = await spawnServer(thidua, ['serve', folder, '--port', '0']);
  const url = new URL(address);
  const server = { child, address, origin: url.origin, port: Number(url.port), token: url.searchParams.get('token'), folder };
  server.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  servers.push(server);
  return server;
}

// A raw request, so that Host and Origin can be anything.
const request = (server, options) => rawRequest(server.port, options);

function listing(dir) {
  const out = [];
  (function walk(d) {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const stat = fs.lstatSync(p);
      out.push(`${path.relative(dir, p)} ${stat.size} ${stat.mtimeMs}`);
      if (stat.isDirectory()) walk(p);
    }
  })(dir);
  return out.join('\n');
}

function run(args, cwd = repo) {
  return spawnSync(thidua, args, { cwd, encoding: 'utf8' });
}

function pdftext(file) {
  const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

async function newPage(server, viewport = { width: 1280, height: 900 }, options = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.address);
  await page.waitForSelector('h1');
  return { context, page, problems };
}

// Starts a server on a fresh copy of the samples in WORK/NAME (the folder is server.folder).
async function serveSamplesCopy(name) {
  const folder = path.join(work, name);
  fs.cpSync(samplesDir, folder, { recursive: true });
  return startServer(folder);
}

// Checks that the page threw nothing, then closes its context and stops the server.
async function finish(server, { context, problems }) {
  assert.deepEqual(problems, []);
  await context.close();
  server.child.kill('SIGTERM');
}

// Waits until the form's last change is checked and its preview drawn.
async function settled(page) {
  await page.waitForTimeout(200);
  await page.waitForFunction(() => !document.body.dataset.checking && !document.body.dataset.rendering, null, { timeout: 60000 });
}

// Waits until the last change is checked and its notes shown: a click before that could land on
// whatever the notes move under the pointer.
async function checked(page) {
  await page.waitForFunction(() => !document.body.dataset.checking, null, { timeout: 60000 });
}

// Clicks an "Add …" button once the form is checked (deterministic even on a loaded machine).
async function clickAdd(page, button) {
  await checked(page);
  await button.click();
}

async function axeCheck(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(result, [], `axe-core on ${what}:\n${result.join('\n')}`);
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-serve-test-'));
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: chromiumFlags });
});

after(async () => {
  await browser?.close();
  for (const server of servers) {
    if (server.child.exitCode === null) server.child.kill('SIGTERM');
  }
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('requests without the token, with a wrong one, from another site or Host, or with .. are refused; nothing is written', async () => {
  const folder = path.join(work, 'security');
  fs.mkdirSync(folder);
  fs.copyFileSync(path.join(samplesDir, '2022-khanh-hoa-khoi-nganh-i.xml'), path.join(folder, 'k.xml'));
  const server = await startServer(folder);
  const host = `127.0.0.1:${server.port}`;
  const cookie = `thidua_token=${server.token}`;
  const read = await request(server, { target: '/api/event?path=k.xml', headers: { host, cookie } });
  assert.equal(read.status, 200);
  const event = JSON.parse(read.body);
  const save = (headers, target = 'k.xml') => request(server, { method: 'POST', target: '/api/save',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ path: target, version: event.version, tree: event.tree }) });
  const before = listing(work);
  assert.equal((await save({ host })).status, 403, 'no token');
  assert.equal((await save({ host, cookie: 'thidua_token=00000000000000000000000000000000' })).status, 403, 'wrong token');
  assert.equal((await save({ host, cookie, origin: 'http://evil.example' })).status, 403, 'foreign Origin');
  assert.equal((await save({ host, cookie, referer: 'http://evil.example/page' })).status, 403, 'foreign Referer');
  assert.equal((await save({ host: `evil.example:${server.port}`, cookie })).status, 403, 'other Host');
  assert.equal((await save({ host, cookie }, '../escaped.xml')).status, 403, '.. path');
  assert.equal((await save({ host, cookie }, '/tmp/escaped.xml')).status, 403, 'absolute path');
  assert.equal((await request(server, { target: '/files/..%2F..%2Fetc%2Fpasswd', headers: { host, cookie } })).status, 403);
  assert.equal((await request(server, { target: '/api/events', headers: { host, cookie: `thidua_token=${server.token}x` } })).status, 403);
  assert.equal((await request(server, { target: `/?token=${server.token.replace(/.$/, 'x')}`, headers: { host } })).status, 403);
  assert.equal(listing(work), before, 'nothing was written');
  assert.ok(!fs.existsSync(path.join(work, 'escaped.xml')));
  // The right token: the page answers, and sets the cookie for the next visits.
  const first = await request(server, { target: `/?token=${server.token}`, headers: { host } });
  assert.equal(first.status, 303);
  assert.match(first.headers['set-cookie'][0], /HttpOnly; SameSite=Strict/);
  // Ctrl-C: the server stops cleanly.
  server.child.kill('SIGINT');
  assert.deepEqual(await server.exited, { code: 0, signal: null });
});

test('every sample opened in the editor and saved unchanged keeps its check summary and its comments', async () => {
  const server = await serveSamplesCopy('samples');
  const { folder } = server;
  const { context, page, problems } = await newPage(server);
  for (const sample of samples) {
    const original = fs.readFileSync(path.join(samplesDir, sample), 'utf8');
    await page.goto(`${server.origin}/#/edit/${encodeURIComponent(sample)}`);
    await page.waitForSelector('#event-form fieldset');
    await settled(page);
    await page.click('#save');
    await page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
    const saved = fs.readFileSync(path.join(folder, sample), 'utf8');
    for (const comment of original.match(/<!--[\s\S]*?-->/g) ?? []) assert.ok(saved.includes(comment), `${sample} lost ${comment.slice(0, 60)}`);
    const a = run(['check', path.join(samplesDir, sample)]);
    const b = run(['check', path.join(folder, sample)]);
    assert.equal(b.status, a.status, `${sample}: ${b.stderr}`);
    assert.equal(b.stdout.split('\n').slice(1).join('\n'), a.stdout.split('\n').slice(1).join('\n'), `${sample}: check summary`);
  }
  // Screenshots of the list, the editor and the preview at both widths, and axe-core on each page.
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.origin}/#/`);
    await page.waitForSelector('table.events');
    await page.screenshot({ path: path.join(artifacts, `serve-events-${width}.png`), fullPage: true });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scroll at ${width}px (list)`);
    await axeCheck(page, `the events list at ${width}px`);
    await page.goto(`${server.origin}/#/edit/${encodeURIComponent('2020-soc-trang-cum-3.xml')}`);
    await page.waitForSelector('.pages canvas', { timeout: 60000 });
    await settled(page);
    await page.screenshot({ path: path.join(artifacts, `serve-editor-${width}.png`) });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scroll at ${width}px (editor)`);
    await page.locator('.editor-preview').screenshot({ path: path.join(artifacts, `serve-preview-${width}.png`) });
    await axeCheck(page, `the editor at ${width}px`);
  }
  // The hostile fixture: every value is shown as text in the list, the form and the article preview; none runs.
  // (its photo lies outside this folder, which the server refuses: the copy points at the folder's own)
  fs.writeFileSync(path.join(folder, 'hostile.xml'), fs.readFileSync(path.join(here, 'fixtures', 'hostile.xml'), 'utf8')
    .replaceAll('../../../samples/photos/', 'photos/'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/#/`);
  await page.waitForSelector('text=hostile.xml');
  await page.goto(`${server.origin}/#/edit/hostile.xml`);
  await page.waitForSelector('fieldset.el-upper');
  await settled(page);
  assert.match(await page.locator('fieldset.el-upper [data-attr="name"]').inputValue(), /<script>window.__pwned=1<\/script>/);
  await page.click('.preview-tabs >> text=Bài viết');
  await page.waitForSelector('iframe.article-frame:not([hidden])');
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.frameLocator('iframe.article-frame').locator('body').evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img[onerror], script:not([src])').count(), 0);
  await finish(server, { context, problems });
});

test('two tabs: the second save is refused with a way to reload, and the first one is kept', async () => {
  const server = await serveSamplesCopy('tabs');
  const { folder } = server;
  const file = '2022-khanh-hoa-khoi-nganh-i.xml';
  const one = await newPage(server);
  const two = await one.context.newPage();
  for (const page of [one.page, two]) {
    await page.goto(`${server.origin}/#/edit/${file}`);
    await page.waitForSelector('fieldset.el-place');
  }
  const place = (page) => page.locator('fieldset.el-place [data-attr="#text"]');
  await place(one.page).fill('Hội trường A');
  // A logo uploaded from the form is stored in the folder's photos/ and named in the field.
  const logo = path.join(work, 'logo moi.png');
  fs.copyFileSync(path.join(samplesDir, 'photos', 'logo-cong-doan.png'), logo);
  await one.page.setInputFiles('fieldset.el-logo input[type=file]', logo);
  await one.page.waitForFunction(() => /Đã tải lên/.test(document.querySelector('fieldset.el-logo .upload p').textContent));
  assert.equal(await one.page.inputValue('fieldset.el-logo [data-attr="file"]'), 'photos/logo-moi.png');
  assert.ok(fs.existsSync(path.join(folder, 'photos', 'logo-moi.png')));
  await one.page.click('#save');
  await one.page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
  await place(two).fill('Hội trường B');
  await two.click('#save');
  await two.waitForSelector('#conflict .alert');
  assert.match(await two.textContent('#conflict'), /đã được sửa ở nơi khác lúc \d\d:\d\d\. Hãy tải lại/);
  const saved = fs.readFileSync(path.join(folder, file), 'utf8');
  assert.ok(saved.includes('Hội trường A') && !saved.includes('Hội trường B') && saved.includes('photos/logo-moi.png'));
  await two.click('text=Tải lại bản mới nhất');
  await two.waitForFunction(() => document.querySelector('fieldset.el-place [data-attr="#text"]')?.value === 'Hội trường A');
  await one.context.close();
  server.child.kill('SIGTERM');
});

// ----- the Sóc Trăng event, typed and pasted into a blank form -----

const elementChildren = (node) => (node.children || []).filter((c) => c.type === 'element');
const textOf = (node) => (node.children || []).filter((c) => c.type === 'text' || c.type === 'cdata').map((c) => c.value).join('').replace(/\s+/g, ' ').trim();
const attrOf = (node, name) => ((node.attrs || []).find((a) => a[0] === name) || [])[1] ?? '';
const tsv = (rows) => rows.map((r) => r.join('\t')).join('\n');
const TABLES = { unit: true, guest: true, attendee: true, target: true };

async function paste(page, box, text) {
  await box.focus();
  await box.evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

async function fillInput(input, value) {
  if (await input.evaluate((el) => el.tagName === 'SELECT')) await input.selectOption(value);
  else await input.fill(value);
}

// Fills the form block of an element from the reference element: attributes, text, children.
async function fillBlock(page, block, ref) {
  for (const [name, value] of ref.attrs || []) await fillInput(block.locator(`:scope > .fields [data-attr="${name}"]`), value);
  const text = textOf(ref);
  if (text) await fillInput(block.locator(':scope > .field [data-attr="#text"]'), text);
  const seen = new Set();
  for (const child of elementChildren(ref)) {
    if (seen.has(child.name)) continue;
    seen.add(child.name);
    const all = elementChildren(ref).filter((c) => c.name === child.name);
    if (TABLES[child.name]) {
      const columns = child.name === 'target' ? ['qualifier', 'quantity', 'measure', 'party'] : null;
      const rows = all.map((c) => [...columns.map((a) => attrOf(c, a)), textOf(c)]);
      await paste(page, block.locator(`:scope > .table-${child.name} [data-paste="${child.name}"]`), tsv(rows));
      continue;
    }
    const list = block.locator(`:scope > .list-${child.name}`);
    if (await list.count()) {
      for (let i = 0; i < all.length; i++) {
        const blocks = list.locator(':scope > fieldset');
        if (await blocks.count() <= i) await clickAdd(page, list.locator(':scope > .add-slot > button'));
        await fillBlock(page, list.locator(':scope > fieldset').nth(i), all[i]);
      }
    } else {
      const existing = block.locator(`:scope > fieldset.el-${child.name}`);
      if (await existing.count() === 0) await clickAdd(page, block.locator(`:scope > .add-slot > [data-add="${child.name}"]`));
      await fillBlock(page, block.locator(`:scope > fieldset.el-${child.name}`), child);
    }
  }
}

test('the Sóc Trăng event made from a blank form: pasted units and delegates, a date error shown at the date, saved, and the same agreement', async () => {
  const reference = await startServer(samplesDir);  // only read, for the reference tree
  const cookie = `thidua_token=${reference.token}`;
  const sample = '2020-soc-trang-cum-3.xml';
  const read = await request(reference, { target: `/api/event?path=${sample}`, headers: { host: `127.0.0.1:${reference.port}`, cookie } });
  const ref = JSON.parse(read.body).tree.children.find((c) => c.type === 'element');
  reference.child.kill('SIGTERM');
  const child = (name) => elementChildren(ref).find((c) => c.name === name);

  const folder = path.join(work, 'blank');
  fs.mkdirSync(folder);
  fs.cpSync(path.join(samplesDir, 'photos'), path.join(folder, 'photos'), { recursive: true });
  const server = await startServer(folder);
  const { context, page, problems } = await newPage(server);
  await page.fill('#new-id', 'soc-trang-cum-3-2020');
  await page.selectOption('#new-kind', 'agreement');
  await page.click('form.card button.primary');
  await page.waitForSelector('fieldset.el-upper');
  const general = page.locator('#sec-general').locator('..');
  await page.fill('#sec-general ~ .fields [data-attr="year"]', '2020');
  for (const name of ['upper', 'bloc', 'name', 'time', 'place', 'logo']) {
    const existing = general.locator(`fieldset.el-${name}`);
    if (await existing.count() === 0) await clickAdd(page, general.locator(`[data-add="${name}"]`));
    await fillBlock(page, general.locator(`fieldset.el-${name}`), child(name));
  }
  // An impossible date: the loader's error appears next to the date field, then is fixed.
  const date = page.locator('fieldset.el-date [data-attr="#text"]');
  await date.fill('2020-02-30');
  await page.waitForSelector('fieldset.el-date .field-error.error');
  assert.match(await page.textContent('fieldset.el-date .field-error'), /2020-02-30/);
  assert.equal(await date.getAttribute('aria-invalid'), 'true');
  await date.fill('2020-06-09');
  await page.waitForSelector('fieldset.el-date .field-error', { state: 'detached' });

  // The 16 units pasted from a spreadsheet (roles written in Vietnamese, as staff type them).
  const roleWords = { leader: 'Cụm trưởng', deputy: 'Cụm phó', '': '' };
  const units = elementChildren(child('units')).map((u) => {
    const s = elementChildren(u).find((c) => c.name === 'signatory');
    return [attrOf(u, 'name'), attrOf(u, 'short'), roleWords[attrOf(u, 'role')], attrOf(s, 'name'), attrOf(s, 'title'), attrOf(s, 'authority'), attrOf(u, 'id')];
  });
  assert.equal(units.length, 16);
  await paste(page, page.locator('[data-paste="unit"]'), tsv(units));
  await page.waitForFunction(() => document.querySelectorAll('.table-unit tbody tr').length === 16);

  // Guests: two pasted, one group typed.
  await clickAdd(page, page.locator('[data-add="guests"]'));
  const guests = child('guests');
  await paste(page, page.locator('[data-paste="guest"]'), tsv(elementChildren(guests).filter((g) => g.name === 'guest')
    .map((g) => ['name', 'title', 'organisation', 'role', 'unit', 'honorific', 'id'].map((a) => attrOf(g, a)))));
  const group = elementChildren(guests).find((g) => g.name === 'group');
  await clickAdd(page, page.locator('fieldset.el-guests [data-add="group"]'));
  await page.fill('fieldset.el-group [data-attr="#text"]', textOf(group));

  // The 35 delegates pasted from the sample's spreadsheet (saved as CSV).
  await clickAdd(page, page.locator('[data-add="attendees"]'));
  const csv = fs.readFileSync(path.join(samplesDir, '2020-soc-trang-cum-3-attendees.csv'), 'utf8').replace(/^\uFEFF/, '');
  const delegates = parseDelimited(csv, ',').slice(1);
  assert.equal(delegates.length, 35);
  await paste(page, page.locator('[data-paste="attendee"]'), tsv(delegates));
  await page.waitForFunction(() => document.querySelectorAll('.table-attendee tbody tr').length === 35);

  // The agreement, element by element through the form.
  await clickAdd(page, page.locator('[data-add="agreement"]'));
  await fillBlock(page, page.locator('fieldset.el-agreement'), child('agreement'));
  await settled(page);
  assert.ok(await page.isVisible('#check-ok'), await page.textContent('#problems'));

  await page.click('#save');
  await page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
  const savedPath = path.join(folder, 'soc-trang-cum-3-2020.xml');
  const check = run(['check', savedPath]);
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stdout, /Đơn vị: +16/);
  assert.match(check.stdout, /Đại biểu: +35/);

  // The agreement downloaded from the page says what `thidua agreement` of the sample says.
  await page.click('.preview-tabs >> text=Giao ước thi đua');
  await settled(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.download')]);
  const downloaded = path.join(work, 'downloaded.pdf');
  await download.saveAs(downloaded);
  const expected = path.join(work, 'expected.pdf');
  const cli = run(['agreement', path.join(samplesDir, sample), '-o', expected]);
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(pdftext(downloaded), pdftext(expected));
  await finish(server, { context, problems });
});

test('a check that adds problems does not move the form under the pointer; a removed basis or unit is put back with Undo; the pages in view are drawn first', async () => {
  const server = await serveSamplesCopy('steady');
  const { folder } = server;
  const { context, page, problems } = await newPage(server);
  const file = '2020-soc-trang-cum-3.xml';
  const saveAndRead = async () => {
    await page.click('#save');
    await page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
    await page.evaluate(() => { document.getElementById('save-state').textContent = ''; });
    return fs.readFileSync(path.join(folder, file), 'utf8');
  };
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${server.origin}/#/edit/${file}`);
    await page.waitForSelector('fieldset.el-agreement');
    await settled(page);
    const unchanged = await saveAndRead();
    // The mouse rests on "Remove time" just below the date, in view with the date (at 1280 px the
    // page is at its top, the problem list in view); the date becomes impossible, typed without scrolling.
    const add = page.locator('fieldset.el-time > .row-actions > button.remove');
    if (width === 1280) await page.evaluate(() => window.scrollTo(0, 0));
    else await page.locator('fieldset.el-date').evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await add.hover();
    const before = await add.boundingBox();
    assert.ok(before.y > 0 && before.y < 850, `the button is in view: ${JSON.stringify(before)}`);
    assert.ok(await page.isVisible('#check-ok'));
    await page.locator('fieldset.el-date [data-attr="#text"]').evaluate((input) => {
      input.value = '2020-02-30';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await checked(page);
    await page.waitForSelector('#problems li.error');
    assert.equal(await page.locator('fieldset.el-date .field-error.error').count(), 1, 'the error is shown at the date');
    // (within a pixel: the page scrolls by whole pixels)
    const stays = (box) => Math.abs(box.x - before.x) < 1 && Math.abs(box.y - before.y) < 1;
    const after = await add.boundingBox();
    assert.ok(stays(after), `at ${width}px the button under the pointer stays where it was: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    await page.screenshot({ path: path.join(artifacts, `serve-problems-${width}.png`) });
    await page.locator('fieldset.el-date [data-attr="#text"]').evaluate((input) => {
      input.value = '2020-06-09';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await checked(page);
    const gone = await add.boundingBox();
    assert.ok(stays(gone), `at ${width}px the button stays when the problems go: ${JSON.stringify(before)} -> ${JSON.stringify(gone)}`);
    // Typing in a field with the mouse at rest: the field typed in stays put instead.
    const date = page.locator('fieldset.el-date [data-attr="#text"]');
    await date.focus();
    const typedBefore = await date.boundingBox();
    await date.press('End');
    await date.press('Backspace');
    await date.press('Backspace');
    await date.pressSequentially('31');
    await checked(page);
    await page.waitForSelector('fieldset.el-date .field-error.error');
    const typedAfter = await date.boundingBox();
    assert.ok(Math.abs(typedAfter.y - typedBefore.y) < 1, `at ${width}px the field typed in stays: ${typedBefore.y} -> ${typedAfter.y}`);
    await date.fill('2020-06-09');
    await checked(page);

    // A mis-click on "Remove" loses nothing: the basis comes back where it was, with its text.
    const bases = page.locator('fieldset.el-agreement .list-basis > fieldset');
    const count = await bases.count();
    const first = await bases.first().locator('[data-attr="#text"]').inputValue();
    await bases.first().locator(':scope > .row-actions > button.remove').click();
    assert.equal(await bases.count(), count - 1);
    await page.waitForSelector('#undo:not([hidden])');
    assert.match(await page.textContent('#undo'), /Đã xoá: căn cứ 1\./);
    await page.screenshot({ path: path.join(artifacts, `serve-undo-${width}.png`) });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scroll at ${width}px (undo bar)`);
    await axeCheck(page, `the editor with its problem list and the undo bar at ${width}px`);
    await page.click('#undo button.undo');
    assert.equal(await bases.count(), count);
    assert.equal(await bases.first().locator('[data-attr="#text"]').inputValue(), first);
    assert.ok(await page.isHidden('#undo'));
    // Two rows of the units table removed, both put back in order; the saved file is as before.
    const unitRows = page.locator('.table-unit tbody tr');
    const third = await unitRows.nth(2).locator('[data-attr="name"][data-col="0"]').inputValue();
    await unitRows.nth(2).locator('button.remove').click();
    await unitRows.nth(2).locator('button.remove').click();
    assert.equal(await unitRows.count(), 14);
    await page.click('#undo button.undo');
    await page.click('#undo button.undo');
    assert.equal(await unitRows.count(), 16);
    assert.equal(await unitRows.nth(2).locator('[data-attr="name"][data-col="0"]').inputValue(), third);
    await settled(page);
    assert.equal(await saveAndRead(), unchanged, `at ${width}px removing and putting back changes nothing`);
    if (width !== 1280) continue;
    // The preview scrolled to page 4: after a change, the pages on the screen are drawn first.
    await page.locator('.pages canvas').nth(3).evaluate((c) => c.scrollIntoView({ block: 'start' }));
    const drawn = await page.locator('fieldset.el-preamble [data-attr="#text"]').first().evaluate((input) => new Promise((resolve) => {
      const order = [];
      const watch = new MutationObserver((changes) => {
        for (const c of changes) for (const n of c.addedNodes) order.push([...n.parentNode.children].indexOf(n) + 1);
      });
      watch.observe(document.querySelector('.pages'), { childList: true });
      document.addEventListener('thidua:preview', () => { watch.disconnect(); resolve(order); }, { once: true });
      input.value += ' ';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }));
    assert.equal(drawn.length, 6);
    assert.notEqual(drawn[0], 1, `pages drawn in the order ${drawn}`);
    assert.ok([3, 4, 5].includes(drawn[0]), `the first page drawn is in view: ${drawn}`);
    assert.deepEqual([...drawn].sort(), [1, 2, 3, 4, 5, 6]);
  }
  await finish(server, { context, problems });
});

test('web/tree.js: a removed element put back gives the same tree, in every position', async () => {
  const T = await import('../../web/tree.js');
  const doc = { type: 'document', children: [] };
  const event = T.element('event');
  doc.children.push(event);
  const units = T.element('units');
  T.insertChild(doc, event, units);
  const a = T.insertChild(doc, units, T.element('unit', [['id', 'a']]));
  const b = T.insertChild(doc, units, T.element('unit', [['id', 'b']]), a);
  units.children.push({ type: 'comment', value: ' c ' });
  const c = T.insertChild(doc, units, T.element('unit', [['id', 'c']]));
  const only = T.insertChild(doc, event, T.element('date'));
  const lone = T.insertChild(doc, only, T.element('note'));
  const original = JSON.stringify(doc);
  for (const [parent, node] of [[units, a], [units, b], [units, c], [only, lone], [event, units]]) {
    const removed = T.removeChild(parent, node);
    assert.notEqual(JSON.stringify(doc), original);
    T.restoreChild(removed);
    assert.equal(JSON.stringify(doc), original, `${node.name} ${T.attr(node, 'id')}`);
  }
  // Several removed, put back last first.
  const stack = [T.removeChild(units, b), T.removeChild(units, a), T.removeChild(units, c), T.removeChild(event, units)];
  while (stack.length) T.restoreChild(stack.pop());
  assert.equal(JSON.stringify(doc), original);
});

test('a composed sentence switched off with its check box is saved as <compose omit>, left out by the documents, and put back', async () => {
  const sample = '2020-soc-trang-cum-3.xml';
  const server = await serveSamplesCopy('compose');
  const { folder } = server;
  const { context, page, problems } = await newPage(server);
  await page.goto(`${server.origin}/#/edit/${encodeURIComponent(sample)}`);
  await page.waitForSelector('fieldset.composed-parts');
  await settled(page);
  const members = page.locator('fieldset.composed-parts input[data-part="members"]');
  assert.equal(await members.isChecked(), true);
  // As a person would: the keyboard on the box found by its label.
  await page.getByLabel(/Câu nêu các đơn vị thành viên/).focus();
  await page.keyboard.press('Space');
  assert.equal(await members.isChecked(), false);
  await settled(page);
  await page.click('#save');
  await page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
  const saved = fs.readFileSync(path.join(folder, sample), 'utf8');
  assert.match(saved, /<compose omit="members"\/>/);
  const summary = run(['check', path.join(folder, sample)]);
  assert.equal(summary.status, 0, summary.stderr);
  assert.match(summary.stdout, /Bỏ câu:\s+members/);
  // The article written from the saved file has no member sentence; the original has one.
  const out = path.join(work, 'compose-article.html');
  assert.equal(run(['article', path.join(folder, sample), '-o', out]).status, 0);
  assert.doesNotMatch(fs.readFileSync(out, 'utf8'), /Cụm thi đua số 3[^<]* có \d+ /);
  assert.equal(run(['article', path.join(samplesDir, sample), '-o', out]).status, 0);
  assert.match(fs.readFileSync(out, 'utf8'), /Cụm thi đua số 3[^<]* có \d+ /);
  // Ticked again and saved: the element goes, the file is as before.
  await page.reload();
  await page.waitForSelector('fieldset.composed-parts');
  await settled(page);
  assert.equal(await members.isChecked(), false);
  await members.check();
  await settled(page);
  await page.click('#save');
  await page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
  assert.doesNotMatch(fs.readFileSync(path.join(folder, sample), 'utf8'), /<compose/);
  await finish(server, { context, problems });
});
