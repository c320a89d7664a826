// Office mode of `thidua serve` in Debian's headless Chromium (playwright-core): accounts made with
// `thidua user add`, sign-in, each clerk in her bloc's folder, a reader who cannot save (also by a
// direct request), sign-in limits, CSRF and cross-site refusals, cookie flags, a stale save across
// users, the history and a restore, the audit log, axe-core on the sign-in page; and the whole app
// through nginx (Debian's, started in a throwaway prefix) with a self-signed certificate on 127.0.0.1.
//
//   THIDUA=build/thidua node --test tests/browser/office.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { rawRequest, spawnServer } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const artifacts = path.join(repo, 'tests', 'artifacts');
const thidua = path.resolve(repo, process.env.THIDUA ?? 'build/thidua');
const samplesDir = path.join(repo, 'samples');
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const axeSource = fs.readFileSync(path.join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const passwords = { quantri: 'quan-tri-2026', lan: 'lan-khoi-1-mk', hoa: 'hoa-cum-3-mk', minh: 'minh-chi-xem', thu: 'thu-khoi-1-mk' };
let browser;
let work;
let data;
const children = [];
const servers = [];

function run(args, input) {
  return spawnSync(thidua, args, { encoding: 'utf8', input, env: { ...process.env, LANGUAGE: 'vi' } });
}

// Starts `thidua serve DATA --office --port 0 …` and reads the sign-in address it prints.
async function startServer(extra = []) {
  const { child, address } = await spawnServer(thidua, ['serve', data, '--office', '--port', '0', ...extra]);
  children.push(child);
  const url = new URL(address);
  const server = { child, address, origin: url.origin, port: Number(url.port), host: url.host };
  servers.push(server);
  return server;
}

// A raw request to the server, with its own Host unless `headers` names another, so that Host, Origin
// and the forwarded headers can be anything.
const request = (server, { headers = {}, ...rest } = {}) =>
  rawRequest(server.port, { ...rest, headers: { host: server.host, ...headers } });

const login = (server, user, password, headers = {}) => request(server, { method: 'POST', target: '/api/login',
  headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ user, password }) });

// Signs `user` in through the sign-in page in a new browser context.
async function signIn(server, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.origin + '/');
  assert.equal(new URL(page.url()).pathname, '/login', 'not signed in: the app sends to /login');
  await page.fill('#login-user', user);
  await page.fill('#login-password', passwords[user]);
  await page.click('#login-submit');
  await page.waitForSelector('#account-name');
  await page.waitForSelector('h1');
  return { context, page, problems };
}

async function eventPaths(page) {
  await page.waitForSelector('table.events, main p');
  return page.locator('table.events td.file').allTextContents();
}

async function openEvent(page, file) {
  await page.goto(page.url().replace(/#.*$/, '') + `#/edit/${encodeURIComponent(file)}`);
  await page.waitForSelector('fieldset.el-place [data-attr="#text"]');
}

const place = (page) => page.locator('fieldset.el-place [data-attr="#text"]');
const eventFile = (relative) => path.join(data, relative);
const historyOf = (relative) => {
  const dir = path.join(data, path.dirname(relative), '.thidua-history', path.basename(relative));
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-office-test-'));
  data = path.join(work, 'data');
  for (const [folder, sample, name] of [['khoi-1', '2022-khanh-hoa-khoi-nganh-i.xml', 'k.xml'],
    ['cum-3', '2023-cdvc-viet-nam-khoi-ii.xml', 'c.xml']]) {
    fs.mkdirSync(path.join(data, folder), { recursive: true });
    fs.copyFileSync(path.join(samplesDir, sample), path.join(data, folder, name));
    fs.cpSync(path.join(samplesDir, 'photos'), path.join(data, folder, 'photos'), { recursive: true });
  }
  fs.mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: chromiumFlags });
});

