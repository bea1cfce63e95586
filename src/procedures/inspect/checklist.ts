// Checklists as data (templates/checklists/NAME.yaml; a center's own under <records>/templates/checklists/ wins):
// items with their clause, how each is judged (pass/fail, a count at most `max`, a reading between `min` and
// `max`) and the points a failed item deducts. Loaded and checked whole: a bad file stops with what to fix.
// e.g. loadChecklist(ctx, 'conduct').items[0] → { id: 'uniform', clause: '一.3.1.1', judge: 'pass-fail', points: 2 }
import { readFileSync } from 'node:fs';
import { InvalidRecordError, NotFoundError } from '../../core/errors.js';
import { msg, type Msg } from '../../core/i18n.js';
import { parseRecordText } from '../../core/yamlio.js';
import type { Ctx } from '../../kit/context.js';
import { findTemplate, templateNames } from '../../kit/template-dirs.js';

export type Judge = 'pass-fail' | 'count' | 'reading';
export type Target = 'staff' | 'unit' | 'building' | 'place';

export interface ChecklistItem {
  id: string;
  clause: string;
  text: string;
  text_en?: string;
  judge: Judge;
  min?: number;
  max?: number;
  points: number;
}

export interface Checklist {
  name: string;
  title: string;
  title_en?: string;
  clause: string;
  target: Target;
  items: ChecklistItem[];
}

const NAME = /^[a-z0-9][a-z0-9-]*$/;
const JUDGES: readonly Judge[] = ['pass-fail', 'count', 'reading'];
const TARGETS: readonly Target[] = ['staff', 'unit', 'building', 'place'];

/** The names of every checklist (wuye's and the center's own). */
export const checklistNames = (ctx: Pick<Ctx, 'root' | 'config'>): string[] => templateNames(ctx, 'checklists');

function bad(file: string, what: Msg): never {
  throw new InvalidRecordError(
    msg(`检查表 ${file}: ${what.zh}`, `checklist ${file}: ${what.en}`),
    msg('对照 templates/checklists/README.md 修改', 'fix it following templates/checklists/README.md'),
    { file },
  );
}

/** A checklist by name, checked whole. */
export function loadChecklist(ctx: Pick<Ctx, 'root' | 'config'>, name: string): Checklist {
  const file = NAME.test(name) ? findTemplate(ctx, 'checklists', name) : undefined;
  if (!file)
    throw new NotFoundError(
      msg(`没有检查表 ${name}`, `no checklist ${name}`),
      msg(`可用的检查表: ${checklistNames(ctx).join('、')}`, `checklists: ${checklistNames(ctx).join(', ')}`),
    );
  const d = parseRecordText(readFileSync(file, 'utf8'), file) as Partial<Checklist> | null;
  if (!d || typeof d !== 'object') bad(file, msg('不是一个映射', 'not a mapping'));
  if (typeof d.title !== 'string') bad(file, msg('缺少 title', 'title missing'));
  if (!TARGETS.includes(d.target as Target))
    bad(file, msg(`target 须为 ${TARGETS.join('|')}`, `target must be ${TARGETS.join('|')}`));
  if (!Array.isArray(d.items) || !d.items.length) bad(file, msg('items 为空', 'no items'));
  const seen = new Set<string>();
  for (const [i, it] of d.items.entries()) {
    const at = `items[${i}]`;
    if (typeof it.id !== 'string' || !NAME.test(it.id)) bad(file, msg(`${at}: id 无效`, `${at}: bad id`));
    if (seen.has(it.id)) bad(file, msg(`${at}: id ${it.id} 重复`, `${at}: id ${it.id} repeated`));
    seen.add(it.id);
    if (typeof it.text !== 'string') bad(file, msg(`${at}: 缺少 text`, `${at}: text missing`));
    if (!JUDGES.includes(it.judge))
      bad(file, msg(`${at}: judge 须为 ${JUDGES.join('|')}`, `${at}: judge must be ${JUDGES.join('|')}`));
    if (typeof it.points !== 'number' || it.points < 0)
      bad(file, msg(`${at}: points 须为非负数`, `${at}: points must be ≥ 0`));
    if (it.judge !== 'pass-fail' && typeof it.max !== 'number')
      bad(file, msg(`${at}: ${it.judge} 项须给 max`, `${at}: a ${it.judge} item needs max`));
    it.clause = String(it.clause ?? d.clause ?? '');
  }
  return {
    name,
    title: d.title,
    title_en: d.title_en,
    clause: String(d.clause ?? ''),
    target: d.target as Target,
    items: d.items,
  };
}
