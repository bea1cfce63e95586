// Which staff roles work (src/core/audit/roles.ts; issue 12 item 20), as pure steps over a staff file's commits:
// added through wuye → in force; added by hand → not, until the director's confirm-roles commit; removed → gone.
import { describe, expect, it } from 'vitest';
import { CONFIRM_SUBJECT, roleStep } from '../../src/core/audit/roles.js';

const tool = {
  trailers: { operator: 'S001', command: 'wuye staff update S003', recovered: false },
  subject: 'staff: update S003',
};
const hand = { trailers: { recovered: false }, subject: 'make S003 director' };
const confirm = { ...tool, subject: CONFIRM_SUBJECT('S003') };

describe('roleStep', () => {
  it('honours roles wuye added, not those added by hand, until confirmed', () => {
    let h = roleStep(new Set(), [], ['cs-assistant'], tool, 'S003').honoured;
    expect([...h]).toEqual(['cs-assistant']);
    const byHand = roleStep(h, ['cs-assistant'], ['cs-assistant', 'director'], hand, 'S003');
    expect(byHand).toMatchObject({ added: ['director'], viaTool: false });
    h = byHand.honoured;
    expect([...h]).toEqual(['cs-assistant']);
    // a later wuye commit that does not touch the roles does not launder the hand-added one
    h = roleStep(h, ['cs-assistant', 'director'], ['cs-assistant', 'director'], tool, 'S003').honoured;
    expect([...h]).toEqual(['cs-assistant']);
    const c = roleStep(h, ['cs-assistant', 'director'], ['cs-assistant', 'director'], confirm, 'S003');
    expect(c.confirms).toBe(true);
    expect([...c.honoured].sort()).toEqual(['cs-assistant', 'director']);
  });
  it('a role removed by any commit is gone', () => {
    const h = roleStep(new Set(['director', 'cs-manager']), ['director', 'cs-manager'], ['cs-manager'], hand, 'S001');
    expect([...h.honoured]).toEqual(['cs-manager']);
    expect(h.removed).toEqual(['director']);
  });
  it("another staff member's confirmation subject confirms nothing here", () => {
    const other = { ...tool, subject: CONFIRM_SUBJECT('S004') };
    expect(roleStep(new Set(), ['x'], ['x', 'director'], other, 'S003').confirms).toBe(false);
  });
});