after(async () => {
  await browser?.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the administrator makes the accounts with thidua user; passwords never on the command line', () => {
  const add = (name, ...args) => run(['user', 'add', name, '--data', data, '--password-file', '-', ...args], `${passwords[name]}\n`);
  for (const [name, args] of [['quantri', ['--role', 'admin']], ['lan', ['--role', 'editor', '--folder', 'khoi-1']],
    ['hoa', ['--role', 'editor', '--folder', 'cum-3']], ['minh', ['--role', 'reader', '--folder', 'khoi-1']],
    ['thu', ['--role', 'editor', '--folder', 'khoi-1']]]) {
    const r = add(name, ...args);
    assert.equal(r.status, 0, r.stderr);
  }
  assert.equal(add('lan', '--role', 'editor', '--folder', 'khoi-1').status, 1, 'an account made twice');
  const short = run(['user', 'add', 'ngan', '--data', data, '--role', 'reader', '--folder', 'khoi-1', '--password-file', '-'], 'ngan\n');
  assert.equal(short.status, 1);
  assert.match(short.stderr, /mật khẩu quá ngắn/);
  assert.equal(run(['user', 'add', 'x', '--data', data, '--role', 'boss', '--password-file', '-'], 'abcdefghi\n').status, 2);
  const list = run(['user', 'list', '--data', data]);
  assert.equal(list.status, 0, list.stderr);
  assert.match(list.stdout, /^lan\teditor\tkhoi-1$/m);
  assert.match(list.stdout, /^minh\treader\tkhoi-1$/m);
  const file = path.join(data, '.thidua', 'accounts.json');
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  const text = fs.readFileSync(file, 'utf8');
  for (const p of Object.values(passwords)) assert.ok(!text.includes(p), 'a password in clear');
  assert.equal((text.match(/\$argon2id\$/g) || []).length, 5);
});

