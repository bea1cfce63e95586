// The rules of satisfaction surveys (spec procedures/13-survey.md; manual 三.6.12 a customer survey every twelve
// months, analysed and acted on; 三.5.9 a staff survey every year): the survey machine, the sample drawn by
// building from a seed, a questionnaire with more than half its items blank is invalid, the response rate
// (valid ÷ distributed), satisfaction per item = (满意 + 较满意) ÷ valid answers to it, per group and overall
// (over all items), against last year; items below the target need an action; closed when every action is
// done or carried over.  e.g. analyse(survey).items[0].rate → 0.9333 (14 of 15 satisfied)
import { defineMachine } from '../../core/case.js';
import { CONFIG_DEFAULTS, type SurveyState } from '../../core/enums.gen.js';
import { msg } from '../../core/i18n.js';
import type { SurveyRecord } from '../../core/types.gen.js';
import { Rng } from '../../kit/generate/rng.js';

export type Survey = SurveyRecord;
export type Questionnaire = Survey['questionnaire'];
export type Response = NonNullable<Survey['responses']>[number];
export type Action = NonNullable<Survey['actions']>[number];
export type Answer = string | null;

/** wuye.yaml `surveys` with the manual's values as defaults. */
export interface SurveyConf {
  target: number;
  rate: number;
}
export const cfg = (c: Partial<SurveyConf> | undefined): SurveyConf => ({
  ...(CONFIG_DEFAULTS.surveys as SurveyConf),
  ...(c ?? {}),
});

const CS = ['cs-manager', 'cs-assistant', 'director'] as const;
const MANAGERS = ['cs-manager', 'director'] as const;

export const SURVEY = defineMachine<SurveyState>({
  name: 'survey',
  initial: 'draft',
  states: {
    draft: msg('已建立', 'draft'),
    sampled: msg('已抽样', 'sampled'),
    analysed: msg('已分析', 'analysed'),
    closed: msg('已结束', 'closed'),
  },
  open: { roles: CS, label: msg('建立满意度调查', 'make a survey') },
  transitions: [
    { action: 'sample', from: ['draft', 'sampled'], to: 'sampled', roles: CS, label: msg('抽样', 'draw the sample') },
    { action: 'analyse', from: ['sampled', 'analysed'], to: 'analysed', roles: CS, label: msg('分析', 'analyse') },
    { action: 'close', from: ['analysed'], to: 'closed', roles: MANAGERS, label: msg('结束调查', 'close') },
  ],
});

// ---- the sample ----

/** Building of a unit id (1-2-0801 → 1). */
export const buildingOf = (unit: string): string => unit.split('-')[0];

/** How many of n a rate (%) draws in one building: rounded up, so every building is asked (n > 0). */
export const sampleSize = (n: number, rate: number): number => Math.min(n, Math.ceil((n * rate) / 100));

/**
 * The sample: in each building, `rate`% of its units (rounded up) chosen by a shuffle seeded from the seed and
 * the building — the same units and seed draw the same sample, whatever order the units come in.
 */
export function drawSample(units: readonly string[], rate: number, seed: number): string[] {
  const by = new Map<string, string[]>();
  for (const u of [...units].sort(unitOrder)) {
    const b = buildingOf(u);
    if (!by.has(b)) by.set(b, []);
    by.get(b)!.push(u);
  }
  const out: string[] = [];
  for (const [b, us] of [...by].sort(([x], [y]) => unitOrder(x, y))) {
    const rng = new Rng(`${seed}:${b}`);
    const xs = [...us];
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    out.push(...xs.slice(0, sampleSize(xs.length, rate)).sort(unitOrder));
  }
  return out;
}

/** Unit ids in a person's order: 2-1-0301 before 10-1-0101 (numbers compared as numbers). */
export const unitOrder = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** Questionnaire numbers of an anonymous survey: Q001 … */
export const numbers = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `Q${String(i + 1).padStart(n >= 1000 ? 4 : 3, '0')}`);

