// A round as staff read it — each item of its checklist with its clause, how it is judged, its points, the
// result — for `inspect show` and the printed record (templates/forms/inspect/round.yaml), and the blank sheet.
// e.g. roundRows(cl, round) → [{ clause: '一.3.1.3', text: '工作牌…', judge: '合格/不合格', points: 2, result: '不合格' }]
import { label } from '../../core/labels.js';
import { t } from '../../core/i18n.js';
import type { Checklist, ChecklistItem } from './checklist.js';
import { scoreRound, whereText, type Round } from './rules.js';

export function judgeText(it: ChecklistItem): string {
  if (it.judge === 'count') return t({ zh: `计数 ≤ ${it.max}`, en: `count ≤ ${it.max}` });
  if (it.judge === 'reading')
    return t({ zh: `读数 ${it.min ?? ''}～${it.max}`, en: `reading ${it.min ?? ''}–${it.max}` });
  return t({ zh: '合格/不合格', en: 'pass/fail' });
}

export function roundRows(cl: Checklist, round?: Pick<Round, 'results'>) {
  const by = new Map((round?.results ?? []).map((r) => [r.item, r]));
  return cl.items.map((it) => {
    const r = by.get(it.id);
    return {
      item: it.id,
      clause: it.clause,
      text: t({ zh: it.text, en: it.text_en ?? it.text }),
      judge: judgeText(it),
      points: it.points,
      result: r ? label('checklistResult', r.result) : '',
      value: r?.value ?? '',
      deducted: r?.result === 'fail' ? it.points : '',
      note: r?.note ?? '',
    };
  });
}

/** The data of the printed round: filled, or (no round) the blank sheet of a checklist. */
export function roundData(cl: Checklist, round?: Round) {
  const s = round ? scoreRound(cl, round.results) : undefined;
  return {
    round: {
      id: round?.id ?? '',
      title: t({ zh: cl.title, en: cl.title_en ?? cl.title }),
      clause: cl.clause,
      date: round?.date ?? '',
      by: round?.by ?? '',
      where: round ? whereText(round.where) : '',
      total: s?.total ?? cl.items.reduce((a, i) => a + i.points, 0),
      deducted: s ? `${s.deducted} / ${s.score}` : '',
      photos: (round?.photos ?? []).join('、'),
      notes: round?.notes ?? '',
    },
    items: roundRows(cl, round),
    follow_ups: (round?.follow_ups ?? []).map((f) => ({ what: f.what, ref: f.ref ?? '' })),
  };
}
