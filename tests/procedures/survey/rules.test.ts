// The survey rules with exact figures (spec 13-survey.md; manual 三.6.12, 三.5.9): a questionnaire exactly half blank
// is valid and one more blank makes it invalid; the response rate counts valid ones over those distributed;
// satisfaction per item = (满意 + 较满意) ÷ valid answers to it, overall over all items, per building and against
// last year; the sample is reproducible from its seed and rounded up per building; answers off the scale and
// units off the sample are refused; a survey closes only with every item below target acted on.
import { describe, expect, it } from 'vitest';
import {
  analyse,
  checkResponse,
  closeBlockers,
  drawSample,
  isValid,
  pct,
  readAnswer,
  sampleSize,
  type Answer,
  type Survey,
} from '../../../src/procedures/survey/rules.js';
import { t } from '../../../src/core/i18n.js';

const ITEMS = Array.from({ length: 12 }, (_, k) => ({
  id: `i${k + 1}`,
  service: k < 6 ? '客户服务' : '维修服务',
  text: `项目${k + 1}`,
}));
const S = '满意';
const G = '较满意';
const M = '一般';
const B = '不满意';
const all = (v: Answer, n = 12): Answer[] => Array.from({ length: n }, () => v);
const blanks = (n: number, rest: Answer = S): Answer[] => [...all(null, n), ...all(rest, 12 - n)];

function survey(responses: [string, Answer[]][], respondents: string[], extra: Partial<Survey> = {}): Survey {
  return {
    kind: 'survey',
    id: 'DC2026-01',
    year: 2026,
    type: 'owners',
    title: 't',
    questionnaire: {
      template: 'owners',
      code: 'X',
      scale: [S, G, M, B],
      satisfied: [S, G],
      items: ITEMS as Survey['questionnaire']['items'],
    },
    target: 95,
    sample: { rate: 30, seed: 1, drawn_at: '2026-10-09', respondents },
    responses: responses.map(([respondent, answers]) => ({ respondent, answers })),
    state: 'sampled',
    log: [],
    ...extra,
  };
}

describe('a questionnaire with more than half its items blank is invalid', () => {
  it('6 of 12 blank is valid, 7 of 12 is not', () => {
    expect(isValid(blanks(6), 12)).toBe(true);
    expect(isValid(blanks(7), 12)).toBe(false);
    expect(isValid(blanks(0), 12)).toBe(true);
  });
  it('with an odd count: 4 of 9 blank is valid, 5 of 9 is not', () => {
    expect(isValid([...all(null, 4), ...all(S, 5)], 9)).toBe(true);
    expect(isValid([...all(null, 5), ...all(S, 4)], 9)).toBe(false);
  });
});

describe('rates', () => {
  // 10 distributed; 5 returned: one exactly half blank (valid), one with 7 blanks (invalid)
  const units = [
    '1-1-0101',
    '1-1-0102',
    '1-1-0201',
    '2-1-0101',
    '2-1-0102',
    '2-1-0201',
    '2-1-0202',
    '3-1-0101',
    '3-1-0102',
    '3-1-0201',
  ];
  const r1 = all(S);
  const r2 = [...all(G, 7), M, ...all(G, 4)]; // item 8 一般
  const r3 = [...all(S, 7), B, ...all(S, 4)]; // item 8 不满意
  const r4 = blanks(6); // items 1–6 blank, 7–12 满意: valid
  const r5 = blanks(7); // invalid: not counted anywhere
  const s = survey(
    [
      ['1-1-0101', r1],
      ['1-1-0102', r2],
      ['2-1-0101', r3],
      ['2-1-0102', r4],
      ['3-1-0101', r5],
    ],
    units,
  );
  const a = analyse(s, 95);

  it('response rate = valid ÷ distributed: 4 ÷ 10', () => {
    expect([a.distributed, a.returned, a.valid, a.invalid]).toEqual([10, 5, 4, 1]);
    expect(a.responseRate).toBe(0.4);
  });
  it('item 8: 满意 + 较满意 over its valid answers = 2 ÷ 4 = 50%; item 1: 3 ÷ 3 (one blank) = 100%', () => {
    const i8 = a.items[7];
    expect([i8.satisfied, i8.answered]).toEqual([2, 4]);
    expect(pct(i8.rate)).toBe('50.0%');
    expect([a.items[0].satisfied, a.items[0].answered, a.items[0].rate]).toEqual([3, 3, 1]);
    expect(i8.counts).toEqual([2, 0, 1, 1]);
  });
  it('overall over all items: 40 satisfied of 42 answers = 95.2%; only item 8 below the 95% target', () => {
    expect([a.overall.satisfied, a.overall.answered]).toEqual([40, 42]);
    expect(pct(a.overall.rate)).toBe('95.2%');
    expect(a.below).toEqual(['i8']);
  });
  it('per service: 客户服务 items 1–6 = 18 ÷ 18 (the half-blank one answered none); 维修服务 items 7–12 = 22 ÷ 24 = 91.7%', () => {
    expect(a.services.map((x) => [x.service, x.satisfied, x.answered])).toEqual([
      ['客户服务', 18, 18],
      ['维修服务', 22, 24],
    ]);
    expect(pct(a.services[1].rate)).toBe('91.7%');
  });
  it('per building: 1 (2 valid, 23 of 24), 2 (2 valid, 17 of 18), 3 (1 returned, invalid: no rate)', () => {
    expect(a.groups.map((g) => [g.group, g.returned, g.valid, g.overall.satisfied, g.overall.answered])).toEqual([
      ['1', 2, 2, 23, 24],
      ['2', 2, 2, 17, 18],
      ['3', 1, 0, 0, 0],
    ]);
    expect(a.groups[2].overall.rate).toBeUndefined();
  });
  it('a rate exactly at the target is met: 19 of 20 = 95%', () => {
    const rs: [string, Answer[]][] = Array.from({ length: 20 }, (_, k) => [
      `1-1-${String(k + 1).padStart(4, '0')}`,
      k ? all(S) : [B, ...all(S, 11)],
    ]);
    const x = analyse(
      survey(
        rs,
        rs.map(([u]) => u),
      ),
      95,
    );
    expect(x.items[0].rate).toBe(0.95);
    expect(x.below).toEqual([]);
    const y = analyse(
      survey(
        rs,
        rs.map(([u]) => u),
      ),
      95.5,
    );
    expect(y.below).toEqual(['i1']);
  });
  it('against last year, item by item and per service', () => {
    const last = survey(
      [
        ['1-1-0101', [...all(S, 7), B, ...all(S, 4)]],
        ['1-1-0102', all(S)],
      ],
      ['1-1-0101', '1-1-0102'],
      { id: 'DC2025-01', year: 2025 },
    );
    const b = analyse(s, 95, last);
    expect(b.items[7].previous).toBe(0.5);
    expect(b.items[0].previous).toBe(1);
    expect(b.previousOverall).toBe(23 / 24);
    expect(b.services[1].previous).toBe(11 / 12);
  });
});

