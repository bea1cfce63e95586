// What is kept between runs (a center's config with its defaults, its own font converted): used only
// for the very bytes it was made from and by the build that made it; a change of any byte, or a
// failure, makes it again; WUYE_CACHE=off keeps nothing. The key needs a build (dist/build-id).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedFile, cachedJson } from '../../src/core/cache.js';
import { PROJECT } from '../helpers/cli.js';

describe('the run-time cache', () => {
  let saved: string | undefined;
  let dir: string;
  let src: string;
  const file = (name: string, text: string | Buffer) => {
    writeFileSync(join(src, name), text);
    return join(src, name);
  };
  beforeEach(() => {
    expect(existsSync(join(PROJECT, 'dist', 'build-id')), 'run npm run build').toBe(true);
    saved = process.env.WUYE_CACHE;
    dir = mkdtempSync(join(tmpdir(), 'wuye-cache-'));
    src = mkdtempSync(join(tmpdir(), 'wuye-src-'));
    process.env.WUYE_CACHE = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.WUYE_CACHE;
    else process.env.WUYE_CACHE = saved;
  });

  it('makes a value once per set of bytes, from the bytes it was given', () => {
    let made = 0;
    const make = ([b]: Buffer[]) => ({ text: b.toString(), n: ++made });
    const a = file('wuye.yaml', 'a: 1\n');
    expect(cachedJson('t', [a], make)).toEqual({ text: 'a: 1\n', n: 1 });
    expect(cachedJson('t', [a], make)).toEqual({ text: 'a: 1\n', n: 1 });
    file('wuye.yaml', 'a: 2\n'); // one byte changed, same size
    expect(cachedJson('t', [a], make)).toEqual({ text: 'a: 2\n', n: 2 });
    const b = file('other.yaml', 'a: 1\n'); // another root with the same file shares the entry
    expect(cachedJson('t', [b], make).n).toBe(1);
    const long = (c: string) => `head\n${'x'.repeat(1000)}${c}${'y'.repeat(1000)}\ntail\n`;
    file('wuye.yaml', long('a'));
    expect(cachedJson('t', [a], make).n).toBe(3);
    file('wuye.yaml', long('b')); // a change in the middle is seen
    expect(cachedJson('t', [a], make).n).toBe(4);
    expect(cachedJson('t', [a], make).n).toBe(4);
    file('wuye.yaml', Buffer.from([0xe4, 0xb8]));
    expect(cachedJson('t', [a], make).n).toBe(5);
    file('wuye.yaml', Buffer.from([0xe4, 0xb9])); // bytes, not decoded text, are compared
    expect(cachedJson('t', [a], make).n).toBe(6);
    expect(readdirSync(dir).every((f) => f.startsWith('t-'))).toBe(true);
  });

  it('keeps nothing when making fails, and nothing at all when the cache is off', () => {
    const a = file('wuye.yaml', 'x');
    expect(() =>
      cachedJson('bad', [a], () => {
        throw new Error('invalid config');
      }),
    ).toThrow('invalid config');
    expect(readdirSync(dir).filter((f) => f.startsWith('bad-'))).toEqual([]);
    process.env.WUYE_CACHE = 'off';
    let made = 0;
    cachedJson('t', [a], () => ++made);
    cachedJson('t', [a], () => ++made);
    expect(made).toBe(2);
    // a file still has a path to be read from: a folder of this process's own
    const p = cachedFile('font', [a], '.ttf', () => Buffer.from('glyf'));
    expect(readFileSync(p, 'utf8')).toBe('glyf');
    expect(p.startsWith(dir)).toBe(false);
  });

  it('keeps a file once, and drops what older builds kept of the same thing on the next write', () => {
    const otf = file('own.otf', 'OTTO…');
    let made = 0;
    const make = () => Buffer.from(`converted ${++made}`);
    const p = cachedFile('font', [otf], '.ttf', make);
    expect(p.startsWith(dir)).toBe(true);
    expect(cachedFile('font', [otf], '.ttf', make)).toBe(p);
    expect(made).toBe(1);
    writeFileSync(join(dir, 'font-0000000000000000-old.ttf'), 'an older build');
    writeFileSync(join(dir, 'config-0000000000000000-old.json'), '{}');
    file('own.otf', 'OTTO… edited');
    const q = cachedFile('font', [otf], '.ttf', make);
    expect(readFileSync(q, 'utf8')).toBe('converted 2');
    expect(existsSync(join(dir, 'font-0000000000000000-old.ttf'))).toBe(false);
    expect(existsSync(join(dir, 'config-0000000000000000-old.json'))).toBe(true); // another thing: its own write drops it
  });
});
