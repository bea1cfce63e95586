// The rules of receptions with the manual's numbers (四.1): for guests arriving at 09:00 and leaving at 10:30 the
// environment department is notified and the rooms are ready and re-checked by 08:30, tea by 09:05, service rounds
// at 09:15, 09:30, 09:45, 10:00 and 10:15; the utensils out and back; what blocks closing.
import { describe, expect, it } from 'vitest';
import { addMinutes, cfg, closeBlockers, timeline, utensils } from '../../../src/procedures/reception/rules.js';

const c = cfg(undefined);
const at = (hm: string) => `2026-12-03T${hm}:00+08:00`;

describe('the timeline from the arrival', () => {
  it("uses the manual's minutes by default: 30 before, tea within 5, a round every 15", () => {
    expect(c).toEqual({ prepare_minutes: 30, tea_minutes: 5, round_minutes: 15 });
  });
  it('for an arrival at 09:00 and an end at 10:30', () => {
    const items = timeline(
      { arrival: at('09:00'), end: at('10:30'), rooms: ['meeting-room', 'reception-room'], requirements: ['tea'] },
      c,
    );
    const by = Object.fromEntries(items.map((i) => [i.item, i.due?.slice(11, 16)]));
    expect(by).toEqual({
      environment: '08:30',
      'room-ready': '08:30',
      equipment: '08:30',
      greet: '09:00',
      tea: '09:05',
      'round-1': '09:15',
      'round-2': '09:30',
      'round-3': '09:45',
      'round-4': '10:00',
      'round-5': '10:15',
      'see-off': '10:30',
      clear: undefined,
    });
    expect(items.find((i) => i.item === 'environment')!.duty).toBe('environment');
  });
  it('a show flat gets its shoe covers ready; no meeting room and no projector, no equipment check', () => {
    const items = timeline({ arrival: at('14:30'), end: at('15:00'), rooms: ['show-flat'], requirements: [] }, c);
    expect(items.map((i) => i.item)).toEqual([
      'environment',
      'room-ready',
      'show-flat',
      'greet',
      'tea',
      'round-1',
      'see-off',
      'clear',
    ]);
  });
  it('a center may tighten the minutes (wuye.yaml reception)', () => {
    const items = timeline(
      { arrival: at('09:00'), end: at('09:30'), rooms: ['reception-room'] },
      cfg({ prepare_minutes: 60, round_minutes: 10 }),
    );
    expect(items.filter((i) => i.due).map((i) => i.due!.slice(11, 16))).toEqual([
      '08:00',
      '08:00',
      '09:00',
      '09:05',
      '09:10',
      '09:20',
      '09:30',
    ]);
  });
  it("adds minutes across midnight in the center's offset", () => {
    expect(addMinutes('2026-12-03T23:50:00+08:00', 15)).toBe('2026-12-04T00:05:00+08:00');
    expect(addMinutes('2026-12-03T00:10:00+08:00', -30)).toBe('2026-12-02T23:40:00+08:00');
  });
});

describe('utensils and closing', () => {
  const tea = [
    { round: 1, at: at('09:04'), by: 'S004', items: '绿茶 8 杯', out: 16 },
    { round: 2, at: at('09:15'), by: 'S004', items: '续水' },
    { round: 0, at: at('10:40'), by: 'S004', back: 15 },
  ];
  it('counts them out and back', () => {
    expect(utensils({ tea })).toEqual({ out: 16, back: 15, missing: 1 });
  });
  it('closes only with every utensil back or the difference explained, and the summary written', () => {
    expect(closeBlockers({ id: 'JD2026-0001', tea }, {}).map((b) => b.what.en)).toEqual([
      '1 utensil(s) not back (16 out)',
      'no summary',
    ]);
    expect(closeBlockers({ id: 'JD2026-0001', tea }, { back: 1, wentWell: '好', toImprove: '桌牌' })).toEqual([]);
    expect(closeBlockers({ id: 'JD2026-0001', tea }, { note: '打碎 1 只', wentWell: '好', toImprove: '桌牌' })).toEqual(
      [],
    );
    expect(closeBlockers({ id: 'JD2026-0001', tea }, { back: 2, wentWell: '好', toImprove: '桌牌' })).toHaveLength(1);
  });
});
