// `thidua publish` against a real WordPress that tests/wordpress/test-wordpress.sh set up (MariaDB, the
// site installed by WordPress's own functions): posts read back through the REST API, re-publishing,
// a changed photo, refusals, a stopped server, and the published post in headless Chromium.
//
//   bash tests/wordpress/test-wordpress.sh build/thidua     (starts everything, then runs this file)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const artifacts = path.join(repo, 'tests', 'artifacts');
const { THIDUA: thidua, WP_SITE: site, WP_ROOT: wpRoot, WP_WORK: work, WP_ROUTER: router, WP_PORT: port } = process.env;
const samples = fs.readdirSync(path.join(repo, 'samples')).filter((f) => f.endsWith('.xml')).sort();
const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const anyStatus = 'publish,future,draft,pending,private';

const events = path.join(work, 'events');  // a copy of samples/: state files and a changed photo stay there
const adminPassword = path.join(work, 'admin.password');
const auth = 'Basic ' + Buffer.from(`admin:${fs.readFileSync(adminPassword, 'utf8').trim()}`).toString('base64');
let php;
let context;
let profile;
const expected = {};  // sample -> what its article page shows
const postIds = {};   // sample -> post id after the first run

function startPhp() {
  // One process (no PHP_CLI_SERVER_WORKERS): stopping it stops the whole server.
  php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', wpRoot, router], { stdio: 'ignore' });
  fs.writeFileSync(path.join(work, 'php.pid'), String(php.pid));
}

function stopPhp() {
  return new Promise((resolve) => {
    if (!php || php.exitCode !== null) return resolve();
    php.once('exit', resolve);
    php.kill();
  });
}

async function waitForSite() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${site}/wp-json/`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WordPress at ${site} did not answer`);
}

