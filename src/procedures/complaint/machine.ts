// The complaint case's state machine (spec procedures/14-complaints-hotline-repairs.md; manual 三.3.5–3.9,
// 三.4.3): received → assigned (to a department or a colleague; again after an unsatisfied return visit) →
// resolved (with what was done) → closed; the acts on the way (feedback, follow-up, the upward report of a
// major complaint, the return visit); the clocks on the machine — feedback to the complainant within 2
// working days of receipt, a major complaint reported upward within 1 (wuye.yaml `complaint`).
// e.g. step(COMPLAINT, 'resolved', 'close', ['cs-assistant']) → closed
import { defineMachine, type Role } from '../../core/case.js';
import { msg, type Msg } from '../../core/i18n.js';
import { COMPLAINT_STATE as STATES, type ComplaintState } from '../../core/enums.gen.js';
import type { ComplaintRecord } from '../../core/types.gen.js';

export { STATES, type ComplaintState };

/** The customer service department (the dedicated post of 三.3.6) and the director. */
export const CS: readonly Role[] = ['cs-manager', 'cs-assistant', 'director'];
/** Whoever handles a complaint and records what was done: the desk, engineering, security. */
export const HANDLERS: readonly Role[] = [...CS, 'engineer', 'security'];
/** The states of a complaint not yet closed. */
export const OPEN: readonly ComplaintState[] = ['received', 'assigned', 'resolved'];

/** What the deadlines read from wuye.yaml `complaint` (defaults applied by rules.ts cfg). */
export interface ComplaintConf {
  feedback_workdays: number;
  major_report_workdays: number;
  report_to: string;
}

export const COMPLAINT = defineMachine<ComplaintState, ComplaintConf>({
  name: 'complaint',
  initial: 'received',
  states: {
    received: msg('已受理', 'received'),
    assigned: msg('处理中', 'being handled'),
    resolved: msg('已处理待回访', 'resolved, to visit'),
    closed: msg('已结案', 'closed'),
  },
  transitions: [
    {
      action: 'assign',
      from: ['received', 'assigned', 'resolved'],
      to: 'assigned',
      roles: CS,
      label: msg('派单/转交', 'assign or hand over'),
    },
    {
      action: 'resolve',
      from: ['received', 'assigned'],
      to: 'resolved',
      roles: HANDLERS,
      label: msg('记录处理结果', 'record the resolution'),
    },
    { action: 'close', from: ['resolved'], to: 'closed', roles: CS, label: msg('结案', 'close') },
  ],
  deadlines: [
    {
      // 三.3.6: every complaint answered to the owner within 2 working days of receipt
      name: 'feedback',
      label: msg('反馈投诉人', 'feedback to the complainant'),
      states: OPEN,
      from: ['open'],
      met: ['feedback'],
      days: (c) => c.feedback_workdays,
    },
    {
      // 三.4.3: major complaints reported to the departments or persons concerned within one working day
      name: 'report',
      label: msg('重大投诉向上通报', 'report the major complaint upward'),
      states: OPEN,
      from: ['open'],
      met: ['escalate'],
      when: (c: ComplaintRecord) => c.severity === 'major',
      days: (c) => c.major_report_workdays,
    },
  ],
});

/** Acts on a complaint that are not a change of state: in which states, by which roles. */
export interface Act {
  action: string;
  what: Msg;
  states: readonly ComplaintState[];
  roles: readonly Role[];
}

export const ACTS = {
  feedback: { action: 'feedback', what: msg('反馈投诉人', 'give the complainant feedback'), states: OPEN, roles: CS },
  escalate: {
    action: 'escalate',
    what: msg('向上通报', 'report it upward'),
    states: OPEN,
    roles: CS,
  },
  followUp: { action: 'follow-up', what: msg('记录跟进', 'record a follow-up'), states: OPEN, roles: HANDLERS },
  callback: { action: 'callback', what: msg('回访', 'make the return visit'), states: ['resolved'], roles: CS },
} as const satisfies Record<string, Act>;
