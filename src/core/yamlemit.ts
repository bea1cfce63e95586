// Writing records fast (quality.md: a billing run or a generated estate writes
// thousands of files): a small YAML emitter for plain record data that writes what
// `dumpRecord` would (block style, two-space indent, strings quoted only when YAML
// would read them as something else) at a fraction of the `yaml` package's cost.
// e.g. toYaml(inSchemaOrder({ kind: 'unit', id: '1-2-0801', area: '89.37' }))
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from './paths.js';

// What the YAML 1.2 core schema (js-yaml CORE_SCHEMA, the `yaml` package) reads as non-strings.
const CORE_NON_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// Indicators a plain scalar may not start with, and sequences it may not contain.
const BAD_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const BAD_INSIDE = /: |:$| #|[\n\r\t\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]|\s$/;

// Characters YAML may not hold raw (not c-printable), or reads as line breaks: written as \uXXXX inside double quotes.
const NON_PRINTABLE = /[\u007f-\u009f\u2028\u2029\ufffe\uffff]/;

export function scalar(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'string') return String(v);
  if (NON_PRINTABLE.test(v))
    return JSON.stringify(v).replace(
      new RegExp(NON_PRINTABLE.source, 'g'),
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  if (v === '' || CORE_NON_STRING.test(v) || BAD_START.test(v) || BAD_INSIDE.test(v) || /^[-+]?\d+_/.test(v))
    return JSON.stringify(v);
  return v;
}

function emit(v: unknown, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const x of v) {
      if (x !== null && typeof x === 'object' && (Array.isArray(x) ? x.length : Object.keys(x).length)) {
        const lines: string[] = [];
        emit(x, indent + '  ', lines);
        out.push(`${indent}- ${lines[0].slice(indent.length + 2)}`, ...lines.slice(1));
      } else {
        out.push(`${indent}- ${inline(x)}`);
      }
    }
    return;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === undefined) continue;
    if (x !== null && typeof x === 'object' && (Array.isArray(x) ? x.length : Object.keys(x).length)) {
      out.push(`${indent}${scalar(k)}:`);
      emit(x, indent + '  ', out);
    } else {
      out.push(`${indent}${scalar(k)}: ${inline(x)}`);
    }
  }
}

function inline(x: unknown): string {
  if (Array.isArray(x)) return '[]';
  if (x !== null && typeof x === 'object') return '{}';
  return scalar(x as string);
}

/** A record as YAML text (undefined fields left out), ending in a newline. */
export function toYaml(data: Record<string, unknown>): string {
  const out: string[] = [];
  emit(data, '', out);
  return out.join('\n') + '\n';
}

/**
 * The fast emitter's text when it is byte for byte what `dumpRecord` (the `yaml` package,
 * lineWidth 0) writes, else undefined: `wuye show` and other single-record dumps then never
 * load the `yaml` package (~20 ms). Both write plain scalars, block collections and `[]`/`{}`
 * alike; they differ in when and how they quote, so a string is taken only when both leave it
 * plain, or both double-quote it ("" and strings YAML would read as numbers, booleans, null).
 * Anything else (multi-line text, quotes, leading dashes, odd spaces) is left to `yaml`.
 */
export function toYamlExact(data: Record<string, unknown>): string | undefined {
  return Object.keys(data).length && sameAsYaml(data, new Set()) ? toYaml(data) : undefined;
}

/** `seen`: an object met twice would be an anchor and alias in `yaml`'s output. */
function sameAsYaml(v: unknown, seen: Set<object>): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (typeof v === 'string') return sameString(v);
  if (typeof v !== 'object' || seen.has(v)) return false;
  seen.add(v);
  if (Array.isArray(v)) return v.every((x) => x !== undefined && sameAsYaml(x, seen));
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.entries(v as Record<string, unknown>).every(
    ([k, x]) => sameString(k) && (x === undefined || sameAsYaml(x, seen)),
  );
}

// The characters records hold (ASCII, CJK and its punctuation): a string with any other is left to `yaml`,
// whose quoting of the rest of Unicode the fast emitter does not copy.
const KNOWN_TEXT =
  /^[\u0020-\u007e\u00b7\u2010-\u2027\u2030-\u205e\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]*$/;
const sameString = (s: string): boolean =>
  KNOWN_TEXT.test(s) && (scalar(s) === s ? !s.startsWith('...') : s === '' || CORE_NON_STRING.test(s));

const ORDER = new Map<string, string[] | null>();

/** A record's top-level fields in the order its schema lists them (as a person would write them). */
export function inSchemaOrder(data: Record<string, unknown>): Record<string, unknown> {
  const kind = typeof data.kind === 'string' ? data.kind : '';
  if (!ORDER.has(kind)) {
    const file = projectPath('schemas', `${kind}.schema.json`);
    ORDER.set(
      kind,
      /^[a-z-]+$/.test(kind) && existsSync(file)
        ? Object.keys(JSON.parse(readFileSync(file, 'utf8')).properties ?? {})
        : null,
    );
  }
  const keys = ORDER.get(kind);
  if (!keys) return data;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in data) out[k] = data[k];
  for (const k of Object.keys(data)) if (!(k in out)) out[k] = data[k];
  return out;
}
