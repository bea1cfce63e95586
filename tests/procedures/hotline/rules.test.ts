// The hotline's rules (manual 三.6.6: a 24-hour phone with records): the staffed hours of wuye.yaml and the
// hours among them with no entry, merged into ranges, counted only once they are over on the day itself.
import { describe, expect, it } from 'vitest';
import { cfg, gaps, gapsText, staffedHours } from '../../../src/procedures/hotline/rules.js';

describe('staffed hours without an entry', () => {
  const conf = cfg(undefined);
  it('defaults to 08:00-18:00; a center sets its own (two shifts)', () => {
    expect(staffedHours(conf)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(staffedHours(cfg({ staffed_hours: ['00:00-08:00', '20:00-24:00'] }))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 20, 21, 22, 23,
    ]);
  });
  it('merges the empty hours into ranges; an entry at 08:59 covers 08:00–09:00', () => {
    expect(gaps(['08:59', '11:30', '11:45', '17:05', '21:00'], conf)).toEqual([
      { from: '09:00', to: '11:00' },
      { from: '12:00', to: '17:00' },
    ]);
    expect(gapsText(gaps([], conf))).toBe('08:00–18:00');
    expect(
      gaps(['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:59'], conf),
    ).toEqual([]);
  });
  it('on the day itself only the hours already over count', () => {
    expect(gaps(['08:10'], conf, 10)).toEqual([{ from: '09:00', to: '10:00' }]);
    expect(gaps([], conf, 8)).toEqual([]);
  });
});
