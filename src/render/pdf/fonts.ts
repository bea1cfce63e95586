// The fonts forms are printed with (spec forms-and-reports.md "Chinese text"):
// Noto Sans SC from the npm package @embedpdf/fonts-sc (no system font assumed),
// or a .ttf/.otf under the records root — `pdf.font` / `pdf.bold_font` in wuye.yaml.
// A CFF font is converted once to TrueType outlines and cached (by path, size, mtime)
// (node_modules/.cache/wuye-fonts, else the OS temp folder): pdfkit subsets
// glyf fonts ~3× faster, and every PDF of a batch pays that subsetting.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { writeFileAtomic } from '../../core/fsx.js';
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { convertToGlyf } from './glyf.js';
import { openFont, type FontkitFont } from './fontkit.js';

const require = createRequire(import.meta.url);
/** Bump when glyf.ts changes what it writes, so old cached conversions are not reused. */
const CONVERTER_VERSION = 2;

/** The folder of @embedpdf/fonts-sc (its main is dist/index.cjs; package.json is not exported). */
const packageDir = (): string => dirname(dirname(require.resolve('@embedpdf/fonts-sc')));

export function packageFontsDir(): string {
  return join(packageDir(), 'fonts');
}

/** The file of a configured font: a name in @embedpdf/fonts-sc, or a path relative to the records root. */
export function fontPath(name: string, root?: string): string {
  if (/\.(otf|ttf)$/i.test(name)) {
    const p = isAbsolute(name) ? name : resolve(root ?? process.cwd(), name);
    if (!existsSync(p))
      throw new UsageError(
        msg(`找不到字体文件 ${name}`, `font file not found: ${name}`),
        msg('检查 wuye.yaml 的 pdf.font', 'check pdf.font in wuye.yaml'),
      );
    return p;
  }
  const p = join(packageFontsDir(), `${name}.otf`);
  if (!existsSync(p))
    throw new UsageError(
      msg(`没有字体 ${name}`, `no font named ${name}`),
      msg(
        '可用：NotoSansHans-Regular、-Medium、-Bold、-Light、-DemiLight，或记录库中的 .ttf/.otf 文件',
        'available: NotoSansHans-Regular, -Medium, -Bold, -Light, -DemiLight, or a .ttf/.otf file in the records root',
      ),
    );
  return p;
}

function cacheDir(): string {
  const nm = join(packageDir(), '..', '..', '.cache', 'wuye-fonts');
  for (const d of [nm, join(tmpdir(), 'wuye-fonts')]) {
    try {
      mkdirSync(d, { recursive: true });
      return d;
    } catch {
      /* not writable: try the next */
    }
  }
  return tmpdir();
}

/**
 * The glyf-outline file of a font file (converted and cached when it has CFF outlines).
 * The cache key is the file's path, size and mtime (cheap: no 8 MB read and hash in every
 * process and worker), plus the converter version.
 */
export function glyfFontFile(path: string): string {
  const st = statSync(path);
  const key = createHash('sha256')
    .update(`${path}\0${st.size}\0${Math.round(st.mtimeMs)}`)
    .digest('hex')
    .slice(0, 20);
  const out = join(cacheDir(), `${key}-v${CONVERTER_VERSION}.ttf`);
  if (existsSync(out)) return out;
  const raw = readFileSync(path);
  if (raw.readUInt32BE(0) !== 0x4f54544f /* 'OTTO' = CFF outlines */) return path;
  // one process converts (seconds, ~0.5 GB); others started at the same time wait for its file
  const lock = `${out}.lock`;
  let mine = false;
  try {
    mkdirSync(lock);
    mine = true;
  } catch {
    /* another process is converting */
  }
  if (!mine) {
    const until = Date.now() + 180_000;
    while (!existsSync(out) && existsSync(lock) && Date.now() < until)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    if (existsSync(out)) return out;
  }
  try {
    writeFileAtomic(out, convertToGlyf(openFont(raw), raw), { syncDir: false });
  } finally {
    if (mine) rmSync(lock, { recursive: true, force: true });
  }
  return out;
}

/**
 * pdfkit's subsetter decodes every glyph it embeds, in every document; the glyph
 * objects live on in the shared font, so keep what they decoded (read-only data).
 */
function memoizeGlyphDecoding(f: FontkitFont): void {
  const proto = Object.getPrototypeOf(f.getGlyph(0)) as { _decode?: () => unknown; __wuyeMemo?: boolean };
  if (!proto._decode || proto.__wuyeMemo) return;
  const decode = proto._decode;
  proto._decode = function (this: { __wuyeDecoded?: unknown }) {
    if (this.__wuyeDecoded === undefined) this.__wuyeDecoded = decode.call(this);
    return this.__wuyeDecoded;
  };
  proto.__wuyeMemo = true;
}

const loaded = new Map<string, FontkitFont>();

/** A loaded font object, shared by every document this process draws. */
export function loadFont(name: string, root?: string): FontkitFont {
  const key = `${root ?? ''}\0${name}`;
  let f = loaded.get(key);
  if (!f) {
    f = openFont(readFileSync(glyfFontFile(fontPath(name, root))));
    memoizeGlyphDecoding(f);
    loaded.set(key, f);
  }
  return f;
}
