// The extension point of `wuye audit verify` (src/core/audit/rules.ts): a
// procedure's history rule sees every commit oldest first, reads versions by
// blob id, keeps state across commits, and its findings are reported with the commit.
import { describe, expect, it } from 'vitest';
import type { HistoryRule } from '../../src/core/audit/rules.js';
import { verifyHistory } from '../../src/core/audit/verify.js';
import { msg } from '../../src/core/i18n.js';
import { collect } from '../../src/kit/manifest.js';
import { PROCEDURES } from '../../src/procedures/index.js';
import { git, newRoot, read, write, wuye } from '../helpers/cli.js';

const HISTORY_RULES = await collect<HistoryRule>(PROCEDURES, 'history');

describe('history rules', () => {
  it('a rule sees each commit with before/after data and can report at the end', () => {
    const root = newRoot();
    expect(wuye(root, ['person', 'add', '--name', '张三']).code).toBe(0);
    expect(wuye(root, ['person', 'update', 'P000001', '--notes', '已核对']).code).toBe(0);
    const noted = git(root, ['rev-parse', 'HEAD']).trim();
    write(root, 'people/P000001.yaml', read(root, 'people/P000001.yaml').replace('已核对', '改过'));
    git(root, ['commit', '-qam', 'hand change of notes']);
    const hand = git(root, ['rev-parse', 'HEAD']).trim();
    const seen: string[] = [];
    // "notes may only be changed through wuye" — the shape of the fee procedure's closed-day rule.
    const rule: HistoryRule = {
      name: 'test/notes-by-hand',
      description: msg('备注只能经 wuye 修改', 'notes only change through wuye'),
      start: (h) => {
        let changes = 0;
        return {
          commit(c) {
            seen.push(c.sha);
            const out = [];
            for (const f of c.files) {
              if (!f.path.startsWith('people/')) continue;
              const before = h.data<{ notes?: string }>(f.oldBlob);
              const after = h.data<{ notes?: string }>(f.blob);
              if (before?.notes === after?.notes) continue;
              changes++;
              if (!c.trailers.command)
                out.push({
                  severity: 'error' as const,
                  code: 'test/notes-by-hand',
                  file: f.path,
                  message: msg(`备注被手工改为 ${after?.notes}`, `notes changed by hand to ${after?.notes}`),
                });
            }
            return out;
          },
          end: () => [
            {
              severity: 'warning' as const,
              code: 'test/summary',
              commit: noted,
              message: msg(`${changes} 次备注修改`, `${changes} notes changes`),
            },
          ],
        };
      },
    };
    const res = verifyHistory(root, { rules: [rule], timezone: 'Asia/Shanghai' });
    expect(seen).toEqual(git(root, ['rev-list', '--reverse', 'HEAD']).trim().split('\n')); // every commit, oldest first
    expect(res.findings.filter((f) => f.code.startsWith('test/'))).toMatchObject([
      {
        severity: 'error',
        code: 'test/notes-by-hand',
        commit: hand,
        file: 'people/P000001.yaml',
        message: { en: 'notes changed by hand to 改过' },
      },
      { severity: 'warning', code: 'test/summary', commit: noted, message: { en: '2 notes changes' } },
    ]);
    expect(res.findings.filter((f) => f.code === 'by-hand').map((f) => f.commit)).toEqual([hand]);
  });

  it('the manifests name history rules with unique names', () => {
    const names = HISTORY_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of HISTORY_RULES) expect(r.name).toMatch(/^[a-z-]+\/[a-z-]+$/);
  });
});
