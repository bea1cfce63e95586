// The system commands' parse alone: ids of no kind, a search too short, an unknown shell, and options that
// cannot go together are usage errors (exit 2) before any record is read.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { Line } from '../../../src/kit/line.js';
import type { CommandSpec, Opts } from '../../../src/kit/spec.js';
import { audit, completion, demo, find, form, show, validate } from '../../../src/procedures/system/index.js';
import * as auditLog from '../../../src/procedures/system/commands/audit-log.js';
import * as completionCmd from '../../../src/procedures/system/commands/completion.js';
import * as demoGenerate from '../../../src/procedures/system/commands/demo-generate.js';
import * as findCmd from '../../../src/procedures/system/commands/find.js';
import * as formCmd from '../../../src/procedures/system/commands/form.js';
import * as showCmd from '../../../src/procedures/system/commands/show.js';
import * as validateCmd from '../../../src/procedures/system/commands/validate.js';

const line = (s: CommandSpec, args: string[], opts: Opts = {}) => new Line(s, args, opts);
const sub = (g: { commands: unknown[] }, name: string) => (g.commands as CommandSpec[]).find((c) => c.name === name)!;
const usage = (f: () => unknown) => expect(f).toThrow(UsageError);

describe('system parse', () => {
  it('show and audit log: the id names its kinds, or the line is refused', () => {
    expect(showCmd.parse(line(show, [' P000123 '])).kinds.map((k) => k.kind)).toEqual(['person']);
    expect(showCmd.parse(line(show, ['P000123'])).id).toBe('P000123');
    usage(() => showCmd.parse(line(show, ['../etc'])));
    usage(() => auditLog.parse(line(sub(audit, 'log'), ['???'])));
  });

  it('find: one character is enough (a surname), blank is not; a limit in range', () => {
    expect(findCmd.parse(line(find, ['张三'], { limit: '50' }))).toEqual({ text: '张三', limit: 50 });
    expect(findCmd.parse(line(find, ['张']))).toEqual({ text: '张', limit: 50 });
    usage(() => findCmd.parse(line(find, [' '])));
    usage(() => findCmd.parse(line(find, ['张三'], { limit: '0' })));
  });

  it('completion: bash, zsh or fish', () => {
    expect(completionCmd.parse(line(completion, ['zsh'])).shell).toBe('zsh');
    expect(completionCmd.parse(line(completion, ['fish'])).shell).toBe('fish');
    usage(() => completionCmd.parse(line(completion, ['tcsh'])));
  });

  it('validate: --changed or paths, not both', () => {
    expect(validateCmd.parse(line(validate, ['units', 'people']))).toEqual({
      paths: ['units', 'people'],
      changed: false,
    });
    usage(() => validateCmd.parse(line(validate, ['units'], { changed: true })));
  });

  it('form: --blank takes no id', () => {
    expect(formCmd.parse(line(form, ['owner-registration'], { blank: true })).blank).toBe(true);
    usage(() => formCmd.parse(line(form, ['owner-registration', '1-2-0801'], { blank: true })));
  });

  it('demo generate: sizes in range, git unless --no-git', () => {
    const s = sub(demo, 'generate');
    expect(demoGenerate.parse(line(s, ['x'], { units: '100', seed: '1', years: '3', git: false }))).toMatchObject({
      units: 100,
      git: false,
    });
    usage(() => demoGenerate.parse(line(s, ['x'], { units: '5', seed: '1', years: '3', git: true })));
  });
});
