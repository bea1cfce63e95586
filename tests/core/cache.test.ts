// Values kept between runs (the config with its defaults): used only for the very texts they were
// made from; a change to any byte, or a failure, makes them again.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedValue } from '../../src/core/cache.js';

describe('cachedValue', () => {
  let saved: string | undefined;
  let dir: string;
  beforeEach(() => {
    saved = process.env.WUYE_SCHEMA_CACHE;
    dir = mkdtempSync(join(tmpdir(), 'wuye-cache-'));
    process.env.WUYE_SCHEMA_CACHE = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.WUYE_SCHEMA_CACHE;
    else process.env.WUYE_SCHEMA_CACHE = saved;
  });

  it('makes a value once per set of texts and keeps it', () => {
    let made = 0;
    const make = () => ({ timezone: 'Asia/Shanghai', n: ++made });
    expect(cachedValue('t', ['a: 1\n', Buffer.from('schema')], make)).toEqual({ timezone: 'Asia/Shanghai', n: 1 });
    expect(cachedValue('t', ['a: 1\n', Buffer.from('schema')], make)).toEqual({ timezone: 'Asia/Shanghai', n: 1 });
    expect(made).toBe(1);
    expect(cachedValue('t', ['a: 2\n', Buffer.from('schema')], make).n).toBe(2); // one byte changed
    expect(cachedValue('t', ['a: 1\n', Buffer.from('schemA')], make).n).toBe(3); // a schema changed
    expect(cachedValue('t', [Buffer.from([0xe4, 0xb8]), 'x'], make).n).toBe(4);
    expect(cachedValue('t', [Buffer.from([0xe4, 0xb9]), 'x'], make).n).toBe(5); // bytes, not decoded text, are compared
    const long = (c: string) => `head\n${'x'.repeat(1000)}${c}${'y'.repeat(1000)}\ntail\n`; // same length and ends
    expect(cachedValue('t', [long('a')], make).n).toBe(6);
    expect(cachedValue('t', [long('b')], make).n).toBe(7); // a change in the middle is seen
    expect(cachedValue('t', [long('b')], make).n).toBe(7);
    expect(cachedValue('t', ['a: 1\n', Buffer.from('schema')], make).n).toBe(1);
  });

  it('makes the value again when the code that makes it changes', () => {
    expect(cachedValue('code', ['a'], () => 1)).toBe(1);
    expect(cachedValue('code', ['a'], () => 2)).toBe(2);
    expect(cachedValue('code', ['a'], () => 1)).toBe(1);
  });

  it('keeps nothing when making fails, and nothing at all when the cache is off', () => {
    expect(() =>
      cachedValue('bad', ['x'], () => {
        throw new Error('invalid config');
      }),
    ).toThrow('invalid config');
    expect(readdirSync(dir).filter((f) => f.startsWith('bad-'))).toEqual([]);
    process.env.WUYE_SCHEMA_CACHE = 'off';
    let made = 0;
    cachedValue('t', ['a'], () => ++made);
    cachedValue('t', ['a'], () => ++made);
    expect(made).toBe(2);
  });
});
