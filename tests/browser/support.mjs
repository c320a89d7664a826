// What the browser tests share: starting `thidua … serve …`, reading the address it prints, raw requests.
import { spawn } from 'node:child_process';
import http from 'node:http';

// Spawns `BINARY ARGS` (a serve command with --port 0) and resolves with { child, address } once
// it prints its http:// line; rejects when it exits first or prints nothing within 20 s (and then
// stops it, so that no server outlives a failed start).
export async function spawnServer(binary, args, env = process.env) {
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const address = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`thidua serve printed no address: ${stderr}`));
    }, 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('http://'));
      if (line) { clearTimeout(timer); resolve(line.trim()); }
    });
    child.on('exit', (code) => reject(new Error(`thidua serve exited with ${code}: ${stderr}`)));
  });
  return { child, address };
}

// A raw HTTP request to 127.0.0.1:PORT with exactly `headers` (no Host of its own), so that Host and
// Origin can be anything; resolves with { status, headers, body }.
export function rawRequest(port, { method = 'GET', target = '/', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: target, headers, setHost: false }, (res) => {
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}
