// Every command is complete (after npm/cli's test that walks its command list):
// it has descriptions in both languages, its help renders, and some test runs it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandsOf } from '../../src/kit/manifest.js';
import { PROCEDURES } from '../../src/procedures/index.js';

import { isGroup, type CommandSpec, type GroupSpec } from '../../src/kit/spec.js';
import { PROJECT, wuye, wuyeProcess, tmp } from '../helpers/cli.js';

const COMMANDS = commandsOf(PROCEDURES);

function leaves(specs: (CommandSpec | GroupSpec)[], path: string[] = []): { path: string[]; spec: CommandSpec }[] {
  return specs.flatMap((s) =>
    isGroup(s) ? leaves(s.commands, [...path, s.name]) : [{ path: [...path, s.name], spec: s }],
  );
}

function testSources(dir: string): string {
  let out = '';
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out += testSources(p);
    else if (/\.(ts|mjs)$/.test(n)) out += readFileSync(p, 'utf8');
  }
  return out;
}

const all = leaves(COMMANDS);
const sources = testSources(join(PROJECT, 'tests'));

describe('the command list', () => {
  it('is sorted and has no duplicate names', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });
  for (const { path, spec } of all) {
    describe(`wuye ${path.join(' ')}`, () => {
      it('is described in Chinese and English', () => {
        expect(spec.description.zh).toMatch(/[\u4e00-\u9fa5]/);
        expect(spec.description.en).toMatch(/[a-z]/);
        for (const o of spec.options ?? []) {
          expect(o.description.zh.length).toBeGreaterThan(0);
          expect(o.description.en.length).toBeGreaterThan(0);
        }
      });
      // through the CLI's entry in this process (250 process starts were two minutes of npm test on 2 cores);
      // the help of a command and of a group as child processes: below
      it('renders its help', async () => {
        const r = wuye(tmp(), [...path, '--help']);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(spec.description.zh.slice(0, 6));
      });
      it('is run by some test', () => {
        // Quoted words of an argv array (the formatter may break it over lines), or the line as text.
        const quoted = new RegExp(path.map((p) => `'${p}'`).join(',\\s*'));
        const asText = `wuye ${path.join(' ')}`;
        expect(quoted.test(sources) || sources.includes(asText), `no test runs ${asText}`).toBe(true);
      });
    });
  }
});

describe('help as a child process (the real CLI)', () => {
  it('prints the same help as the entry called in this process: the program, a group, a command', async () => {
    for (const line of [['--help'], ['fee', '--help'], ['fee', 'pay', '--help']]) {
      const child = wuyeProcess(tmp(), line);
      expect(child.code, child.stderr).toBe(0);
      expect(child.stdout).toContain('wuye');
      expect(child.stdout).toBe(wuye(tmp(), line).stdout);
    }
  });
});
