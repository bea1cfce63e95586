#!/usr/bin/env node
// What can be made at build time is made at build time: after tsc, `npm run build` (and `prepare`, which
// `npm ci` runs) writes into dist/ what a command would otherwise work out on its first run —
//   dist/validators/<kind>.cjs   each schema's validator, Ajv standalone code (src/core/ajv.ts), loaded without Ajv;
//   dist/fonts/<name>.ttf        the bundled Noto Sans SC fonts wuye.yaml prints with by default (config.schema.json
//                                pdf.font, pdf.bold_font) converted to TrueType outlines (src/render/pdf/glyf.ts);
//   dist/build-id                a hash of what the build wrote: the key of what is kept at run time (src/core/cache.ts).
// A font is converted again only when its source or the converter changed (dist/fonts/<name>.json says from what).
// e.g. npm run build;  node bin/dev/build.mjs --validators /tmp/v  (only the validators, into /tmp/v: the staleness test)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const load = (rel) => import(pathToFileURL(join(dist, rel)).href);

/** Write a file through a temporary name, so a reader never sees half of it. */
function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Every kind's validator (and the config's that fills defaults) into `dir`; the old ones there go. */
async function buildValidators(dir) {
  const { standaloneCode, validatorName, WITH_DEFAULTS } = await load('core/ajv.js');
  const kinds = readdirSync(join(root, 'schemas'))
    .filter((f) => f.endsWith('.schema.json') && f !== 'common.schema.json')
    .map((f) => f.slice(0, -'.schema.json'.length))
    .sort();
  const names = [];
  mkdirSync(dir, { recursive: true });
  for (const kind of kinds)
    for (const useDefaults of WITH_DEFAULTS.includes(kind) ? [false, true] : [false]) {
      const name = validatorName(kind, useDefaults);
      writeAtomic(join(dir, `${name}.cjs`), standaloneCode(kind, useDefaults));
      names.push(name);
    }
  for (const f of readdirSync(dir)) if (!names.includes(f.slice(0, -'.cjs'.length))) rmSync(join(dir, f));
  return names.length;
}

/** The bundled fonts a center prints with unless wuye.yaml names others: config.schema.json's defaults. */
function defaultFonts() {
  const pdf = JSON.parse(readFileSync(join(root, 'schemas', 'config.schema.json'), 'utf8')).properties.pdf.properties;
  return [pdf.font.default, pdf.bold_font.default];
}

/** What a converted font was made from: the source font file and the converter's code. */
function fontStamp(otf) {
  const st = statSync(otf);
  const code = createHash('sha256');
  for (const f of ['render/pdf/glyf.js', 'render/pdf/fontkit.js']) code.update(readFileSync(join(dist, f)));
  return JSON.stringify({ source: basename(otf), size: st.size, mtimeMs: st.mtimeMs, converter: code.digest('hex') });
}

/** Convert the default fonts that are missing or stale, each on its own thread (seconds each). */
async function buildFonts() {
  const { fontPath } = await load('render/pdf/fonts.js');
  const dir = join(dist, 'fonts');
  mkdirSync(dir, { recursive: true });
  const jobs = [];
  for (const name of defaultFonts()) {
    const otf = fontPath(name);
    const out = join(dir, `${name}.ttf`);
    const stampFile = join(dir, `${name}.json`);
    const stamp = fontStamp(otf);
    if (existsSync(out) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) continue;
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { otf, out } });
    jobs.push(
      new Promise((resolve, reject) => {
        w.once('error', reject);
        w.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`converting ${name} failed (${code})`))));
      }).then(() => writeFileSync(stampFile, stamp)),
    );
  }
  await Promise.all(jobs);
  return jobs.length;
}

/** A hash of the compiled code and validators (not the fonts: they follow from the code and the font package). */
function buildId() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.c?js$/.test(e.name)) h.update(p.slice(dist.length)).update('\0').update(readFileSync(p));
    }
  };
  walk(dist);
  return h.digest('hex').slice(0, 16);
}

if (!isMainThread) {
  const { otf, out } = workerData;
  const [{ convertToGlyf }, { openFont }] = await Promise.all([
    load('render/pdf/glyf.js'),
    load('render/pdf/fontkit.js'),
  ]);
  const raw = readFileSync(otf);
  writeAtomic(out, convertToGlyf(openFont(raw), raw));
} else {
  const at = process.argv.indexOf('--validators');
  if (at > 0) {
    await buildValidators(process.argv[at + 1]);
  } else {
    const t0 = performance.now();
    const v = await buildValidators(join(dist, 'validators'));
    const f = await buildFonts();
    writeAtomic(join(dist, 'build-id'), `${buildId()}\n`);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`build: ${v} validators, ${f ? `${f} font(s) converted` : 'fonts up to date'} (${secs} s)`);
  }
}
