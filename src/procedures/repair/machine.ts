// The repair order's state machine (spec procedures/14-complaints-hotline-repairs.md; manual 三.6.6, 三.7.1,
// 三.7.6): received → assigned (a technician and the appointment) → on-site (arrival, punctual or not) → done
// (what was done, materials, the charge of a paid repair) → signed (the owner's sign-off; a paid one paid to
// the cashier) → closed (the return visit). Acts on the way: none change the state.
// e.g. step(REPAIR, 'on-site', 'done', ['engineer']) → done
import { defineMachine, type Role } from '../../core/case.js';
import { msg, type Msg } from '../../core/i18n.js';
import { REPAIR_STATE as STATES, type RepairState } from '../../core/enums.gen.js';

export { STATES, type RepairState };

/** The desk that takes the report and dispatches (用户服务部) and the director. */
export const CS: readonly Role[] = ['cs-manager', 'cs-assistant', 'director'];
/** Who records the work on site: the technician (engineering), or the desk on the technician's word. */
export const WORK: readonly Role[] = [...CS, 'engineer'];
/** The states of an order not yet closed. */
export const OPEN: readonly RepairState[] = ['received', 'assigned', 'on-site', 'done', 'signed'];

export const REPAIR = defineMachine<RepairState>({
  name: 'repair',
  initial: 'received',
  states: {
    received: msg('已受理', 'received'),
    assigned: msg('已派工', 'assigned'),
    'on-site': msg('维修中', 'on site'),
    done: msg('已完工待签认', 'done, to sign'),
    signed: msg('已签认待回访', 'signed, to visit'),
    closed: msg('已回访结单', 'closed'),
  },
  transitions: [
    {
      action: 'assign',
      from: ['received', 'assigned'],
      to: 'assigned',
      roles: WORK,
      label: msg('派工', 'assign a technician'),
    },
    { action: 'arrive', from: ['assigned'], to: 'on-site', roles: WORK, label: msg('到场', 'arrive') },
    { action: 'done', from: ['on-site'], to: 'done', roles: WORK, label: msg('完工', 'finish the work') },
    { action: 'signoff', from: ['done'], to: 'signed', roles: WORK, label: msg('业主签认', "the owner's sign-off") },
    { action: 'callback', from: ['signed'], to: 'closed', roles: CS, label: msg('回访结单', 'return visit') },
  ],
});

export interface Act {
  action: string;
  what: Msg;
  states: readonly RepairState[];
  roles: readonly Role[];
}