test('clerks sign in, each sees only her bloc, edits and saves; the reader cannot save, even by a direct request', async () => {
  const server = await startServer();
  const lan = await signIn(server, 'lan');
  assert.deepEqual(await eventPaths(lan.page), ['khoi-1/k.xml']);
  const hoa = await signIn(server, 'hoa');
  assert.deepEqual(await eventPaths(hoa.page), ['cum-3/c.xml']);
  const admin = await signIn(server, 'quantri');
  assert.deepEqual(await eventPaths(admin.page), ['cum-3/c.xml', 'khoi-1/k.xml']);

  // Each editor edits and saves her own event.
  const original = fs.readFileSync(eventFile('khoi-1/k.xml'), 'utf8');
  for (const [clerk, file, value] of [[lan, 'khoi-1/k.xml', 'Hội trường Liên đoàn Lao động tỉnh'], [hoa, 'cum-3/c.xml', 'Hội trường Công đoàn Viên chức']]) {
    await openEvent(clerk.page, file);
    await place(clerk.page).fill(value);
    await clerk.page.click('#save');
    await clerk.page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
    assert.ok(fs.readFileSync(eventFile(file), 'utf8').includes(value));
    await clerk.page.waitForSelector('#history tbody tr:nth-child(2)');
  }
  assert.equal(historyOf('khoi-1/k.xml').length, 2, 'the file as it was, then lan\'s save');
  assert.ok(historyOf('khoi-1/k.xml')[1].endsWith('-lan.xml'));
  assert.equal(fs.readFileSync(path.join(data, 'khoi-1', '.thidua-history', 'k.xml', historyOf('khoi-1/k.xml')[0]), 'utf8'), original);
  await lan.page.screenshot({ path: path.join(artifacts, 'office-editor-1280.png') });
  assert.doesNotMatch(await lan.page.locator('main').innerText(), /\bnull\b|undefined/, 'no stray null in the page');

  // hoa cannot open khoi-1, neither in the app nor through the API.
  const foreign = await hoa.page.evaluate(async () => (await fetch('/api/event?path=khoi-1/k.xml')).status);
  assert.equal(foreign, 403);
  const foreignFile = await hoa.page.evaluate(async () => (await fetch('/files/khoi-1/photos/logo-cong-doan.png')).status);
  assert.equal(foreignFile, 403);
  const accounts = await hoa.page.evaluate(async () => (await fetch('/files/.thidua/accounts.json')).status);
  assert.equal(accounts, 403);

  // The reader sees khoi-1, its Save is off, and a direct save with a valid CSRF token is refused.
  const minh = await signIn(server, 'minh');
  assert.deepEqual(await eventPaths(minh.page), ['khoi-1/k.xml']);
  assert.equal(await minh.page.locator('section[aria-labelledby="new-title"]').count() + await minh.page.locator('#new-id').count(), 0);
  await openEvent(minh.page, 'khoi-1/k.xml');
  assert.ok(await minh.page.locator('#save').isDisabled());
  await minh.page.waitForSelector('#readonly');
  const before = fs.readFileSync(eventFile('khoi-1/k.xml'), 'utf8');
  const direct = await minh.page.evaluate(async () => {
    const session = await (await fetch('/api/session')).json();
    const event = await (await fetch('/api/event?path=khoi-1/k.xml')).json();
    const r = await fetch('/api/save', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf },
      body: JSON.stringify({ path: 'khoi-1/k.xml', version: event.version, xml: event.xml.replace('Hội trường', 'Phòng họp') }) });
    const restore = await fetch('/api/restore', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf },
      body: JSON.stringify({ path: 'khoi-1/k.xml', version: event.version, id: 'x' }) });
    return [r.status, restore.status, session.role];
  });
  assert.deepEqual(direct, [403, 403, 'reader']);
  assert.equal(fs.readFileSync(eventFile('khoi-1/k.xml'), 'utf8'), before);

  // Without the CSRF token a save is refused; so is a cross-site form posting to the API.
  const noToken = await lan.page.evaluate(async () => {
    const event = await (await fetch('/api/event?path=khoi-1/k.xml')).json();
    const r = await fetch('/api/save', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ path: 'khoi-1/k.xml', version: event.version, xml: event.xml }) });
    return r.status;
  });
  assert.equal(noToken, 403);
  const evil = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html><body><form id="f" method="post" enctype="text/plain" action="${server.origin}/api/save">
      <input name='{"path":"khoi-1/k.xml","xml":"<event/>","x":"' value='"}'></form>
      <script>document.getElementById('f').submit()</script></body></html>`);
  });
  await new Promise((resolve) => evil.listen(0, '127.0.0.1', resolve));
  try {
    const answer = lan.page.waitForResponse((r) => r.url() === `${server.origin}/api/save`);
    await lan.page.goto(`http://127.0.0.1:${evil.address().port}/`);
    assert.equal((await answer).status(), 403);
  } finally {
    evil.close();
  }
  assert.equal(fs.readFileSync(eventFile('khoi-1/k.xml'), 'utf8'), before);

  // Cookie flags: HttpOnly, SameSite=Strict; not Secure over plain http.
  const [cookie] = await lan.context.cookies();
  assert.equal(cookie.name, 'thidua_session');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
  assert.equal(cookie.secure, false);
  assert.ok(cookie.value.length >= 64);

  for (const c of [lan, hoa, admin, minh]) {
    assert.deepEqual(c.problems, []);
    await c.context.close();
  }
});

