// Reading notice templates (templates/texts/notice/<template>.md; a center's own under <records>/templates/
// overrides wuye's, as for every template) and the values a notice is filled from: the center, the estate,
// the notice's dates, an event's facts, the fee ledger's figures of a year, and what the person sets.
// e.g. noticeData(sourceOf(ctx), { template: 'water-cut', values: { reason: '二次供水水箱清洗' }, from, to })
import { readFileSync } from 'node:fs';
import type { Ctx } from '../../kit/context.js';
import type { NoticeTemplate } from '../../core/enums.gen.js';
import type { Config } from '../../core/root.js';
import type { Store } from '../../core/store.js';
import { formatYuan } from '../../core/money.js';

import { templateFile } from '../../render/templates.js';
import { eventFacts } from '../event/api.js';
import { feeYearFigures, type FeesConfig } from '../fee/api.js';
import { parseNoticeTemplate, type NoticeTemplateText } from './rules.js';

export function loadNoticeTemplate(
  root: string,
  overrides: string | undefined,
  template: NoticeTemplate,
): NoticeTemplateText {
  const file = templateFile(root, overrides ?? 'templates', 'texts', `notice/${template}`);
  return parseNoticeTemplate(readFileSync(file, 'utf8'));
}

/** What the figures and the template data are read from: a command's context, or a generator's estate. */
export interface Source {
  store: Store;
  config: Pick<Config, 'center' | 'fees'>;
  today: string;
}

export interface Inputs {
  template: NoticeTemplate;
  values: Record<string, string>;
  from: string;
  to: string;
  event?: string;
  year?: number;
  /** The year's figures when already read (disclosureFigures), so the ledger is scanned once. */
  figures?: ReturnType<typeof disclosureFigures>;
}

/** The fee figures of a year as the disclosure template prints them (fee.*) and as the record keeps them. */
export function disclosureFigures(src: Source, year: number) {
  const f = feeYearFigures(src.store, year, (src.config.fees ?? {}) as FeesConfig);
  const rate = f.billed ? `${((f.received / f.billed) * 100).toFixed(1)}%` : '—';
  return {
    figures: f,
    model: {
      year: String(year),
      billed: f.billed,
      received: f.received,
      rate,
      income: f.income,
      items: f.items.map((i) => `- ${i.name}：${formatYuan(i.amount)}`).join('\n') || '- （本年度无收入记录）',
    },
  };
}

/** Everything a notice template may name: center.*, estate.*, notice.*, event.*, fee.*, and the values set. */
export function noticeData(src: Source, o: Inputs): Record<string, unknown> {
  const data: Record<string, unknown> = {
    ...o.values,
    center: src.config.center,
    estate: { name: src.config.center.estate },
    notice: { from: o.from, to: o.to },
    today: src.today,
  };
  if (o.event) data.event = eventFacts(src.store, o.event);
  if (o.year !== undefined) data.fee = (o.figures ?? disclosureFigures(src, o.year)).model;
  return data;
}

export const sourceOf = (ctx: Ctx): Source => ({ store: ctx.store, config: ctx.config, today: ctx.today() });
