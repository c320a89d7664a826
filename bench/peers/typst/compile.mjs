// The Typst peer of the mail-merge benchmark: one whole process that loads a .typ template and
// JSON data, compiles them with the Typst compiler for Node and writes the PDF.
//
//   node compile.mjs TEMPLATE.typ DATA.json OUT.pdf [--fonts DIR]
//
// Fonts: only DIR (default /usr/share/fonts/truetype/liberation2, Liberation Serif) is added;
// the template asks for "Liberation Serif" without fallback. Exit 1 on a compile error.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");

const args = process.argv.slice(2);
let fontDir = "/usr/share/fonts/truetype/liberation2";
const fontsAt = args.indexOf("--fonts");
if (fontsAt >= 0) {
  fontDir = args[fontsAt + 1];
  args.splice(fontsAt, 2);
}
if (args.length !== 3) {
  console.error("usage: node compile.mjs TEMPLATE.typ DATA.json OUT.pdf [--fonts DIR]");
  process.exit(2);
}
const [template, dataFile, out] = args.map((p) => resolve(p));

const compiler = NodeCompiler.create({
  workspace: dirname(template),
  fontArgs: [{ fontPaths: [fontDir] }],
});
const compiled = compiler.compile({
  mainFileContent: readFileSync(template, "utf8"),
  inputs: { data: readFileSync(dataFile, "utf8") },
});
if (compiled.hasError() || !compiled.result) {
  compiled.printDiagnostics();
  process.exit(1);
}
// No tagged PDF: thidua writes none either, and tagging only adds time and size here.
writeFileSync(out, compiler.pdf(compiled.result, { pdfTags: false }));
