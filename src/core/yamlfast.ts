// Reading our own records fast (quality.md "Performance": validate and every bulk read parse tens of thousands
// of files): a parser for exactly the YAML that yamlemit.ts and the `yaml` package write — block maps and
// sequences, plain and double-quoted one-line scalars, `[]`/`{}` — giving what js-yaml's core schema gives.
// Anything else (comments after a value, block or multi-line scalars, flow collections, anchors, tags, quoted
// keys, odd spacing, a repeated key) returns undefined and the caller parses with js-yaml as before.
// e.g. parseOwnYaml('kind: unit\nid: 1-2-0801\narea: "89.37"\n') → { kind: 'unit', id: '1-2-0801', area: '89.37' }
import jsyaml from 'js-yaml';

// js-yaml's implicit types of the core schema, in its order: a plain scalar is the first that resolves it.
interface ImplicitType {
  resolve(s: string): boolean;
  construct(s: string): unknown;
}
const types = (jsyaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', ImplicitType> }).types;
const IMPLICIT = [types.null, types.bool, types.int, types.float];
// The first characters of a plain scalar one of them could resolve (null ~, true/false, null, numbers).
const MAYBE_NON_STRING = /^[-+.~0-9nNtTfF]/;
// Text this parser does not take: tabs, carriage returns, characters js-yaml refuses or reads as line breaks,
// BOMs inside the text, and surrogates (left to js-yaml, which knows what to do with each).
const UNSAFE = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
// A key as records write it: no quotes, no spaces, nothing YAML gives a meaning.
const KEY = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
// Characters a plain scalar may not start with (or that make it something else than a one-line plain scalar).
const INDICATOR = new Set([...'?:,[]{}#&*!|>\'"%@`']);

class Bail {}
const BAIL = new Bail();

// Digits then a dash (dates, periods, unit ids, times): no number of the core schema has a dash after a digit.
const DIGITS_DASH = /^[0-9]+-/;

function resolvePlain(s: string): unknown {
  if (MAYBE_NON_STRING.test(s) && !DIGITS_DASH.test(s))
    for (const t of IMPLICIT) if (t.resolve(s)) return t.construct(s);
  return s;
}

function scalar(v: string): unknown {
  const c = v[0];
  if (c === '"') {
    // no escapes and no quote inside: the text between the quotes (amounts, numbers-as-text)
    const close = v.indexOf('"', 1);
    if (close === v.length - 1 && v.indexOf('\\') < 0) return v.slice(1, -1);
    let s: unknown;
    try {
      s = JSON.parse(v);
    } catch {
      throw BAIL;
    }
    if (typeof s !== 'string') throw BAIL;
    return s;
  }
  if (v === '[]') return [];
  if (v === '{}') return {};
  if (c === ' ' || INDICATOR.has(c) || (c === '-' && (v.length === 1 || v[1] === ' '))) throw BAIL;
  if (v.endsWith(' ') || v.endsWith(':') || v.includes(' #') || v.includes(': ')) throw BAIL;
  return resolvePlain(v);
}

// Keys met before and found good (records use few keys, again and again).
const GOOD_KEYS = new Set<string>();

function checkKey(k: string): string {
  if (GOOD_KEYS.has(k)) return k;
  if (!KEY.test(k) || k === '__proto__' || resolvePlain(k) !== k) throw BAIL;
  if (GOOD_KEYS.size < 10000) GOOD_KEYS.add(k);
  return k;
}

/** The index in line l of the colon of a key that starts at column c (`key:` then a space or the end), or -1. */
function keyColon(l: string, c: number): number {
  const at = l.indexOf(':', c);
  if (at <= c || (at + 1 < l.length && l.charCodeAt(at + 1) !== 32)) return -1;
  for (let k = c; k < at; k++) if (l.charCodeAt(k) === 32) return -1;
  return at;
}

class Parser {
  private i = 0;
  private readonly lines: string[];
  private readonly indents: number[];

  constructor(text: string) {
    const all = text.split('\n');
    all.pop(); // the text ends in a newline
    this.lines = [];
    this.indents = [];
    for (const l of all) {
      let n = 0;
      while (l.charCodeAt(n) === 32) n++;
      if (n === l.length || l[n] === '#') continue; // a blank line or a whole-line comment
      this.lines.push(l);
      this.indents.push(n);
    }
  }

  parse(): Record<string, unknown> {
    if (!this.lines.length || this.indents[0] !== 0) throw BAIL;
    const l = this.lines[0];
    if (l.startsWith('- ') || l === '-' || l === '---' || l === '...') throw BAIL;
    const out = this.map(0);
    if (this.i !== this.lines.length) throw BAIL;
    return out;
  }

  /** A block map whose first key is on line i at column c (after a sequence's "- ", or at its indent). */
  private map(c: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      const l = this.lines[this.i];
      const at = keyColon(l, c);
      if (at < 0) throw BAIL;
      const key = checkKey(l.slice(c, at));
      if (Object.hasOwn(out, key)) throw BAIL; // js-yaml says where the repeated key is
      this.i++;
      if (at + 1 === l.length) out[key] = this.nested(c);
      else {
        const v = l.slice(at + 2);
        if (!v) throw BAIL;
        out[key] = scalar(v);
      }
      if (this.i >= this.lines.length) return out;
      const ind = this.indents[this.i];
      if (ind < c) return out;
      if (ind > c || this.lines[this.i][c] === '-') throw BAIL;
    }
  }

  /** The value of `key:` with nothing after it: a block below (or a sequence at the key's own indent), else null. */
  private nested(c: number): unknown {
    if (this.i >= this.lines.length) return null;
    const ind = this.indents[this.i];
    const l = this.lines[this.i];
    const dash = l[ind] === '-' && (l.length === ind + 1 || l[ind + 1] === ' ');
    if (ind > c) return dash ? this.seq(ind) : this.map(ind);
    if (ind === c && dash) return this.seq(c);
    return null;
  }

  /** A block sequence at column c. */
  private seq(c: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const l = this.lines[this.i];
      if (l[c] !== '-' || l[c + 1] !== ' ') throw BAIL; // "-" alone (an item below) is left to js-yaml
      const rest = l.slice(c + 2);
      if (!rest || rest[0] === ' ') throw BAIL;
      if (keyColon(l, c + 2) > 0) out.push(this.map(c + 2));
      else {
        if (rest.startsWith('- ')) throw BAIL;
        out.push(scalar(rest));
        this.i++;
      }
      if (this.i >= this.lines.length) return out;
      const ind = this.indents[this.i];
      if (ind < c) return out;
      if (ind > c) throw BAIL;
      const n = this.lines[this.i];
      if (n[c] !== '-') return out; // a key at the same indent: the sequence was its map's value
    }
  }
}

/**
 * A record's text as js-yaml's core schema reads it, when the text is of the form records are written in;
 * undefined for anything else (the caller then parses it with js-yaml, which also reports errors).
 */
export function parseOwnYaml(text: string): Record<string, unknown> | undefined {
  if (!text.endsWith('\n') || UNSAFE.test(text)) return undefined;
  try {
    return new Parser(text).parse();
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}