test('a stale save by another editor is refused, the first kept, both in the history; an old version restored', async () => {
  const server = servers[0];
  const lan = await signIn(server, 'lan');
  const thu = await signIn(server, 'thu');
  await openEvent(lan.page, 'khoi-1/k.xml');
  await openEvent(thu.page, 'khoi-1/k.xml');
  const versionsBefore = historyOf('khoi-1/k.xml').length;
  await thu.page.waitForSelector('#history tbody tr');
  await place(thu.page).fill('Nhà văn hóa Lao động');
  await thu.page.click('#save');
  await thu.page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
  await place(lan.page).fill('Phòng họp số 2');
  await lan.page.click('#save');
  await lan.page.waitForSelector('#conflict .alert');
  assert.match(await lan.page.locator('#conflict').textContent(), /đã được sửa ở nơi khác bởi thu/);
  const kept = fs.readFileSync(eventFile('khoi-1/k.xml'), 'utf8');
  assert.ok(kept.includes('Nhà văn hóa Lao động') && !kept.includes('Phòng họp số 2'), 'the first save is kept');
  const history = historyOf('khoi-1/k.xml');
  assert.equal(history.length, versionsBefore + 1);
  assert.ok(history.at(-1).endsWith('-thu.xml') && history.at(-2).endsWith('-lan.xml'), history.join(' '));

  // lan reloads, sees the history in the editor, restores the original file.
  await lan.page.click('#conflict button');
  await lan.page.waitForSelector('#history tbody tr:nth-child(3)');
  const rows = await lan.page.locator('#history tbody tr').allTextContents();
  await lan.page.evaluate(axeSource);
  const violations = await lan.page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], 'axe-core on the editor with its history');
  assert.match(rows[0], /thu.*Bản hiện tại/);
  assert.match(rows[1], /lan/);
  assert.match(rows[2], /không rõ/);
  const original = fs.readFileSync(path.join(samplesDir, '2022-khanh-hoa-khoi-nganh-i.xml'), 'utf8');
  await lan.page.locator('#history tbody tr').nth(2).locator('button.restore').click();
  await lan.page.waitForFunction(() => document.querySelectorAll('#history tbody tr').length === 4);
  assert.equal(fs.readFileSync(eventFile('khoi-1/k.xml'), 'utf8'), original);
  assert.equal(await place(lan.page).inputValue(), (/<place[^>]*>([^<]*)<\/place>/.exec(original) || [])[1]);
  assert.ok(historyOf('khoi-1/k.xml').at(-1).endsWith('-lan.xml'));

  // Sign-out ends the session.
  await lan.page.click('#logout');
  await lan.page.waitForURL(/\/login$/);
  assert.equal(await lan.page.evaluate(async () => (await fetch('/api/events')).status), 401);
  await lan.context.close();
  await thu.context.close();

  const audit = fs.readFileSync(path.join(data, '.thidua', 'audit.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const has = (user, action, result) => audit.some((a) => a.user === user && a.action === action && a.result === result);
  assert.ok(has('lan', 'save', 'ok') && has('thu', 'save', 'ok') && has('lan', 'save', 'conflict'));
  assert.ok(has('lan', 'restore', 'ok') && has('lan', 'login', 'ok') && has('lan', 'logout', 'ok'));
});