// ---- validity and rates ----

export const blanks = (answers: readonly Answer[]): number => answers.filter((a) => a === null || a === '').length;

/** A questionnaire with more than half its items blank is invalid (exactly half blank is still valid). */
export const isValid = (answers: readonly Answer[], items: number): boolean => blanks(answers) * 2 <= items;

export interface Rate {
  satisfied: number;
  answered: number;
  /** satisfied ÷ answered, undefined without answers. */
  rate: number | undefined;
}
const rateOf = (satisfied: number, answered: number): Rate => ({
  satisfied,
  answered,
  rate: answered ? satisfied / answered : undefined,
});

export interface ItemResult extends Rate {
  id: string;
  service: string;
  text: string;
  /** Answers per scale value, in scale order. */
  counts: number[];
  previous?: number;
  below: boolean;
}

export interface Analysis {
  distributed: number;
  returned: number;
  valid: number;
  invalid: number;
  /** valid ÷ distributed. */
  responseRate: number | undefined;
  items: ItemResult[];
  /** Over all items' answers. */
  overall: Rate;
  previousOverall?: number;
  /** Per service (the bar chart): over the answers of its items. */
  services: (Rate & { service: string; previous?: number })[];
  /** Per building (owners) or department (staff): each item's rate and the overall. */
  groups: { group: string; returned: number; valid: number; items: Rate[]; overall: Rate }[];
  below: string[];
}

/** Who a response is grouped under: the building of its unit, else its group (a staff department), else —. */
export const groupOf = (r: Response): string =>
  /^Q\d+$/.test(r.respondent) ? (r.group ?? '—') : buildingOf(r.respondent);

function tally(q: Questionnaire, rs: readonly Response[]) {
  const ok = new Set(q.satisfied);
  return q.items.map((_, i) => {
    let s = 0;
    let a = 0;
    for (const r of rs) {
      const v = r.answers[i];
      if (v === null || v === undefined || v === '') continue;
      a++;
      if (ok.has(v)) s++;
    }
    return rateOf(s, a);
  });
}
const sumRates = (xs: readonly Rate[]): Rate =>
  rateOf(
    xs.reduce((s, x) => s + x.satisfied, 0),
    xs.reduce((s, x) => s + x.answered, 0),
  );

/** The analysis of a survey: only valid questionnaires count; `last` is last year's survey of the same kind. */
export function analyse(s: Survey, target: number, last?: Survey): Analysis {
  const q = s.questionnaire;
  const n = q.items.length;
  const rs = s.responses ?? [];
  const valid = rs.filter((r) => isValid(r.answers, n));
  const distributed = s.sample?.respondents.length ?? 0;
  const rates = tally(q, valid);
  const prev = last ? analyse(last, target) : undefined;
  const prevOf = (id: string) => prev?.items.find((i) => i.id === id)?.rate;
  const items: ItemResult[] = q.items.map((it, i) => ({
    id: it.id,
    service: it.service,
    text: it.text,
    ...rates[i],
    counts: q.scale.map((v) => valid.filter((r) => r.answers[i] === v).length),
    previous: prevOf(it.id),
    below: rates[i].rate !== undefined && rates[i].rate! * 100 < target - 1e-9,
  }));
  const services = [...new Set(q.items.map((i) => i.service))].map((service) => {
    const r = sumRates(items.filter((i) => i.service === service));
    const pr = prev?.services.find((x) => x.service === service)?.rate;
    return { service, ...r, previous: pr };
  });
  const groupNames = [...new Set(rs.map(groupOf))].sort(unitOrder);
  const groups = groupNames.map((g) => {
    const mine = rs.filter((r) => groupOf(r) === g);
    const v = mine.filter((r) => isValid(r.answers, n));
    const its = tally(q, v);
    return { group: g, returned: mine.length, valid: v.length, items: its, overall: sumRates(its) };
  });
  return {
    distributed,
    returned: rs.length,
    valid: valid.length,
    invalid: rs.length - valid.length,
    responseRate: distributed ? valid.length / distributed : undefined,
    items,
    overall: sumRates(items),
    previousOverall: prev?.overall.rate,
    services,
    groups,
    below: items.filter((i) => i.below).map((i) => i.id),
  };
}

