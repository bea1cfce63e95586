// Receptions of a generated estate (spec 15-reception.md; wuye demo generate). The demo profile writes, as of
// 2026-11-28: the housing bureau's inspection on 10-20 at 09:00 (closed, every utensil back), a visit from a sister
// estate to the show flat on 11-18 (closed, one cup broken and explained), and the developer's visit on 12-02 with
// its assignments made; the bench profile a few closed receptions a year.
// e.g. wuye demo generate DIR (named in the manifest)
import { addDays } from '../../core/dates.js';
import type { ReceptionNeed } from '../../core/enums.gen.js';
import { relPath } from '../../core/kinds.js';
import type { LogEntry } from '../../core/case.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { addMinutes, cfg, timeline, type Reception } from './rules.js';

const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

interface Story {
  organisation: string;
  guests: number;
  vips?: { name: string; title: string }[];
  purpose: string;
  arrival: string;
  minutes: number;
  rooms: Reception['rooms'];
  requirements: ReceptionNeed[];
  upTo: 'prepared' | 'closed';
  broken?: number;
}

function receptionOf(
  id: string,
  s: Story,
  staff: { manager: string; assistant: string; butler: string; other: string },
): Reception {
  const c = cfg(undefined);
  const end = addMinutes(s.arrival, s.minutes);
  const opened = at(addDays(s.arrival.slice(0, 10), -3), '10:00');
  const log: LogEntry[] = [{ at: opened, by: staff.manager, action: 'open', state: 'requested' }];
  const r: Reception = {
    kind: 'reception',
    id,
    organisation: s.organisation,
    guests: s.guests,
    ...(s.vips ? { vips: s.vips } : {}),
    purpose: s.purpose,
    arrival: s.arrival,
    end,
    rooms: s.rooms,
    requirements: s.requirements,
    manager: staff.manager,
    assignments: [
      { duty: 'greeter', staff: [staff.assistant] },
      { duty: 'tea', staff: [staff.other] },
      { duty: 'environment', staff: [staff.butler] },
      { duty: 'butler', staff: [staff.butler] },
    ],
    state: s.upTo,
    log,
  };
  const assigned = at(addDays(s.arrival.slice(0, 10), -2), '15:00');
  for (const a of r.assignments!)
    log.push({ at: assigned, by: staff.manager, action: 'assign', state: 'prepared', note: a.duty });
  if (s.upTo === 'prepared') return r;
  const items = timeline(r, c);
  const before = items.filter((i) => i.due && Date.parse(i.due) <= Date.parse(s.arrival));
  const after = items.filter((i) => i.item === 'see-off' || i.item === 'clear');
  r.checks = [
    ...before.map((i) => ({ item: i.item, at: addMinutes(i.due!, -3), by: staff.assistant })),
    ...after.map((i) => ({ item: i.item, at: addMinutes(end, 5), by: staff.assistant })),
  ];
  log.push({ at: s.arrival, by: staff.assistant, action: 'check', note: before.map((i) => i.item).join(' ') });
  log.push({ at: addMinutes(end, 5), by: staff.assistant, action: 'check', note: after.map((i) => i.item).join(' ') });
  const cups = s.guests * 2;
  r.tea = [
    {
      round: 1,
      at: addMinutes(s.arrival, 4),
      by: staff.other,
      items: `绿茶 ${s.guests} 杯、热毛巾 ${s.guests} 条`,
      out: cups,
    },
  ];
  const rounds = items.filter((i) => i.item.startsWith('round-'));
  rounds.forEach((i, k) => r.tea!.push({ round: k + 2, at: i.due!, by: staff.other, items: '续水' }));
  r.tea.push({ round: 0, at: addMinutes(end, 10), by: staff.other, back: cups - (s.broken ?? 0) });
  for (const x of r.tea) log.push({ at: x.at, by: staff.other, action: 'serve', state: 'in-progress' });
  log.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)); // stable: the order entered where times are equal
  if (s.broken) r.utensils_note = `收拾时打碎茶杯 ${s.broken} 只，已登记报损`;
  r.summary = {
    at: end.slice(0, 10),
    by: staff.manager,
    went_well: '准备提前到位，上茶及时，会议期间服务安静有序',
    to_improve: s.broken ? '器皿收拾应使用托盘，轻拿轻放' : '桌牌应提前一天核对职务',
  };
  log.push({ at: addMinutes(end, 30), by: staff.manager, action: 'close', state: 'closed' });
  return r;
}

