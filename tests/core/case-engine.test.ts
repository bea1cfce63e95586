// The one case engine's extensions for clocks that run side by side (src/core/case-engine.ts): every pending
// deadline of a state (a complaint's feedback and a major one's upward report), one that applies to some
// cases only (`when`), a deadline met by an act that changes no state; and its writes — a field a step adds
// goes above the state and the log, null removes a field.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../src/core/calendar.js';
import { defineMachine } from '../../src/core/case.js';
import {
  defineCases,
  pendingDeadline,
  pendingDeadlines,
  recordAct,
  stepCase,
  timeliness,
} from '../../src/core/case-engine.js';
import { Store, Tx } from '../../src/core/store.js';
import { dumpRecord } from '../../src/core/yamlio.js';
import { tmp } from '../helpers/cli.js';

type S = 'open' | 'done';
const M = defineMachine<S, { days: number }>({
  name: 'test',
  initial: 'open',
  states: { open: { zh: '进行中', en: 'open' }, done: { zh: '完成', en: 'done' } },
  transitions: [{ action: 'finish', from: ['open'], to: 'done', label: { zh: '完成', en: 'finish' } }],
  deadlines: [
    {
      name: 'answer',
      label: { zh: '答复', en: 'answer' },
      states: ['open'],
      from: ['open'],
      met: ['answer'],
      days: (c) => c.days,
    },
    {
      name: 'report',
      label: { zh: '上报', en: 'report' },
      states: ['open'],
      from: ['open'],
      met: ['report'],
      when: (c: { severity?: string }) => c.severity === 'major',
      days: () => 1,
    },
  ],
});
const cal = new WorkCalendar();
const conf = { days: 2 };
const at = (d: string) => `${d}T10:00:00+08:00`;
const rec = (severity: string, ...actions: string[]) => ({
  id: 'TS2026-0001',
  severity,
  state: 'open',
  log: [
    { at: at('2026-09-30'), by: 'S001', action: 'open' },
    ...actions.map((a) => ({ at: at('2026-10-08'), by: 'S001', action: a })),
  ],
});

describe('deadlines side by side', () => {
  it('a major case waits on both clocks, a normal one only on the one that applies to it', () => {
    expect(
      pendingDeadlines(M, rec('major'), cal, '2026-10-09', conf).map((d) => [d.deadline, d.due, d.overdue]),
    ).toEqual([
      ['answer', '2026-10-09', false],
      ['report', '2026-10-08', true],
    ]);
    expect(pendingDeadlines(M, rec('normal'), cal, '2026-10-09', conf).map((d) => d.deadline)).toEqual(['answer']);
    expect(timeliness(M, rec('normal'), cal, '2026-10-12', conf).map((t) => t.deadline)).toEqual(['answer']);
  });
  it('an act that changes no state meets its deadline; pendingDeadline is the first still running', () => {
    expect(pendingDeadlines(M, rec('major', 'answer'), cal, '2026-10-09', conf).map((d) => d.deadline)).toEqual([
      'report',
    ]);
    expect(pendingDeadline(M, rec('major', 'answer'), cal, '2026-10-09', conf)?.deadline).toBe('report');
    expect(pendingDeadline(M, rec('major', 'answer', 'report'), cal, '2026-10-09', conf)).toBeUndefined();
  });
});

describe('writing a step', () => {
  const K = defineCases({ kind: 'complaint', machine: M });
  const root = tmp();
  mkdirSync(join(root, 'complaints', '2026'), { recursive: true });
  writeFileSync(
    join(root, 'complaints', '2026', 'TS2026-0001.yaml'),
    dumpRecord({
      kind: 'complaint',
      id: 'TS2026-0001',
      referred_to: '供电公司',
      state: 'open',
      log: rec('normal').log,
    }),
  );
  const who = { id: 'S001', roles: ['director'], now: at('2026-10-08') };
  it('a new field and a new list go above the state and the log; null removes a field', () => {
    const tx = new Tx(new Store(root));
    recordAct(
      tx,
      K,
      who,
      'TS2026-0001',
      { action: 'answer', what: { zh: '答复', en: 'answer' }, states: ['open'] },
      () => ({
        owner: 'S003',
        referred_to: null,
        append: { feedback: [{ at: who.now, what: '已答复' }] },
      }),
    );
    stepCase(tx, K, who, 'TS2026-0001', 'finish');
    const text = [...tx.writes.values()][0].text;
    const keys = text
      .split('\n')
      .filter((l) => /^[a-z_]+:/.test(l))
      .map((l) => l.split(':')[0]);
    expect(keys).toEqual(['kind', 'id', 'owner', 'feedback', 'state', 'log']);
    expect(text).toContain('state: done');
    expect(text).not.toContain('referred_to');
  });
});
