// A plain command line runs without commander (src/cli/direct.ts): whatever it resolves must be
// exactly what commander's action would have received, for every command; whatever it does not
// settle (help, mistakes, repeatable or negatable options) must be left to commander.
import { describe, expect, it } from 'vitest';
import { commandsOf } from '../../src/kit/manifest.js';
import { PROCEDURES } from '../../src/procedures/index.js';

import { resolveLine } from '../../src/cli/direct.js';
import { buildProgram } from '../../src/cli/program.js';
import { isGroup, type CommandSpec, type GroupSpec, type Opts } from '../../src/kit/spec.js';

const COMMANDS = commandsOf(PROCEDURES);

function leaves(specs: (CommandSpec | GroupSpec)[], path: string[] = []): { path: string[]; spec: CommandSpec }[] {
  return specs.flatMap((s) =>
    isGroup(s) ? leaves(s.commands, [...path, s.name]) : [{ path: [...path, s.name], spec: s }],
  );
}

/** What commander hands the dispatcher for a line, or the commander error code it throws. */
async function viaCommander(argv: string[]): Promise<{ path: string[]; args: string[]; opts: Opts } | string> {
  let got: { path: string[]; args: string[]; opts: Opts } | undefined;
  const program = buildProgram(COMMANDS, '0.0.0', async (_spec, path, args, opts) => {
    got = { path, args, opts };
  });
  program.configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return got ?? 'no action';
}

/** Lines for a command: its arguments, each option alone (both spellings) and all together, in varied order. */
function lines(path: string[], spec: CommandSpec): string[][] {
  const pos = (spec.args ?? []).map((a, i) => (a.variadic ? ['a1', 'a2'] : [`1-2-080${i}`])).flat();
  const opts = [...(spec.options ?? []), ...(spec.writes ? [{ flags: '--dry-run' }] : [])].map((o) => {
    const long = /--[a-z0-9-]+/.exec(o.flags)![0];
    const choices = 'choices' in o ? o.choices : undefined;
    return / [<[]/.test(o.flags) ? [long, choices?.[0] ?? 'v-1'] : [long];
  });
  const out: string[][] = [[...path], [...path, ...pos], [...path, ...pos, 'extra']];
  for (const o of opts) {
    out.push([...path, ...o, ...pos], [...path, ...pos, ...o]);
    if (o.length === 2)
      out.push([...path, ...pos, `${o[0]}=${o[1]}`], [...path, ...pos, o[0]], [...path, ...pos, o[0], '-x']);
  }
  out.push([...path, ...opts.flat(), ...pos], [...path, ...pos.slice(0, 1), ...opts.flat(), ...pos.slice(1)]);
  return out;
}

describe('resolveLine (a plain command line without commander)', () => {
  it('gives every command exactly what commander would, or steps aside', async () => {
    let direct = 0,
      total = 0;
    for (const { path, spec } of leaves(COMMANDS)) {
      for (const line of lines(path, spec)) {
        total++;
        const mine = resolveLine(COMMANDS, line);
        if (!mine) continue;
        direct++;
        expect(mine.spec, line.join(' ')).toBe(spec);
        expect({ path: mine.path, args: mine.args, opts: mine.opts }, line.join(' ')).toEqual(await viaCommander(line));
      }
    }
    expect(direct / total).toBeGreaterThan(0.5);
  }, 300_000); // ~20 s of CPU: minutes on a loaded 2-core machine, never a failure for that alone

  it('resolves the everyday reads', () => {
    expect(resolveLine(COMMANDS, ['show', '1-2-0801'])).toMatchObject({ path: ['show'], args: ['1-2-0801'], opts: {} });
    expect(resolveLine(COMMANDS, ['fee', 'account', '1-2-0801', '--year', '2026'])).toMatchObject({
      path: ['fee', 'account'],
      args: ['1-2-0801'],
      opts: { year: '2026' },
    });
    expect(resolveLine(COMMANDS, ['find', '王'])).toMatchObject({ args: ['王'], opts: { limit: '50' } }); // the default, as commander gives it
  });

  it('leaves help, mistakes and the unusual to commander', () => {
    for (const line of [
      [],
      ['fee'],
      ['fee', '--help'],
      ['show', '-h'],
      ['show', 'a', 'b'],
      ['nosuch'],
      ['fee', 'nosuch'],
      ['show', '--', 'x'],
      ['fee', 'account', 'x', '--year'],
      ['fee', 'account', 'x', '--year', '1', '--year', '2'],
      ['fee', 'account', 'x', '--bogus'],
      ['show', '-'],
    ]) {
      expect(resolveLine(COMMANDS, line), line.join(' ')).toBeUndefined();
    }
  });
});

describe('buildProgram for a line (help and mistakes)', () => {
  it("builds only the groups the line names, and its help reads the same as the whole program's", () => {
    const noop = async () => {};
    const help = (p: ReturnType<typeof buildProgram>, path: string[]) =>
      path.reduce((c, n) => c.commands.find((x) => x.name() === n)!, p).helpInformation();
    const whole = buildProgram(COMMANDS, '0', noop);
    const forTop = buildProgram(COMMANDS, '0', noop, ['--help']);
    expect(help(forTop, [])).toBe(help(whole, []));
    expect(forTop.commands.find((c) => c.name() === 'fee')!.commands).toHaveLength(0); // not built
    const forFee = buildProgram(COMMANDS, '0', noop, ['fee', 'books', '--help']);
    expect(help(forFee, ['fee'])).toBe(help(whole, ['fee']));
    expect(help(forFee, ['fee', 'books'])).toBe(help(whole, ['fee', 'books']));
  });
});
