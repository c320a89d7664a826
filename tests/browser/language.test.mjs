// Browser test of the web app's languages in Debian's headless Chromium (playwright-core): Vietnamese
// by default (pages, the server's messages, the loader's errors), English through the page's switch
// or `thidua --lang en serve`, and back; the sign-in page of office mode in both.
//
//   THIDUA=build/thidua node --test tests/browser/language.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { spawnServer } from './support.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const thidua = path.resolve(repo, process.env.THIDUA ?? 'build/thidua');
const sample = '2020-soc-trang-cum-3.xml';
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The server's own locale must not decide: every test starts it in C.UTF-8 (Vietnamese, as for users).
const quietLocale = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };

let browser;
let work;
const servers = [];

// Starts `thidua [--lang L] serve FOLDER --port 0 …` and reads the address it prints.
async function startServer(folder, { lang, extra = [] } = {}) {
  const args = [...(lang ? ['--lang', lang] : []), 'serve', folder, '--port', '0', ...extra];
  const { child, address } = await spawnServer(thidua, args, quietLocale);
  servers.push(child);
  return address;
}

// English words left in Vietnamese text, as tests/po/find_english.py finds them ('' when none).
function english(text) {
  const result = spawnSync('python3', [path.join(repo, 'tests', 'po', 'find_english.py')], { input: text, encoding: 'utf8' });
  return result.status === 0 ? '' : result.stderr;
}

async function newPage(address) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(address);
  await page.waitForSelector('h1');
  return { context, page, problems };
}

// The sign-in page in one language: its title and user-name label, the message for an empty form,
// then a wrong password, until `refused` (run in the page) sees the message that refuses it.
async function checkSignIn(page, { title, userLabel, emptyMessage, refused }) {
  assert.equal(await page.title(), title);
  assert.equal(await page.textContent('label[for="login-user"]'), userLabel);
  await page.click('#login-submit');
  assert.equal(await page.textContent('#login-message'), emptyMessage);
  await page.fill('#login-user', 'lan');
  await page.fill('#login-password', 'not-her-password');
  await page.click('#login-submit');
  await page.waitForFunction(refused);
}

// The API's answer to a path with '..', asked from the page (so with its cookies).
async function refusalFromPage(page) {
  return page.evaluate(async () => (await (await fetch('/api/event?path=../x.xml')).json()).error);
}

// Puts an impossible date into the open editor and returns the error shown next to the field.
async function dateError(page) {
  await page.fill('fieldset.el-date [data-attr="#text"]', '2020-02-30');
  await page.waitForSelector('fieldset.el-date .field-error.error', { timeout: 30000 });
  return page.textContent('fieldset.el-date .field-error');
}

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-language-test-'));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: chromiumFlags });
});

after(async () => {
  await browser?.close();
  for (const child of servers) if (child.exitCode === null) child.kill('SIGTERM');
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('Vietnamese by default; the switch gives English pages, API errors and loader messages; and back', async () => {
  const folder = path.join(work, 'switch');
  fs.cpSync(path.join(repo, 'samples'), folder, { recursive: true });
  const address = await startServer(folder);
  const { context, page, problems } = await newPage(address);

  // Vietnamese: the events list, with not one English word of the interface.
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.equal(await page.textContent('h1'), 'Các sự kiện');
  assert.deepEqual(await page.locator('table.events th').allTextContents(), ['Khối, cụm thi đua', 'Loại', 'Ngày', 'Kiểm tra', 'Tệp']);
  assert.equal(await page.textContent('button.language'), 'English');
  const listText = await page.innerText('body');
  assert.equal(english(listText.replace(/English/g, '')), '', listText);
  assert.match(await refusalFromPage(page), /^Đường dẫn không được chứa '\.\.'/);

  // The editor in Vietnamese, and the loader's error next to the date field.
  await page.goto(`${new URL(address).origin}/#/edit/${sample}`);
  await page.waitForSelector('fieldset.el-date');
  assert.equal(await page.textContent('#save'), 'Lưu');
  assert.match(await page.textContent('fieldset.el-date legend, fieldset.el-date label'), /Ngày tổ chức/);
  const vietnameseError = await dateError(page);
  assert.match(vietnameseError, /^Lỗi: ngày '2020-02-30' không tồn tại/);
  const editorText = await page.innerText('main form');
  assert.equal(english(editorText), '', editorText.split('\n').map((l, i) => `${i + 1}: ${l}`).join('\n'));

  // English through the switch: the page reloads in English, the cookie keeps the choice.
  page.once('dialog', (d) => d.accept());  // the unsaved change asks before leaving
  await Promise.all([page.waitForEvent('load'), page.click('button.language')]);
  await page.waitForSelector('fieldset.el-date');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#save'), 'Save');
  assert.match(await page.textContent('fieldset.el-date legend, fieldset.el-date label'), /Date held/);
  assert.match(await dateError(page), /^Error: date '2020-02-30' does not exist/);
  assert.match(await refusalFromPage(page), /^The path may not hold '\.\.'/);
  page.once('dialog', (d) => d.accept());
  await page.goto(`${new URL(address).origin}/#/`);
  await page.reload();
  await page.waitForSelector('table.events');
  assert.equal(await page.textContent('h1'), 'Events');
  assert.deepEqual(await page.locator('table.events th').allTextContents(), ['Emulation bloc or cluster', 'Kind', 'Date', 'Check', 'File']);
  assert.equal(await page.title(), 'Events – thidua');
  assert.equal(await page.textContent('button.language'), 'Tiếng Việt');

  // And back to Vietnamese.
  await Promise.all([page.waitForEvent('load'), page.click('button.language')]);
  await page.waitForSelector('table.events');
  assert.equal(await page.textContent('h1'), 'Các sự kiện');
  assert.deepEqual(problems, []);
  await context.close();
});

test('thidua --lang en serve: English without a choice in the page; the cookie still gives Vietnamese', async () => {
  const folder = path.join(work, 'english');
  fs.mkdirSync(folder);
  const address = await startServer(folder, { lang: 'en' });
  const { context, page, problems } = await newPage(address);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'Events');
  assert.match(await page.innerText('main'), /The folder has no event files yet/);
  assert.match(await refusalFromPage(page), /^The path may not hold/);
  await Promise.all([page.waitForEvent('load'), page.click('button.language')]);
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), 'Các sự kiện');
  assert.match(await refusalFromPage(page), /^Đường dẫn không được chứa/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("office mode's sign-in page and its messages in both languages", async () => {
  const data = path.join(work, 'office');
  fs.mkdirSync(data);
  const address = await startServer(data, { extra: ['--office'] });
  const { context, page, problems } = await newPage(address);
  await checkSignIn(page, {
    title: 'Đăng nhập – thidua',
    userLabel: 'Tên đăng nhập',
    emptyMessage: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
    refused: () => document.querySelector('#login-message').textContent.includes('không đúng'),
  });
  assert.equal(english((await page.innerText('body')).replace(/English/g, '')), '');

  await Promise.all([page.waitForEvent('load'), page.click('button.language')]);
  await page.waitForSelector('#login-form');
  await checkSignIn(page, {
    title: 'Sign in – thidua',
    userLabel: 'User name',
    emptyMessage: 'Enter your user name and password.',
    refused: () => document.querySelector('#login-message').textContent === 'The user name or the password is wrong.',
  });
  assert.deepEqual(problems, []);
  await context.close();
});
