// Public notices of a generated estate (manual 二.8, 三.6.13; wuye demo generate). Each notice is written from
// its template exactly as `notice new` fills it — the fee disclosure with the generated fee ledger's figures —
// and taken through approval, posting and removal as the commands take it. The demo profile: the 2025 fee
// disclosure (posted and taken down), a water cut, a lift maintenance notice still up past its end (expired),
// a fee collection notice up, the New Year holiday hours approved but not posted, and the New Year party's
// notice awaiting approval; the bench profile a disclosure and a dozen notices a year over the history.
// e.g. wuye demo generate DIR (named in the manifest; writes in the second pass, after the fee generator has put the
// counter's money on the fee accounts)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { addDays } from '../../core/dates.js';
import type { LogEntry } from '../../core/case.js';
import type { NoticeTemplate } from '../../core/enums.gen.js';
import { relPath } from '../../core/kinds.js';
import { formatMoney } from '../../core/money.js';
import type { Config } from '../../core/root.js';
import { Store } from '../../core/store.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { fillNotice, type Notice } from './rules.js';
import { disclosureFigures, loadNoticeTemplate, noticeData, type Source } from './texts.js';

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

interface Story {
  template: NoticeTemplate;
  values?: Record<string, string>;
  drafted: string;
  from: string;
  to: string;
  year?: number;
  event?: string;
  upTo: 'draft' | 'approved' | 'posted' | 'removed';
  places?: string[];
  removed?: string;
}

function noticeOf(
  src: Source,
  root: string,
  id: string,
  s: Story,
  staff: { manager: string; assistant: string },
): Notice {
  const t = loadNoticeTemplate(root, undefined, s.template);
  const disc = s.year !== undefined ? disclosureFigures(src, s.year) : undefined;
  const data = noticeData(
    { ...src, today: s.drafted },
    {
      template: s.template,
      values: s.values ?? {},
      from: s.from,
      to: s.to,
      event: s.event,
      year: s.year,
      figures: disc,
    },
  );
  const filled = fillNotice(t, data);
  if (filled.missing.length) throw new Error(`notice demo ${id}: unfilled ${filled.missing.join(', ')}`);
  const log: LogEntry[] = [{ at: at(s.drafted, '10:00'), by: staff.assistant, action: 'open', state: 'draft' }];
  const n: Notice = {
    kind: 'notice',
    id,
    template: s.template,
    title: filled.title,
    body: filled.body,
    ...(s.values && Object.keys(s.values).length ? { values: s.values } : {}),
    ...(s.event ? { event: s.event } : {}),
    ...(disc
      ? {
          disclosure: {
            year: disc.figures.year,
            billed: formatMoney(disc.figures.billed),
            received: formatMoney(disc.figures.received),
            income: formatMoney(disc.figures.income),
          },
        }
      : {}),
    from: s.from,
    to: s.to,
    state: s.upTo,
    log,
  };
  if (s.upTo === 'draft') return n;
  n.approval = { by: staff.manager, at: at(s.drafted, '15:00') };
  log.push({ at: n.approval.at, by: staff.manager, action: 'approve', state: 'approved' });
  if (s.upTo === 'approved') return n;
  const places = s.places ?? ['小区公告栏', '各楼栋大堂'];
  n.postings = places.map((place) => ({
    place,
    posted: s.from,
    by: staff.assistant,
    ...(s.removed ? { removed: s.removed, removed_by: staff.assistant } : {}),
  }));
  log.push({ at: at(s.from, '08:30'), by: staff.assistant, action: 'post', state: 'posted' });
  if (s.removed) log.push({ at: at(s.removed, '08:30'), by: staff.assistant, action: 'remove', state: 'removed' });
  return n;
}

const SPENDING =
  '人员费用、公共区域水电能耗、绿化养护、清洁卫生、秩序维护、共用设施设备日常运行维护、办公及保险等支出明细详见服务中心公示栏所附《物业服务费支出明细表》，欢迎业主查阅。';