const DEMO: Story[] = [
  {
    organisation: '市住房和城乡建设局物业管理科',
    guests: 6,
    vips: [{ name: '赵立新', title: '科长' }],
    purpose: '年度物业服务质量检查',
    arrival: at('2026-10-20', '09:00'),
    minutes: 90,
    rooms: ['meeting-room', 'reception-room'],
    requirements: ['tea', 'hot-towels', 'projector', 'name-cards', 'confidential'],
    upTo: 'closed',
  },
  {
    organisation: '阳光物业·翠湖苑服务中心',
    guests: 12,
    purpose: '参观学习样板房和客服中心',
    arrival: at('2026-11-18', '14:30'),
    minutes: 60,
    rooms: ['reception-room', 'show-flat'],
    requirements: ['tea', 'fruit', 'shoe-covers', 'photography'],
    upTo: 'closed',
    broken: 1,
  },
  {
    organisation: '开发企业工程部',
    guests: 5,
    purpose: '二期交付前工作协调会',
    arrival: at('2026-12-02', '09:30'),
    minutes: 90,
    rooms: ['meeting-room'],
    requirements: ['tea', 'projector'],
    upTo: 'prepared',
  },
];

export const receptionGenerator: KindGenerator = {
  name: 'reception',
  run(g: GenContext) {
    const role = (r: string) => g.estate.staff.find((s) => s.roles.includes(r as never) && !s.active_to)?.id ?? 'S001';
    const assistants = g.estate.staff.filter((s) => s.roles.includes('cs-assistant' as never) && !s.active_to);
    const staff = {
      manager: role('cs-manager'),
      assistant: assistants[0]?.id ?? role('cs-assistant'),
      other: assistants[1]?.id ?? assistants[0]?.id ?? role('cs-assistant'),
      butler: role('engineer'),
    };
    const write = (year: string, stories: Story[]) =>
      stories.forEach((s, i) => {
        const id = `JD${year}-${String(i + 1).padStart(4, '0')}`;
        g.out.record(relPath('reception', id), receptionOf(id, s, staff) as unknown as Record<string, unknown>);
      });
    if (g.opts.profile === 'demo') {
      write('2026', DEMO);
      return;
    }
    const asOf = g.opts.asOf;
    const first = Number(g.estate.history.from.slice(0, 4));
    const perYear = 4 + Math.floor(g.opts.units / 1000);
    for (let year = first; year <= Number(asOf.slice(0, 4)); year++) {
      const from = year === first ? g.estate.history.from : `${year}-01-01`;
      const to = year === Number(asOf.slice(0, 4)) ? addDays(asOf, -3) : `${year}-12-31`;
      if (from > to) continue;
      const stories = Array.from({ length: perYear }, () => g.rng.date(from, to))
        .sort()
        .map((d): Story => ({
          organisation: g.rng.pick(['区住建局', '街道办事处', '公司总部品质部', '兄弟项目服务中心', '业主委员会']),
          guests: g.rng.int(3, 15),
          purpose: '检查指导工作',
          arrival: at(d, g.rng.pick(['09:00', '09:30', '14:30', '15:00'])),
          minutes: g.rng.pick([60, 90, 120]),
          rooms: ['meeting-room', 'reception-room'],
          requirements: ['tea', 'hot-towels'],
          upTo: 'closed',
          ...(g.rng.chance(0.2) ? { broken: 1 } : {}),
        }));
      write(String(year), stories);
    }
  },
};