// Runs `thidua publish`, in English unless `language` says otherwise (Vietnamese is the default).
function publish(args, passwordFile = adminPassword, user = 'admin', language = 'en') {
  const result = spawnSync(thidua, ['publish', ...args, '--wordpress', site, '--user', user, '--password-file', passwordFile],
    { cwd: repo, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANGUAGE: language, LC_ALL: 'C.UTF-8' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function api(route, query = {}) {
  const url = new URL(`${site}/wp-json/wp/v2/${route}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const response = await fetch(url, { headers: { authorization: auth } });
  assert.equal(response.status, 200, `${url}: ${await response.clone().text()}`);
  return { body: await response.json(), total: Number(response.headers.get('x-wp-total')) };
}

// How many posts (of any status) and media the site holds.
async function counts() {
  return {
    posts: (await api('posts', { status: anyStatus, per_page: 1, context: 'edit' })).total,
    media: (await api('media', { per_page: 1 })).total,
  };
}

// Text of an HTML fragment, entities decoded, as a browser shows it.
async function textOf(html) {
  const page = await context.newPage();
  const text = await page.evaluate((h) => new DOMParser().parseFromString(h, 'text/html').body.textContent, html);
  await page.close();
  return text.replace(/\s+/g, ' ').trim();
}

function postIdOf(sample) {
  const state = JSON.parse(fs.readFileSync(path.join(events, sample.replace(/\.xml$/, '.wordpress.json')), 'utf8'));
  return state[`${site}/`].post;
}

before(async () => {
  fs.cpSync(path.join(repo, 'samples'), events, { recursive: true });
  startPhp();
  await waitForSite();
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: chromiumFlags,
  });
  fs.mkdirSync(artifacts, { recursive: true });
  // What each article shows, read from thidua's own page in the browser.
  for (const sample of samples) {
    const html = path.join(work, 'articles', sample.replace(/\.xml$/, '.html'));
    const made = spawnSync(thidua, ['article', path.join('samples', sample), '-o', html], { cwd: repo, encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const page = await context.newPage();
    await page.goto(`file://${html}`);
    expected[sample] = await page.evaluate(() => ({
      title: document.querySelector('h1').textContent.replace(/\s+/g, ' ').trim(),
      lead: document.querySelector('p.lead').textContent.replace(/\s+/g, ' ').trim(),
      published: document.querySelector('header time')?.getAttribute('datetime') ?? '',
      tags: [...document.querySelectorAll('ul.tags li')].map((li) => li.textContent.trim()).sort(),
      images: document.querySelectorAll('article img').length,
      photos: document.querySelectorAll('article figure img').length,
    }));
    await page.close();
  }
});

after(async () => {
  await context?.close();
  await stopPhp();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

test('every sample is published, and reads back through the REST API as its article', async () => {
  const before = await counts();
  const result = publish([events, '--status', 'publish']);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines.length, samples.length, result.stdout);
  for (const line of lines) assert.match(line, /: created post \d+ \(publish\) http:\/\/127\.0\.0\.1:\d+\/\d{4}\/\d\d\/[a-z0-9-]+\/; photos: /);
  const after = await counts();
  assert.equal(after.posts, before.posts + samples.length);

  for (const sample of samples) {
    const want = expected[sample];
    const id = postIdOf(sample);
    postIds[sample] = id;
    const post = (await api(`posts/${id}`, { context: 'edit' })).body;
    assert.equal(post.status, 'publish');
    assert.equal((await api('posts', { slug: post.slug, status: anyStatus, context: 'edit' })).body.length, 1, post.slug);
    // The raw fields: what thidua sent (WordPress's display turns " - " into " – " and so on).
    assert.equal(await textOf(post.title.raw), want.title, sample);
    assert.equal(await textOf(post.excerpt.raw), want.lead, sample);
    // The date: <published> is Vietnam's time; the site's zone is Asia/Ho_Chi_Minh.
    assert.match(want.published, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/, `${sample} has a publication date`);
    assert.equal(post.date, want.published.slice(0, 19), sample);
    assert.equal(post.date_gmt, new Date(want.published).toISOString().slice(0, 19), sample);
    const tagNames = [];
    for (const tag of post.tags) tagNames.push(await textOf((await api(`tags/${tag}`)).body.name));
    assert.deepEqual(tagNames.sort(), want.tags, sample);
    assert.equal(post.categories.length, 1);
    assert.equal(await textOf((await api(`categories/${post.categories[0]}`)).body.name), 'Thi đua');
    // Every image of the article is in the post, and answers 200 from the site.
    const sources = [...post.content.rendered.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
    assert.equal(sources.length, want.images, sample);
    for (const source of sources) {
      assert.ok(source.startsWith(`${site}/wp-content/uploads/`), source);
      assert.equal((await fetch(source)).status, 200, source);
    }
    if (want.photos > 0) {
      const featured = (await api(`media/${post.featured_media}`, { context: 'edit' })).body;
      assert.equal(featured.source_url, sources[0], `${sample}: the first photo is the featured image`);
      assert.ok(featured.alt_text.length > 0, `${sample}: the featured image has alt text`);
      assert.ok(featured.caption.raw.length > 0, `${sample}: the featured image has its caption`);
    } else {
      assert.equal(post.featured_media, 0);
    }
  }
});

test('publishing again updates the same posts and uploads nothing', async () => {
  const before = await counts();
  const result = publish([events, '--status', 'publish']);
  assert.equal(result.status, 0, result.stderr);
  for (const sample of samples) {
    assert.match(result.stdout, new RegExp(`${sample}: updated post ${postIds[sample]} \\(publish\\) .*; photos: 0 uploaded`));
  }
  assert.deepEqual(await counts(), before);
  // Without the state files, each post is found again by its slug.
  for (const sample of samples) fs.rmSync(path.join(events, sample.replace(/\.xml$/, '.wordpress.json')));
  const again = publish([events, '--status', 'publish']);
  assert.equal(again.status, 0, again.stderr);
  assert.equal((again.stdout.match(/: updated post /g) ?? []).length, samples.length);
  assert.deepEqual(await counts(), before);
});

test('a changed photo is uploaded and replaces the old one in the post and as featured image', async () => {
  const sample = samples.find((s) => expected[s].photos > 0);
  const xml = fs.readFileSync(path.join(events, sample), 'utf8');
  const photoFile = xml.match(/<photo [^>]*file="([^"]+)"/)[1];
  const id = postIds[sample];
  const old = (await api(`posts/${id}`, { context: 'edit' })).body;
  const oldSource = (await api(`media/${old.featured_media}`)).body.source_url;
  // Another picture: a different sample photo with bytes after its end, so no other event has it.
  const other = fs.readdirSync(path.join(events, 'photos')).find((f) => f !== path.basename(photoFile));
  const bytes = Buffer.concat([fs.readFileSync(path.join(events, 'photos', other)), Buffer.from('thidua changed photo')]);
  fs.writeFileSync(path.join(events, photoFile), bytes);

  const result = publish([path.join(events, sample), '--status', 'publish']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, new RegExp(`updated post ${id} .*photos: 1 uploaded`));
  const post = (await api(`posts/${id}`, { context: 'edit' })).body;
  assert.notEqual(post.featured_media, old.featured_media);
  const media = (await api(`media/${post.featured_media}`)).body;
  const served = Buffer.from(await (await fetch(media.source_url)).arrayBuffer());
  assert.equal(crypto.createHash('sha256').update(served).digest('hex'), crypto.createHash('sha256').update(bytes).digest('hex'));
  assert.ok(post.content.raw.includes(media.source_url));
  assert.ok(!post.content.raw.includes(oldSource));
});

test('a wrong application password: exit 3, the message, nothing created', async () => {
  const before = await counts();
  const wrong = path.join(work, 'wrong.password');
  fs.writeFileSync(wrong, 'abcd efgh ijkl mnop qrst uvwx\n');
  const result = publish([events], wrong);
  assert.equal(result.status, 3, result.stderr);
  assert.match(result.stderr, /refused the user name or application password of 'admin' \(HTTP 401\): .*\((incorrect_password|rest_not_logged_in)\)/);
  assert.equal(result.stdout, '');
  // The same in Vietnamese, the default language of office staff.
  const vietnamese = publish([events], wrong, 'admin', 'vi');
  assert.equal(vietnamese.status, 3, vietnamese.stderr);
  assert.match(vietnamese.stderr, /lỗi: .* từ chối tên đăng nhập hoặc mật khẩu ứng dụng của 'admin' \(HTTP 401\)/);
  assert.deepEqual(await counts(), before);
});

test('a user who may not publish: exit 3, the message, nothing created', async () => {
  const before = await counts();
  const result = publish([events], path.join(work, 'reader.password'), 'reader');
  assert.equal(result.status, 3, result.stderr);
  assert.match(result.stderr, /the user 'reader' may not publish on .*: the account lacks the right 'upload_files'/);
  assert.deepEqual(await counts(), before);
});

test('a REST API switched off: exit 3, the message, nothing created', async () => {
  const before = await counts();
  fs.writeFileSync(path.join(wpRoot, 'rest-off'), '');
  try {
    const result = publish([events]);
    assert.equal(result.status, 3, result.stderr);
    assert.match(result.stderr, /no WordPress REST API at .* the REST API is switched off, or this is not a WordPress site/);
  } finally {
    fs.rmSync(path.join(wpRoot, 'rest-off'));
  }
  assert.deepEqual(await counts(), before);
});

test('a title with markup shows as text on the site; the published post in Chromium', async () => {
  // The escaping fixture, its photo path made absolute (the copy lives elsewhere).
  const hostileDir = path.join(work, 'hostile');
  fs.mkdirSync(hostileDir);
  // WordPress keeps term names of 200 characters at most: the long payload tag becomes a short one.
  const fixture = fs.readFileSync(path.join(repo, 'tests', 'browser', 'fixtures', 'hostile.xml'), 'utf8')
    .replaceAll('../../../samples/', `${repo}/samples/`)
    .replace(/<tag>Thẻ «[^<]*<\/tag>/, '<tag>&lt;b&gt;Thẻ&lt;/b&gt;</tag>');
  fs.writeFileSync(path.join(hostileDir, 'hostile.xml'), fixture);
  const result = publish([path.join(hostileDir, 'hostile.xml'), '--status', 'publish']);
  assert.equal(result.status, 0, result.stderr);
  const hostileLink = result.stdout.match(/ (http:\/\/\S+\/);/)[1];

  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.equal((await page.goto(hostileLink, { waitUntil: 'load' })).status(), 200);
  const hostile = await page.evaluate(() => ({ pwned: window.__pwned, title: document.querySelector('h1')?.textContent ?? '' }));
  assert.equal(hostile.pwned, undefined);
  assert.match(hostile.title, /<script>window\.__pwned=1<\/script>/);
  assert.deepEqual(errors, []);
  const hostilePost = (await api(`posts/${postIdOf('../hostile/hostile.xml')}`, { context: 'edit' })).body;
  const hostileTags = [];
  for (const tag of hostilePost.tags) hostileTags.push(await textOf((await api(`tags/${tag}`)).body.name));
  assert.deepEqual(hostileTags.sort(), ['<b>Thẻ</b>', 'javascript:window.__pwned=5']);

  // A sample post with photos as WordPress's theme renders it, saved for people to look at.
  const sample = samples.find((s) => expected[s].photos > 1) ?? samples[0];
  const post = (await api(`posts/${postIds[sample]}`)).body;
  assert.equal((await page.goto(post.link, { waitUntil: 'load' })).status(), 200);
  // WordPress marks content images loading="lazy": load them all before looking.
  await page.evaluate(() => Promise.all([...document.images].map((img) => {
    img.loading = 'eager';
    return img.complete && img.currentSrc ? null : new Promise((resolve) => { img.onload = img.onerror = resolve; });
  })));
  const shown = await page.evaluate(() => ({
    title: document.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    images: [...document.images].map((img) => ({ src: img.currentSrc, loaded: img.complete && img.naturalWidth > 0 })),
  }));
  // WordPress's display typography: " - " becomes " – ".
  assert.equal(shown.title.replaceAll('–', '-'), expected[sample].title.replaceAll('–', '-'));
  assert.ok(shown.images.length >= expected[sample].photos);
  for (const image of shown.images) assert.ok(image.loaded, `image did not load: ${image.src}`);
  await page.screenshot({ path: path.join(artifacts, 'wordpress-post-1280.png'), fullPage: true });
  await page.close();
});

test('a stopped server: exit 3, the message, and nothing created', async () => {
  const before = await counts();
  await stopPhp();
  const result = publish([events]);
  assert.equal(result.status, 3, result.stderr);
  assert.match(result.stderr, /cannot reach http:\/\/127\.0\.0\.1:\d+\/ \(GET wp-json\/\): .*(refused|Failed to connect)/i);
  startPhp();
  await waitForSite();
  assert.deepEqual(await counts(), before);
});
