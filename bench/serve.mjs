// The web app's preview latency: from a field change in the editor to the new agreement pages shown,
// measured in headless Chromium, and the server's render time alone. Not a test: prints numbers.
//
//   node bench/serve.mjs [--thidua build/thidua] [--runs 30] [--before OTHER_THIDUA]...
// (uses playwright-core from tests/browser/node_modules: run `npm ci` there first)
// --before: another build (e.g. of main; may be repeated) measured in the same run, its runs alternating with
// these, so that both see the same load on a shared machine. Also prints where the time goes after
// the render response: pdf.js's steps with the PDF's fonts loaded as web fonts or drawn as paths.
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
const befores = process.argv.flatMap((a, i) => (a === '--before' ? [process.argv[i + 1]] : []));
const sample = '2020-soc-trang-cum-3.xml';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const fmt = (xs) => `median ${median(xs).toFixed(1)} ms, p90 ${pct(xs, 0.9).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)} ms`;

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const loadAtStart = load();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-serve-'));
fs.cpSync(path.join(repo, 'samples'), work, { recursive: true });
const children = [];

// Starts `thidua serve` on the copied samples and reads the address it prints.
async function serve(program) {
  const child = spawn(program, ['serve', work, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const address = await new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (d) => { out += d; const m = out.match(/http:\S+/); if (m) resolve(m[0]); });
  });
  const url = new URL(address);
  return { address, url, cookie: `thidua_token=${url.searchParams.get('token')}` };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(server, target, body) {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request({ host: '127.0.0.1', port: server.url.port, method: 'POST', path: target, agent,
      headers: { 'content-type': 'application/json', cookie: server.cookie, 'content-length': Buffer.byteLength(data) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

// The editor of the sample in a page of `browser`, and a function that changes a field of the
// agreement and resolves with the preview's times (see web/preview.js: thiduaPreviewTimes).
async function editor(browser, server) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.address);
  await page.goto(`${server.url.origin}/#/edit/${sample}`);
  await page.waitForSelector('.pages canvas', { timeout: 180000 });
  await page.waitForFunction(() => !document.body.dataset.checking && !document.body.dataset.rendering);
  const field = page.locator('fieldset.el-agreement fieldset.el-preamble [data-attr="#text"]').first();
  const original = await field.inputValue();
  const change = async (i) => {
    const result = await field.evaluate((input, v) => new Promise((resolve) => {
      document.addEventListener('thidua:preview', (e) => resolve({ ...e.detail, total: performance.now() - start }), { once: true });
      const start = performance.now();
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }), `${original} (lần ${i})`);
    await page.waitForFunction(() => !document.body.dataset.checking && !document.body.dataset.rendering);
    return result;
  };
  return { page, change };
}

try {
  const server = await serve(thidua);
  // 1. The server alone: POST /api/render of the agreement (tree in JSON, load, check, render to PDF bytes).
  const event = await new Promise((resolve) => {
    http.get({ host: '127.0.0.1', port: server.url.port, path: `/api/event?path=${sample}`, agent, headers: { cookie: server.cookie } }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve(JSON.parse(d)));
    });
  });
  const serverTimes = [];
  const checkTimes = [];
  for (let i = 0; i < runs + 3; i++) {
    let t = performance.now();
    const r = await post(server, '/api/render', { path: sample, tree: event.tree, document: 'agreement' });
    if (r.status !== 200) throw new Error(`render: ${r.status}`);
    if (i >= 3) serverTimes.push(performance.now() - t);
    t = performance.now();
    await post(server, '/api/check', { path: sample, tree: event.tree });
    if (i >= 3) checkTimes.push(performance.now() - t);
  }

  // 2. In Chromium: a field of the agreement changed -> the new pages drawn (this build, and the
  // --before build in the same browser, run for run).
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const builds = [{ name: 'this build', program: thidua }];
  for (const other of befores) builds.push({ name: `--before ${other}`, program: path.resolve(repo, other) });
  for (const build of builds) {
    build.editor = await editor(browser, build === builds[0] ? server : await serve(build.program));
    build.times = [];
  }
  for (let i = 0; i < runs + 2; i++) {
    // Each round in the other order: no build always runs right after another's render.
    for (const build of i % 2 ? [...builds].reverse() : builds) {
      const result = await build.editor.change(i);
      if (i >= 2) build.times.push(result);
    }
  }
  const pages = await builds[0].editor.page.locator('.pages canvas').count();

  // 3. Where the time goes after the response: pdf.js's steps for the same PDF, the fonts loaded
  // as web fonts (FontFace) or drawn as paths (disableFontFace), alternating.
  const steps = await builds[0].editor.page.evaluate(async ({ n, tree, name }) => {
    const pdfjs = await import('/assets/vendor/pdf.min.mjs');
    const worker = new pdfjs.PDFWorker();
    const out = { fontFace: [], paths: [] };
    for (let r = 0; r < n; r++) {
      for (const variant of Object.keys(out)) {
        const response = await fetch('/api/render', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ path: name, tree, document: 'agreement' }) });
        const bytes = new Uint8Array(await response.arrayBuffer());
        const t0 = performance.now();
        const pdf = await pdfjs.getDocument({ data: bytes, worker, isEvalSupported: false, disableFontFace: variant === 'paths' }).promise;
        const t1 = performance.now();
        let firstPage = 0;
        for (let p = 1; p <= pdf.numPages; p++) {
          const page = await pdf.getPage(p);
          const base = page.getViewport({ scale: 1 });
          const viewport = page.getViewport({ scale: 560 / base.width });
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
          if (p === 1) firstPage = performance.now() - t1;
        }
        out[variant].push({ open: t1 - t0, firstPage, all: performance.now() - t0 });
        await pdf.destroy();
      }
    }
    worker.destroy();
    return out;
  }, { n: Math.min(runs, 15), tree: event.tree, name: sample });
  await browser.close();

  console.log(`thidua serve, ${sample} agreement (${pages} pages), ${runs} runs on ${os.cpus().length} cores (${os.cpus()[0].model})`);
  console.log(`  load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${load()}`);
  console.log(`  server: POST /api/render (JSON tree -> load -> PDF bytes): ${fmt(serverTimes)}`);
  console.log(`  server: POST /api/check: ${fmt(checkTimes)}`);
  for (const build of builds) {
    const of = (key) => build.times.map((r) => r[key]).filter((x) => typeof x === 'number');
    console.log(`  Chromium, ${build.name}:`);
    console.log(`    field change -> render response received: ${fmt(of('server'))}`);
    if (of('inView').length) console.log(`    field change -> pages in view drawn: ${fmt(of('inView'))}`);
    console.log(`    field change -> first new page drawn: ${fmt(of('firstPage'))}`);
    console.log(`    field change -> all new pages drawn: ${fmt(of('total'))}`);
  }
  console.log(`  pdf.js after the response, same PDF, ${steps.paths.length} runs each (open the document; then page 1 drawn; all pages):`);
  for (const [variant, rows] of Object.entries(steps)) {
    const label = variant === 'paths' ? 'fonts drawn as paths (disableFontFace)' : 'fonts loaded as web fonts (FontFace)';
    console.log(`    ${label}: open ${median(rows.map((r) => r.open)).toFixed(1)} ms, page 1 ${median(rows.map((r) => r.firstPage)).toFixed(1)} ms, all ${median(rows.map((r) => r.all)).toFixed(1)} ms`);
  }
} finally {
  for (const child of children) child.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}
