// The warranty report's state machine (spec procedures/06-warranty.md; manual 四.6): reported → routed (to the
// developer's engineering department or the contractor, with a deadline agreed) → completed → verified by the
// center (the owner confirms; a failed check goes back to routed) → closed (the return visit); out of warranty the
// report is converted at once into a paid repair of the center. The owner is answered within 2 working days.
// e.g. step(WARRANTY, 'routed', 'complete', ['cs-assistant']) → completed
import { defineMachine, type Role } from '../../core/case.js';
import { msg } from '../../core/i18n.js';
import { WARRANTY_STATE as STATES, type WarrantyState } from '../../core/enums.gen.js';
import type { WarrantyConf } from './rules.js';

export { STATES, type WarrantyState };

/** The desk that takes the report, routes and chases it (用户服务部), and the director. */
export const CS: readonly Role[] = ['cs-manager', 'cs-assistant', 'director'];
/** Who may agree a new deadline once the developer has missed one (the miss escalates to the cs-manager). */
export const MANAGERS: readonly Role[] = ['cs-manager', 'director'];
export const OPEN: readonly WarrantyState[] = ['reported', 'routed', 'completed', 'verified'];

export const WARRANTY = defineMachine<WarrantyState, WarrantyConf>({
  name: 'warranty',
  initial: 'reported',
  states: {
    reported: msg('已受理', 'reported'),
    routed: msg('已转交待整改', 'routed'),
    completed: msg('已完工待验收', 'completed, to check'),
    verified: msg('已验收待回访', 'checked, to visit'),
    closed: msg('已回访结案', 'closed'),
    converted: msg('已过保修期，转有偿维修', 'out of warranty, a paid repair'),
  },
  transitions: [
    { action: 'convert', from: ['reported'], to: 'converted', label: msg('转有偿维修', 'convert into a paid repair') },
    {
      action: 'route',
      from: ['reported', 'routed'],
      to: 'routed',
      roles: CS,
      label: msg('转交开发企业/施工单位', 'route to the developer or contractor'),
    },
    { action: 'complete', from: ['routed'], to: 'completed', roles: CS, label: msg('记录完工', 'record completion') },
    { action: 'verify', from: ['completed'], to: 'verified', roles: CS, label: msg('验收合格', 'check: passed') },
    { action: 'reject', from: ['completed'], to: 'routed', roles: CS, label: msg('验收不合格', 'check: failed') },
    { action: 'callback', from: ['verified'], to: 'closed', roles: CS, label: msg('回访结案', 'return visit') },
  ],
  deadlines: [
    {
      // spec 06: a report is answered to the owner within 2 working days (like a complaint)
      name: 'answer',
      label: msg('答复业主（转交或转有偿维修）', 'answer the owner (routed or converted)'),
      states: ['reported'],
      from: ['open'],
      met: ['route', 'convert'],
      days: (c) => c.answer_workdays,
    },
  ],
});

export const ACTS = {
  visit: {
    action: 'visit',
    what: msg('记录上门', 'record a visit'),
    states: ['routed'] as readonly WarrantyState[],
    roles: [...CS, 'engineer'] as readonly Role[],
  },
};
