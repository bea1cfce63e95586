// The fonts forms print with: the bundled default fonts come converted by the build (dist/fonts/); a
// center's own CFF font (pdf.font in wuye.yaml) is converted on first use and kept in the user's cache;
// a TrueType font is used as it is. Run after a build (npm test builds first).
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontPath, glyfFontFile } from '../../src/render/pdf/fonts.js';
import { openFont } from '../../src/render/pdf/fontkit.js';
import { PROJECT } from '../helpers/cli.js';

const ttfMagic = (p: string) => readFileSync(p).readUInt32BE(0);

describe('fonts', () => {
  let saved: string | undefined;
  let cache: string;
  beforeAll(() => {
    saved = process.env.WUYE_CACHE;
    cache = mkdtempSync(join(tmpdir(), 'wuye-fontcache-'));
    process.env.WUYE_CACHE = cache;
  });
  afterAll(() => {
    rmSync(cache, { recursive: true, force: true });
    if (saved === undefined) delete process.env.WUYE_CACHE;
    else process.env.WUYE_CACHE = saved;
  });

  it('the default fonts come converted by the build, nothing is converted or kept at run time', () => {
    for (const name of ['NotoSansHans-Regular', 'NotoSansHans-Medium']) {
      const p = glyfFontFile(fontPath(name));
      expect(p).toBe(join(PROJECT, 'dist', 'fonts', `${name}.ttf`));
      expect(ttfMagic(p)).toBe(0x00010000);
    }
    expect(readdirSync(cache)).toEqual([]);
  });

  it("a center's own .otf is converted once and kept; a .ttf is used as it is", () => {
    const root = mkdtempSync(join(tmpdir(), 'wuye-root-'));
    copyFileSync(fontPath('NotoSansHans-Bold'), join(root, 'own.otf'));
    const own = fontPath('own.otf', root);
    const p = glyfFontFile(own);
    expect(p.startsWith(cache)).toBe(true);
    expect(ttfMagic(p)).toBe(0x00010000);
    const source = openFont(readFileSync(own));
    const converted = openFont(readFileSync(p));
    expect(converted.numGlyphs).toBe(source.numGlyphs);
    expect(converted.glyphForCodePoint(0x4e2d).advanceWidth).toBe(source.glyphForCodePoint(0x4e2d).advanceWidth); // 中
    const at = statSync(p).mtimeMs;
    expect(glyfFontFile(own)).toBe(p); // kept: not converted again
    expect(statSync(p).mtimeMs).toBe(at);
    copyFileSync(p, join(root, 'own.ttf'));
    expect(glyfFontFile(fontPath('own.ttf', root))).toBe(join(root, 'own.ttf'));
  });
});