/** A rate as a person reads it: 0.93333 → "93.3%", none → "—". */
export const pct = (v: number | undefined): string =>
  v === undefined ? '—' : `${(Math.round(v * 1000) / 10).toFixed(1)}%`;

/** The stored overall rate: a percentage with one decimal, null without answers. */
export const pct1 = (v: number | undefined): number | null => (v === undefined ? null : Math.round(v * 1000) / 10);

// ---- answers ----

/** An answer as typed: a scale value, its number (1 = the first), or blank (-, empty) → null; else undefined. */
export function readAnswer(q: Questionnaire, raw: string | null | undefined): Answer | undefined {
  const v = (raw ?? '').trim();
  if (v === '' || v === '-' || v === '—') return null;
  if (q.scale.includes(v)) return v;
  if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= q.scale.length) return q.scale[Number(v) - 1];
  return undefined;
}

// ---- closing ----

/** What stops a survey closing: items below target without an action, and actions still open. */
export function closeBlockers(s: Survey): { unactioned: string[]; open: Action[] } {
  const actions = s.actions ?? [];
  const below = s.analysis?.below ?? [];
  return {
    unactioned: below.filter((id) => !actions.some((a) => a.item === id)),
    open: actions.filter((a) => a.state === 'open'),
  };
}

// ---- one questionnaire checked before it is written (enter and import alike) ----

export type Checked =
  { ok: true; response: Omit<Response, 'entered_at' | 'entered_by'> } | { ok: false; reason: ReturnType<typeof msg> };

/**
 * A questionnaire as typed: the respondent must be in the sample and not entered already (`taken`), every answer a
 * value of the scale (or its number), at most one answer per item; blanks are allowed (too many make it invalid,
 * which the analysis counts, not a mistake of entry).
 */
export function checkResponse(
  s: Survey,
  respondent: string,
  raw: readonly (string | null | undefined)[],
  taken: ReadonlySet<string>,
  extra: { group?: string; suggestion?: string } = {},
): Checked {
  const q = s.questionnaire;
  const bad = (zh: string, en: string): Checked => ({ ok: false, reason: msg(zh, en) });
  if (!(s.sample?.respondents ?? []).includes(respondent))
    return s.type === 'staff'
      ? bad(
          `问卷编号 ${respondent} 不在 ${s.id} 发放的问卷中`,
          `questionnaire ${respondent} was not handed out in ${s.id}`,
        )
      : bad(`房屋 ${respondent} 不在 ${s.id} 的样本中`, `unit ${respondent} is not in the sample of ${s.id}`);
  if (taken.has(respondent))
    return bad(`${respondent} 的问卷已录入`, `${respondent}'s questionnaire is already entered`);
  if (raw.length > q.items.length)
    return bad(
      `答案 ${raw.length} 个，问卷只有 ${q.items.length} 项`,
      `${raw.length} answers, the questionnaire has ${q.items.length} items`,
    );
  const answers: Answer[] = [];
  for (const [k, it] of q.items.entries()) {
    const a = readAnswer(q, raw[k]);
    if (a === undefined)
      return bad(
        `第 ${k + 1} 项（${it.text}）的答案 "${raw[k]}" 不在评价等级中（${q.scale.join('/')}，或 1–${q.scale.length}，空为未答）`,
        `item ${k + 1} (${it.id}): the answer "${raw[k]}" is not on the scale (${q.scale.join('/')}, or 1–${q.scale.length}, empty for blank)`,
      );
    answers.push(a);
  }
  const suggestion = extra.suggestion?.trim();
  return {
    ok: true,
    response: {
      respondent,
      ...(extra.group ? { group: extra.group } : {}),
      answers,
      ...(suggestion ? { suggestion } : {}),
    },
  };
}
