// Thirty clerks at once against office mode: each signs in, then loops for a fixed time over
// open an event, change a field, preview (render the agreement), save. Not a test: prints numbers.
//
//   node bench/office.mjs [--thidua build/thidua] [--clerks 30] [--seconds 60]
// Requests per second, p50/p95 preview latency, errors, and the server's peak memory (VmHWM).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const thidua = path.resolve(repo, arg('--thidua', 'build/thidua'));
const clerks = Number(arg('--clerks', '30'));
const seconds = Number(arg('--seconds', '60'));
const sample = '2020-soc-trang-cum-3.xml';
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : NaN; };

// A data folder of ten blocs, three clerks each, every clerk with her own event (no conflicts by design).
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-office-'));
const data = path.join(work, 'data');
const names = [];
for (let i = 1; i <= clerks; ++i) {
  const name = `clerk${String(i).padStart(2, '0')}`;
  const folder = `khoi-${String(Math.ceil(i / 3)).padStart(2, '0')}`;
  fs.mkdirSync(path.join(data, folder), { recursive: true });
  fs.copyFileSync(path.join(repo, 'samples', sample), path.join(data, folder, `${name}.xml`));
  fs.copyFileSync(path.join(repo, 'samples', '2020-soc-trang-cum-3-attendees.csv'), path.join(data, folder, '2020-soc-trang-cum-3-attendees.csv'));
  fs.cpSync(path.join(repo, 'samples', 'photos'), path.join(data, folder, 'photos'), { recursive: true });
  const r = spawnSync(thidua, ['user', 'add', name, '--data', data, '--role', 'editor', '--folder', folder, '--password-file', '-'],
    { input: `mat-khau-${name}\n`, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  names.push({ name, path: `${folder}/${name}.xml` });
}

const child = spawn(thidua, ['serve', data, '--office', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const address = await new Promise((resolve) => {
  let out = '';
  child.stdout.on('data', (d) => { out += d; const m = out.match(/http:\S+/); if (m) resolve(m[0]); });
});
const { port, host } = new URL(address);

function call(agent, cookie, csrf, method, target, body) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const headers = { host, ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) };
    if (data !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
    const req = http.request({ host: '127.0.0.1', port, method, path: target, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

const counts = { requests: 0, loops: 0, errors: 0 };
const preview = [];
const loginTimes = [];
const errors = [];
const deadline = Date.now() + seconds * 1000;

async function clerk({ name, path: file }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const t0 = performance.now();
  const login = await call(agent, '', '', 'POST', '/api/login', { user: name, password: `mat-khau-${name}` });
  loginTimes.push(performance.now() - t0);
  ++counts.requests;
  if (login.status !== 200) { ++counts.errors; errors.push(`login ${login.status}`); return; }
  const cookie = login.headers['set-cookie'][0].split(';')[0];
  const { csrf } = JSON.parse(login.body);
  let n = 0;
  while (Date.now() < deadline) {
    const got = await call(agent, cookie, csrf, 'GET', `/api/event?path=${encodeURIComponent(file)}`);
    ++counts.requests;
    if (got.status !== 200) { ++counts.errors; errors.push(`event ${got.status}`); continue; }
    const event = JSON.parse(got.body);
    ++n;
    const xml = event.xml.replace(/<place([^>]*)>[^<]*<\/place>/, `<place$1>Hội trường số ${n} của ${name}</place>`);
    if (xml === event.xml) throw new Error('the field to change was not found');
    const t = performance.now();
    const rendered = await call(agent, cookie, csrf, 'POST', '/api/render', { path: file, xml, document: 'agreement' });
    preview.push(performance.now() - t);
    ++counts.requests;
    if (rendered.status !== 200) { ++counts.errors; errors.push(`render ${rendered.status} ${rendered.body.toString().slice(0, 200)}`); }
    const saved = await call(agent, cookie, csrf, 'POST', '/api/save', { path: file, xml, version: event.version });
    ++counts.requests;
    if (saved.status !== 200) { ++counts.errors; errors.push(`save ${saved.status} ${saved.body}`); }
    ++counts.loops;
  }
  agent.destroy();
}

const started = performance.now();
await Promise.all(names.map(clerk));
const elapsed = (performance.now() - started) / 1000;
const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
const hwm = /VmHWM:\s+(\d+) kB/.exec(status)[1];
const rss = /VmRSS:\s+(\d+) kB/.exec(status)[1];
child.kill('SIGTERM');
await new Promise((resolve) => child.on('exit', resolve));
const history = spawnSync('sh', ['-c', `find '${data}' -path '*.thidua-history*' -name '*.xml' | wc -l`], { encoding: 'utf8' }).stdout.trim();
fs.rmSync(work, { recursive: true, force: true });

console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0].model}), load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`${clerks} clerks for ${elapsed.toFixed(1)} s: ${counts.requests} requests (${(counts.requests / elapsed).toFixed(1)}/s), ` +
  `${counts.loops} open-change-preview-save loops, ${counts.errors} errors`);
console.log(`preview (POST /api/render, agreement PDF): p50 ${pct(preview, 0.5).toFixed(0)} ms, p95 ${pct(preview, 0.95).toFixed(0)} ms, n=${preview.length}`);
console.log(`sign-in (Argon2id, two at once): p50 ${pct(loginTimes, 0.5).toFixed(0)} ms, max ${Math.max(...loginTimes).toFixed(0)} ms`);
console.log(`server memory: peak ${(hwm / 1024).toFixed(0)} MiB (VmHWM), at the end ${(rss / 1024).toFixed(0)} MiB; history files written: ${history}`);
if (errors.length) console.log(`first errors: ${errors.slice(0, 5).join(' | ')}`);
process.exitCode = counts.errors ? 1 : 0;
