// The web app's preview latency: from a field change in the editor to the new agreement pages shown,
// measured in headless Chromium, and the server's render time alone. Not a test: prints numbers.
//
//   node bench/serve.mjs [--thidua build/thidua] [--runs 30]
// (uses playwright-core from tests/browser/node_modules: run `npm ci` there first)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const { chromium } = await import(path.join(repo, 'tests/browser/node_modules/playwright-core/index.mjs'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const thidua = path.resolve(repo, arg('--thidua', 'build/thidua'));
const runs = Number(arg('--runs', '30'));
const sample = '2020-soc-trang-cum-3.xml';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, p90 ${pct(xs, 0.9).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)} ms`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-serve-'));
fs.cpSync(path.join(repo, 'samples'), work, { recursive: true });
const child = spawn(thidua, ['serve', work, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const address = await new Promise((resolve) => {
  let out = '';
  child.stdout.on('data', (d) => { out += d; const m = out.match(/http:\S+/); if (m) resolve(m[0]); });
});
const url = new URL(address);
const cookie = `thidua_token=${url.searchParams.get('token')}`;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(target, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request({ host: '127.0.0.1', port: url.port, method: 'POST', path: target, agent,
      headers: { 'content-type': 'application/json', cookie, 'content-length': Buffer.byteLength(data) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

try {
  // 1. The server alone: POST /api/render of the agreement (tree in JSON, load, check, render to PDF bytes).
  const event = await new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: url.port, path: `/api/event?path=${sample}`, agent, headers: { cookie } }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve(JSON.parse(d)));
    });
  });
  const serverTimes = [];
  const checkTimes = [];
  for (let i = 0; i < runs + 3; i++) {
    let t = performance.now();
    const r = await post('/api/render', { path: sample, tree: event.tree, document: 'agreement' });
    if (r.status !== 200) throw new Error(`render: ${r.status}`);
    if (i >= 3) serverTimes.push(performance.now() - t);
    t = performance.now();
    await post('/api/check', { path: sample, tree: event.tree });
    if (i >= 3) checkTimes.push(performance.now() - t);
  }

  // 2. In Chromium: a field of the agreement changed -> the new pages drawn.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(address);
  await page.goto(`${url.origin}/#/edit/${sample}`);
  await page.waitForSelector('.pages canvas', { timeout: 180000 });
  await page.waitForFunction(() => !document.body.dataset.checking && !document.body.dataset.rendering);
  const field = page.locator('fieldset.el-agreement fieldset.el-preamble [data-attr="#text"]').first();
  const original = await field.inputValue();
  const total = [];
  const fetchAndLoad = [];
  const first = [];
  for (let i = 0; i < runs + 2; i++) {
    const value = `${original} (lần ${i})`;
    const result = await field.evaluate((input, v) => new Promise((resolve) => {
      document.addEventListener('thidua:preview', (e) => resolve({ total: performance.now() - start, server: e.detail.server, first: e.detail.firstPage }), { once: true });
      const start = performance.now();
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }), value);
    if (i >= 2) { total.push(result.total); fetchAndLoad.push(result.server); first.push(result.first); }
    await page.waitForFunction(() => !document.body.dataset.checking && !document.body.dataset.rendering);
  }
  const pages = await page.locator('.pages canvas').count();
  await browser.close();
  console.log(`thidua serve, ${sample} agreement (${pages} pages), ${runs} runs on ${os.cpus().length} cores (${os.cpus()[0].model})`);
  console.log(`  server: POST /api/render (JSON tree -> load -> PDF bytes): ${fmt(serverTimes)}`);
  console.log(`  server: POST /api/check: ${fmt(checkTimes)}`);
  console.log(`  Chromium: field change -> render response received: ${fmt(fetchAndLoad)}`);
  console.log(`  Chromium: field change -> first new page drawn: ${fmt(first)}`);
  console.log(`  Chromium: field change -> all new pages drawn: ${fmt(total)}`);
} finally {
  child.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}
