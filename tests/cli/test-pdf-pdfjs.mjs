// Checks a PDF with pdf.js: its text, line by line, must equal an expected text file, and
// pdf.js must print no warning (bad ToUnicode, font or stream). Needs npm pdfjs-dist 5.x.
//
// usage: node tests/cli/test-pdf-pdfjs.mjs FILE.pdf EXPECTED.txt
//   Lines are compared after trimming and collapsing runs of spaces; blank lines are
//   ignored. pdfjs-dist is imported normally, or from the package folder in $PDFJS_DIST.
//   Exit 0 when everything matches, 1 on mismatches or warnings, 2 on usage errors or
//   when pdfjs-dist (with its optional @napi-rs/canvas, needed under Node) is missing.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pdfPath, expectedPath] = process.argv.slice(2);
if (!pdfPath || !expectedPath) {
  console.error('usage: node test-pdf-pdfjs.mjs FILE.pdf EXPECTED.txt');
  process.exit(2);
}

let pdfjs;
try {
  pdfjs = process.env.PDFJS_DIST
    ? await import(pathToFileURL(join(process.env.PDFJS_DIST, 'legacy/build/pdf.mjs')).href)
    : await import('pdfjs-dist/legacy/build/pdf.mjs');
} catch (error) {
  console.error(`test-pdf-pdfjs: cannot load pdfjs-dist (npm install pdfjs-dist@5.6.205): ${error.message}`);
  process.exit(2);
}

// pdf.js reports problems through console.log/console.warn ("Warning: …"): collect them.
const warnings = [];
for (const method of ['log', 'warn', 'error']) {
  console[method] = (...args) => warnings.push(args.join(' '));
}

const normalise = (line) => line.replace(/\s+/g, ' ').trim();

// The text of every page, one string per visual line, in content-stream order.
async function extractLines(data) {
  const doc = await pdfjs.getDocument({ data, verbosity: pdfjs.VerbosityLevel.WARNINGS, isEvalSupported: false }).promise;
  const lines = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    let lastY = null;
    for (const item of content.items) {
      if (!('str' in item)) continue;  // marked-content markers
      const y = item.transform[5];
      if (lastY !== null && Math.abs(y - lastY) > 0.5 && line !== '') {
        lines.push(line);
        line = '';
      }
      line += item.str;
      lastY = y;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
        lastY = null;
      }
    }
    if (line !== '') lines.push(line);
    // Make pdf.js load every font too, so broken font programs show up as warnings.
    await page.getOperatorList();
  }
  await doc.destroy();
  return lines.map(normalise).filter((l) => l !== '');
}

const data = new Uint8Array(await readFile(pdfPath));
const expected = (await readFile(expectedPath, 'utf8')).split('\n').map(normalise).filter((l) => l !== '');
let actual;
try {
  actual = await extractLines(data);
} catch (error) {
  process.stdout.write(`${pdfPath}: pdf.js cannot read the file: ${error.message}\n`);
  process.exit(1);
}

const problems = [];
for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
  if (expected[i] !== actual[i]) {
    problems.push(`line ${i + 1}: expected ${JSON.stringify(expected[i] ?? '(end)')}, got ${JSON.stringify(actual[i] ?? '(end)')}`);
  }
}
for (const warning of warnings) problems.push(`pdf.js: ${warning}`);

if (problems.length > 0) {
  process.stdout.write(problems.map((p) => `${pdfPath}: ${p}\n`).join(''));
  process.exit(1);
}
process.stdout.write(`${pdfPath}: ${actual.length} lines match (pdf.js ${pdfjs.version})\n`);