test('five wrong passwords make the account wait; the sign-in page passes axe-core', async () => {
  const server = servers[0];
  for (let i = 0; i < 5; ++i) assert.equal((await login(server, 'hoa', 'sai-mat-khau')).status, 401);
  const blocked = await login(server, 'hoa', passwords.hoa);
  assert.equal(blocked.status, 429, 'even the right password waits');
  assert.ok(Number(blocked.headers['retry-after']) >= 29);
  assert.match(JSON.parse(blocked.body).error, /giây/);
  assert.equal((await login(server, 'minh', passwords.minh)).status, 200, 'other accounts are not blocked');
  assert.equal((await login(server, 'khong-co', 'abcdefghij')).status, 401);
  const audit = fs.readFileSync(path.join(data, '.thidua', 'audit.log'), 'utf8');
  assert.match(audit, /"action":"login","address":"127\.0\.0\.1","path":"","result":"waiting","time":"[^"]+","user":"hoa"/);

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(server.origin + '/login');
  await page.fill('#login-user', 'lan');
  await page.fill('#login-password', 'sai');
  await page.click('#login-submit');
  await page.waitForFunction(() => document.getElementById('login-message').textContent.length > 0);
  assert.match(await page.locator('#login-message').textContent(), /không đúng/);
  await page.screenshot({ path: path.join(artifacts, 'office-login-360.png') });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test('behind the configured proxy: its forwarded headers are believed, nobody else\'s; https makes cookies Secure', async () => {
  const server = await startServer(['--public-url', 'https://thidua.test/', '--proxy', '127.0.0.1']);
  const proxied = { host: 'thidua.test', 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' };
  const ok = await login(server, 'quantri', passwords.quantri, { ...proxied, origin: 'https://thidua.test' });
  assert.equal(ok.status, 200, ok.body);
  const cookie = ok.headers['set-cookie'][0];
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.match(cookie, /Secure/);
  assert.equal((await login(server, 'quantri', passwords.quantri, { origin: 'https://evil.test' })).status, 403);
  assert.equal((await login(server, 'quantri', passwords.quantri, { host: 'evil.test' })).status, 403);
  const audit = fs.readFileSync(path.join(data, '.thidua', 'audit.log'), 'utf8');
  assert.match(audit, /"address":"203\.0\.113\.7"/, 'the client address from X-Forwarded-For of the proxy');

  // Without --proxy, X-Forwarded-Proto is not believed: no Secure over plain http.
  const plain = servers[0];
  const direct = await login(plain, 'quantri', passwords.quantri, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.1' });
  assert.equal(direct.status, 200);
  assert.doesNotMatch(direct.headers['set-cookie'][0], /Secure/);
  assert.doesNotMatch(fs.readFileSync(path.join(data, '.thidua', 'audit.log'), 'utf8'), /198\.51\.100\.1/);
});

// A free port on 127.0.0.1 (bound, then released for nginx to take).
function freePort() {
  return new Promise((resolve) => {
    const probe = http.createServer();
    probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
  });
}

test('through nginx with a self-signed certificate: sign-in, Secure cookie, save; forwarded headers believed only from nginx', async (t) => {
  const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
  if (!nginxBin || spawnSync('openssl', ['version']).status !== 0) { t.skip('nginx or openssl is not installed (scripts/setup.sh --test)'); return; }
  const prefix = path.join(work, 'nginx');
  fs.mkdirSync(path.join(prefix, 'tmp'), { recursive: true });
  const cert = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(prefix, 'key.pem'), '-out', path.join(prefix, 'cert.pem')], { encoding: 'utf8' });
  assert.equal(cert.status, 0, cert.stderr);
  const httpsPort = await freePort();
  const publicUrl = `https://127.0.0.1:${httpsPort}/`;
  const server = await startServer(['--public-url', publicUrl, '--proxy', '127.0.0.1']);
  const temp = (name) => `${name}_temp_path ${path.join(prefix, 'tmp', name)};`;
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), `daemon off;
master_process off;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 256; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  server {
    listen 127.0.0.1:${httpsPort} ssl;
    ssl_certificate ${path.join(prefix, 'cert.pem')};
    ssl_certificate_key ${path.join(prefix, 'key.pem')};
    client_max_body_size 32m;
    location / {
      proxy_pass http://127.0.0.1:${server.port};
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $remote_addr;
    }
  }
}
`);
  const nginx = spawn(nginxBin, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(nginx);
  let nginxErr = '';
  nginx.stderr.on('data', (d) => { nginxErr += d; });
  try {
    // Wait until nginx answers.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    for (let i = 0; ; ++i) {
      try { await page.goto(publicUrl + 'login'); break; } catch (e) {
        if (i >= 50 || nginx.exitCode !== null) throw new Error(`nginx does not answer: ${nginxErr} ${e.message}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await page.fill('#login-user', 'lan');
    await page.fill('#login-password', passwords.lan);
    await page.click('#login-submit');
    await page.waitForSelector('#account-name');
    const [cookie] = await context.cookies();
    assert.equal(cookie.secure, true, 'Secure behind https');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.deepEqual(await eventPaths(page), ['khoi-1/k.xml']);
    await openEvent(page, 'khoi-1/k.xml');
    await place(page).fill('Hội trường qua nginx');
    await page.click('#save');
    await page.waitForFunction(() => /Đã lưu lúc/.test(document.getElementById('save-state').textContent));
    assert.ok(fs.readFileSync(eventFile('khoi-1/k.xml'), 'utf8').includes('Hội trường qua nginx'));
    await context.close();

    // Straight to thidua (not through nginx), a forged X-Forwarded-Host is ignored only when the
    // request does not come from the proxy's address; here it does (127.0.0.1), so it is checked.
    assert.equal((await request(server, { target: '/login', headers: { 'x-forwarded-host': 'evil.test' } })).status, 403);
    const audit = fs.readFileSync(path.join(data, '.thidua', 'audit.log'), 'utf8');
    assert.match(audit, /"action":"save","address":"127\.0\.0\.1","path":"khoi-1\/k\.xml","result":"ok"/);
  } finally {
    nginx.kill('SIGTERM');
  }
});