describe('the sample', () => {
  const units = [
    ...Array.from({ length: 10 }, (_, k) => `1-1-${String(k + 1).padStart(4, '0')}`),
    ...Array.from({ length: 7 }, (_, k) => `2-1-${String(k + 1).padStart(4, '0')}`),
    '10-1-0101',
  ];
  it('by building, rounded up: 30% of 10 = 3, of 7 = 3 (2.1 up), of 1 = 1', () => {
    expect([sampleSize(10, 30), sampleSize(7, 30), sampleSize(1, 30), sampleSize(5, 100)]).toEqual([3, 3, 1, 5]);
    const x = drawSample(units, 30, 7);
    expect(x.filter((u) => u.startsWith('1-')).length).toBe(3);
    expect(x.filter((u) => u.startsWith('2-')).length).toBe(3);
    expect(x.filter((u) => u.startsWith('10-'))).toEqual(['10-1-0101']);
  });
  it('the same seed draws the same units whatever their order; another seed others', () => {
    expect(drawSample([...units].reverse(), 30, 7)).toEqual(drawSample(units, 30, 7));
    expect(drawSample(units, 30, 8)).not.toEqual(drawSample(units, 30, 7));
    expect(drawSample(units, 100, 1)).toEqual([...units].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });
});

describe('answers as typed', () => {
  const s = survey([['1-1-0101', all(S)]], ['1-1-0101', '1-1-0102']);
  it('a scale value, its number, or blank', () => {
    const q = s.questionnaire;
    expect([
      readAnswer(q, '较满意'),
      readAnswer(q, '3'),
      readAnswer(q, ''),
      readAnswer(q, '-'),
      readAnswer(q, '5'),
      readAnswer(q, 'good'),
    ]).toEqual([G, M, null, null, undefined, undefined]);
  });
  it('refuses an answer outside the scale, a unit not in the sample, one entered twice, too many answers', () => {
    const taken = new Set(['1-1-0101']);
    const bad = (c: ReturnType<typeof checkResponse>) => (c.ok ? '' : t(c.reason));
    expect(bad(checkResponse(s, '1-1-0102', ['1', '很好'], taken))).toContain('"很好" 不在评价等级中');
    expect(bad(checkResponse(s, '9-9-0909', ['1'], taken))).toContain('不在 DC2026-01 的样本中');
    expect(bad(checkResponse(s, '1-1-0101', ['1'], taken))).toContain('已录入');
    expect(bad(checkResponse(s, '1-1-0102', all('1', 13) as string[], taken))).toContain('答案 13 个');
    const good = checkResponse(s, '1-1-0102', ['1', '', '4'], taken, { suggestion: ' 多巡逻 ' });
    expect(good.ok && good.response).toEqual({
      respondent: '1-1-0102',
      answers: [S, null, B, ...all(null, 9)],
      suggestion: '多巡逻',
    });
  });
});

describe('closing', () => {
  it('needs an action for every item below target, and every action done or carried over', () => {
    const base = survey([], [], {
      state: 'analysed',
      analysis: { at: '2026-11-05', distributed: 1, returned: 1, valid: 1, rate: 90, below: ['i8', 'i9'] },
    });
    expect(closeBlockers(base).unactioned).toEqual(['i8', 'i9']);
    const act = (no: number, item: string, state: 'open' | 'done' | 'carried-over') => ({
      no,
      item,
      what: 'x',
      who: 'S001',
      due: '2027-01-31',
      state,
    });
    const some = { ...base, actions: [act(1, 'i8', 'done'), act(2, 'i9', 'open')] };
    expect(closeBlockers(some)).toEqual({ unactioned: [], open: [some.actions[1]] });
    expect(closeBlockers({ ...base, actions: [act(1, 'i8', 'done'), act(2, 'i9', 'carried-over')] })).toEqual({
      unactioned: [],
      open: [],
    });
  });
});