const DEMO: Story[] = [
  {
    template: 'fee-disclosure',
    year: 2025,
    values: { spending: SPENDING },
    drafted: '2026-02-25',
    from: '2026-03-01',
    to: '2026-03-31',
    upTo: 'removed',
    places: ['小区公告栏'],
    removed: '2026-04-01',
  },
  {
    template: 'water-cut',
    values: {
      reason: '二次供水水箱年度清洗消毒',
      date: '2026-06-12',
      time: '09:00 至 17:00',
      area: '1 栋、2 栋全部住户',
    },
    drafted: '2026-06-08',
    from: '2026-06-09',
    to: '2026-06-12',
    upTo: 'removed',
    removed: '2026-06-13',
  },
  {
    template: 'lift-maintenance',
    values: {
      lift: '2 栋 1 单元、2 单元电梯',
      date: '2026-11-18',
      time: '09:00 至 12:00',
      company: '长沙市恒通电梯维保有限公司',
    },
    drafted: '2026-11-12',
    from: '2026-11-14',
    to: '2026-11-18',
    upTo: 'posted',
    places: ['2 栋 1 单元大堂', '2 栋 2 单元大堂'],
  },
  {
    template: 'fee-collection',
    values: {
      period: '2026 年 12 月',
      items: '物业管理服务费、公共能耗分摊费',
      due: '2026-12-31',
      place: '服务中心前台',
      hours: '每日 08:30 至 18:00',
    },
    drafted: '2026-11-20',
    from: '2026-11-21',
    to: '2026-12-31',
    upTo: 'posted',
  },
  {
    template: 'holiday-hours',
    values: { holiday: '2027 年元旦', days: '2027 年 1 月 1 日至 1 月 3 日', hours: '每日 09:00 至 17:00' },
    drafted: '2026-11-26',
    from: '2026-12-25',
    to: '2027-01-03',
    upTo: 'approved',
  },
  {
    template: 'event',
    event: 'HD2026-0008',
    values: { sign_up: '即日起至 12 月 15 日到服务中心前台或致电报名' },
    drafted: '2026-11-27',
    from: '2026-11-30',
    to: '2026-12-20',
    upTo: 'draft',
  },
];

export const noticeGenerator: KindGenerator = {
  name: 'notice',
  run() {},
  // in the second pass: the fee generator writes the fee accounts (with the counter's money) in its own finish
  finish(g: GenContext) {
    const root = g.out.root;
    const config = jsyaml.load(readFileSync(join(root, 'wuye.yaml'), 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as Config;
    const src: Source = { store: new Store(root), config, today: g.opts.asOf };
    const role = (r: string) => g.estate.staff.find((s) => s.roles.includes(r as never) && !s.active_to)?.id ?? 'S001';
    const staff = { manager: role('cs-manager'), assistant: role('cs-assistant') };
    const write = (year: number, stories: Story[]) =>
      stories.forEach((s, i) => {
        const id = `GG${year}-${String(i + 1).padStart(4, '0')}`;
        g.out.record(relPath('notice', id), noticeOf(src, root, id, s, staff) as unknown as Record<string, unknown>);
      });
    if (g.opts.profile === 'demo') {
      write(2026, DEMO);
      return;
    }
    const asOf = g.opts.asOf;
    const first = Number(g.estate.history.from.slice(0, 4));
    const per = 12 + Math.floor(g.opts.units / 500);
    const kinds: NoticeTemplate[] = ['water-cut', 'power-cut', 'lift-maintenance', 'holiday-hours'];
    for (let year = first; year <= Number(asOf.slice(0, 4)); year++) {
      const stories: Story[] = [];
      if (year > first && `${year}-03-31` < asOf)
        stories.push({
          template: 'fee-disclosure',
          year: year - 1,
          values: { spending: SPENDING },
          drafted: `${year}-02-25`,
          from: `${year}-03-01`,
          to: `${year}-03-31`,
          upTo: 'removed',
          places: ['小区公告栏'],
          removed: `${year}-04-01`,
        });
      for (let k = 0; k < per; k++) {
        const from = addDays(`${year}-01-01`, g.rng.int(0, 360));
        const to = addDays(from, g.rng.int(1, 10));
        if (from >= asOf) continue;
        const template = kinds[g.rng.int(0, kinds.length - 1)];
        const values: Record<string, string> =
          template === 'holiday-hours'
            ? { holiday: '法定节假日', days: `${from} 起`, hours: '每日 09:00 至 17:00' }
            : template === 'lift-maintenance'
              ? { lift: `${g.rng.int(1, 9)} 栋电梯`, date: to, time: '09:00 至 12:00', company: '电梯维保单位' }
              : { reason: '设备检修', date: to, time: '09:00 至 17:00', area: `${g.rng.int(1, 9)} 栋` };
        const done = addDays(to, 1) <= asOf;
        stories.push({
          template,
          values,
          drafted: addDays(from, -1),
          from,
          to,
          upTo: done ? 'removed' : 'posted',
          removed: done ? addDays(to, 1) : undefined,
        });
      }
      stories.sort((a, b) => a.drafted.localeCompare(b.drafted));
      write(year, stories);
    }
  },
};
