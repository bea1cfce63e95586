// Compiling the project's schemas with Ajv (records.md "Schemas"). `npm run build` does it once:
// bin/dev/build.mjs writes each kind's validator as Ajv standalone code to dist/validators/, which a
// command loads without Ajv (schemas.ts). Code running from src/ (vitest) compiles here instead, so a
// test always checks against the schemas as they are now. Only the project's own schemas are compiled:
// a records root cannot bring schemas of its own. e.g. standaloneCode('unit', false) → dist/validators/unit.cjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { FORMATS_MODULE, formatsObject } from './formats.js';
import { projectPath } from './paths.js';

const req = createRequire(import.meta.url);

// verbose: errors carry the offending value and its schema, which explain() quotes (known fields, the value given).
// validateSchema: false — our schemas are checked against the draft 2020-12 meta-schema once, by
// tests/core/validate.test.ts, not by every compile.
export const OPTIONS = {
  allErrors: true,
  strict: true,
  allowUnionTypes: true,
  verbose: true,
  validateSchema: false,
} as const;

/**
 * Annotations bin/dev/gen-types.mjs reads and Ajv ignores: beside an enum, its label catalog's name and its
 * labels; at the top of a record kind's schema, where its files live (x-kind → src/core/kinds.gen.ts).
 */
export const ANNOTATIONS = ['x-catalog', 'x-labels', 'x-kind', 'x-personal', 'x-personal-classes'] as const;

/** Kinds also compiled to fill in the defaults their schema gives (Ajv useDefaults): the center's config. */
export const WITH_DEFAULTS: readonly string[] = ['config'];

/** A validator's name: its kind, `+defaults` when it fills defaults (the file name under dist/validators/). */
export const validatorName = (kind: string, useDefaults: boolean): string => `${kind}${useDefaults ? '+defaults' : ''}`;

const schemaText = (kind: string) => readFileSync(projectPath('schemas', `${kind}.schema.json`), 'utf8');

const SEALED_REF = 'common.schema.json#/$defs/sealed';

/**
 * A schema as it is compiled: every value declared personal (other than a name) may also be sealed at rest —
 * `{ mask, hmac, age }`, common.schema.json $defs/sealed (issue 18; src/core/sealed.ts). The types
 * (gen:types) keep the clear shape: a command only ever sees the value or its mask.
 */
export function acceptSealed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(acceptSealed);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node))
    out[k] = k === 'x-labels' || k === 'x-personal-classes' ? v : acceptSealed(v);
  const cls = out['x-personal'];
  if (typeof cls !== 'string' || cls === 'name') return out;
  return { if: { type: 'object' }, then: { $ref: SEALED_REF }, else: out };
}
const compiled = (kind: string) => acceptSealed(JSON.parse(schemaText(kind))) as object;

/** A new Ajv with the project's options, formats, annotations and shared definitions. */
export function newAjv(useDefaults: boolean, standalone: boolean): Ajv2020 {
  const { Ajv2020: A } = req('ajv/dist/2020.js') as { Ajv2020: new (o: object) => Ajv2020 };
  const { _ } = req('ajv') as typeof import('ajv');
  const a = new A({
    ...OPTIONS,
    useDefaults,
    // standalone code names the formats by a module the loader supplies (schemas.ts), not by their code
    ...(standalone ? { code: { source: true, formats: _`require(${FORMATS_MODULE})` } } : {}),
  });
  const f = formatsObject();
  for (const name of Object.keys(f)) a.addFormat(name, f[name] as never);
  for (const k of ANNOTATIONS) a.addKeyword(k);
  a.addSchema(compiled('common'));
  return a;
}

const instances = new Map<string, Ajv2020>();
function instance(useDefaults: boolean, standalone: boolean): Ajv2020 {
  const key = `${useDefaults}/${standalone}`;
  let a = instances.get(key);
  if (!a) instances.set(key, (a = newAjv(useDefaults, standalone)));
  return a;
}

/** A kind's validator compiled now (code running from src/). */
export function compileKind(kind: string, useDefaults: boolean): ValidateFunction {
  return instance(useDefaults, false).compile(compiled(kind));
}

/** A kind's validator as standalone CommonJS code (what the build writes to dist/validators/). */
export function standaloneCode(kind: string, useDefaults: boolean): string {
  const a = instance(useDefaults, true);
  const standalone = (req('ajv/dist/standalone') as { default: (a: Ajv2020, v: ValidateFunction) => string }).default;
  return standalone(a, a.compile(compiled(kind)));
}
