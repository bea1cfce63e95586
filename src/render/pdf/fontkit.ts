// The few fontkit calls wuye makes (fontkit ships no types): opening a font
// from bytes and reading glyph outlines for the glyf conversion (glyf.ts).
import { createRequire } from 'node:module';

export interface FontkitFont {
  numGlyphs: number;
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
  postscriptName: string;
  directory: { tables: Record<string, { offset: number; length: number }> };
  getGlyph(id: number): { path: { commands: { command: string; args: number[] }[] } };
  layout: (...a: unknown[]) => unknown;
}

const require = createRequire(import.meta.url);

export function openFont(bytes: Buffer): FontkitFont {
  const fontkit = require('fontkit') as { create(b: Uint8Array): FontkitFont };
  return fontkit.create(bytes);
}
