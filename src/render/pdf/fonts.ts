// The fonts forms are printed with (spec forms-and-reports.md "Chinese text"):
// Noto Sans SC from the npm package @embedpdf/fonts-sc (no system font assumed),
// or a .ttf/.otf under the records root — `pdf.font` / `pdf.bold_font` in wuye.yaml.
// Printed with TrueType outlines, which pdfkit subsets several times faster than CFF ones (and every
// PDF of a batch pays that subsetting): the build converts the default fonts, a center's own is
// converted on first use and kept (glyfFontFile). e.g. loadFont('NotoSansHans-Regular')
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { cachedFile } from '../../core/cache.js';
import { UsageError } from '../../core/errors.js';
import { configPath } from '../../core/inside.js';
import { msg } from '../../core/i18n.js';
import { projectPath } from '../../core/paths.js';
import { convertToGlyf } from './glyf.js';
import { openFont, type FontkitFont } from './fontkit.js';

const require = createRequire(import.meta.url);

/** The folder of @embedpdf/fonts-sc (its main is dist/index.cjs; package.json is not exported). */
const packageDir = (): string => dirname(dirname(require.resolve('@embedpdf/fonts-sc')));

export function packageFontsDir(): string {
  return join(packageDir(), 'fonts');
}

/** The file of a configured font: a name in @embedpdf/fonts-sc, or a path relative to the records root. */
export function fontPath(name: string, root?: string): string {
  if (/\.(otf|ttf)$/i.test(name)) {
    // a center's own font lives inside the records root: a shared wuye.yaml never reads a file of this machine
    const p = root ? configPath(root, name, 'pdf.font') : isAbsolute(name) ? name : resolve(process.cwd(), name);
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

/** The bundled fonts the build converted (bin/dev/build.mjs): the ones config.schema.json names by default. */
const BUILT = projectPath('dist', 'fonts');

/** Does the file hold CFF outlines (OpenType 'OTTO')? Only its first four bytes are read. */
function isCff(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32BE(0) === 0x4f54544f;
  } finally {
    closeSync(fd);
  }
}

/**
 * The glyf-outline file to print with for a font file: the build's conversion of a bundled font; a
 * TrueType font as it is; any other CFF font (a center's own .otf, or a bundled weight the build did
 * not convert) converted here once (seconds) and kept in the user's cache (core/cache.ts).
 */
export function glyfFontFile(path: string): string {
  if (dirname(path) === packageFontsDir()) {
    const built = join(BUILT, basename(path).replace(/\.otf$/i, '.ttf'));
    if (existsSync(built)) return built;
  }
  if (!isCff(path)) return path;
  return cachedFile('font', [path], '.ttf', ([raw]) => convertToGlyf(openFont(raw), raw));
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
