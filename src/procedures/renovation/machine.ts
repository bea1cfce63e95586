// The renovation case's state machine exactly as the spec draws it (spec
// procedures/03-renovation.md "States"; manual 四.3): who may take each step, and the
// deadlines the manual sets (engineering review within 2 working days, the director's
// decision within 1 — the numbers from wuye.yaml `renovation`).
// e.g. step(RENOVATION, 'under-review', 'review-pass', ['engineer']) → reviewed
import { defineMachine } from '../../core/case.js';
import { msg } from '../../core/i18n.js';
import { RENOVATION_STATE as STATES, type RenovationState } from '../../core/enums.gen.js';

export { STATES, type RenovationState };

/** States from which the case may still be withdrawn (anything before the permit). */
export const BEFORE_PERMIT: readonly RenovationState[] = [
  'applied',
  'under-review',
  'rejected',
  'reviewed',
  'director-rejected',
  'approved',
];

const CS = ['cs-manager', 'cs-assistant', 'director'] as const;

/** What the deadlines read from the configuration (wuye.yaml `renovation`, defaults applied by rules.ts cfg). */
export interface DeadlineConf {
  review_workdays: number;
  decision_workdays: number;
}

export const RENOVATION = defineMachine<RenovationState, DeadlineConf>({
  name: 'renovation',
  initial: 'applied',
  // 4.1 / 5.1.1: 用户服务部 takes the application (complete or not)
  open: { roles: CS, label: msg('受理装修申请', 'take a renovation application') },
  states: {
    applied: msg('已申请', 'applied'),
    'under-review': msg('工程审核中', 'under engineering review'),
    rejected: msg('审核退回', 'returned by engineering'),
    reviewed: msg('待主任审批', 'reviewed, awaiting the director'),
    'director-rejected': msg('主任退回', 'returned by the director'),
    approved: msg('已批准', 'approved'),
    permitted: msg('已发施工许可证', 'permit issued'),
    'in-progress': msg('施工中', 'in progress'),
    suspended: msg('停工', 'suspended'),
    completed: msg('已完工待验收', 'completed, awaiting acceptance'),
    accepted: msg('验收合格', 'accepted'),
    refunded: msg('押金已退', 'deposit refunded'),
    closed: msg('已结案', 'closed'),
    withdrawn: msg('已撤回', 'withdrawn'),
  },
  transitions: [
    {
      action: 'submit',
      from: ['applied'],
      to: 'under-review',
      roles: CS,
      label: msg('送工程部审核', 'send to engineering review'),
    },
    {
      action: 'review-reject',
      from: ['under-review'],
      to: 'rejected',
      roles: ['engineer'],
      label: msg('工程审核退回', 'engineering rejects'),
    },
    {
      action: 'revise',
      from: ['rejected'],
      to: 'applied',
      roles: CS,
      label: msg('申请人修改后重新申请', 'applicant revises'),
    },
    {
      action: 'review-pass',
      from: ['under-review'],
      to: 'reviewed',
      roles: ['engineer'],
      label: msg('工程审核通过', 'engineering passes'),
    },
    {
      action: 'director-reject',
      from: ['reviewed'],
      to: 'director-rejected',
      roles: ['director'],
      label: msg('主任退回', 'director rejects'),
    },
    {
      action: 'return-to-review',
      from: ['director-rejected'],
      to: 'under-review',
      roles: ['director'],
      label: msg('退回工程部复审', 'back to engineering review'),
    },
    {
      action: 'approve',
      from: ['reviewed'],
      to: 'approved',
      roles: ['director'],
      label: msg('主任批准', 'director approves'),
    },
    {
      action: 'permit',
      from: ['approved'],
      to: 'permitted',
      roles: CS,
      label: msg('发施工许可证', 'issue the permit'),
    },
    {
      action: 'start',
      from: ['permitted'],
      to: 'in-progress',
      roles: [...CS, 'engineer', 'security'],
      label: msg('开工', 'start work'),
    },
    {
      action: 'suspend',
      from: ['in-progress'],
      to: 'suspended',
      roles: ['engineer', 'security', 'director'],
      label: msg('停工', 'suspend'),
    },
    {
      action: 'resume',
      from: ['suspended'],
      to: 'in-progress',
      roles: ['engineer', 'director'],
      label: msg('复工', 'resume'),
    },
    {
      action: 'complete',
      from: ['in-progress'],
      to: 'completed',
      roles: [...CS, 'engineer'],
      label: msg('完工申报', 'report completion'),
    },
    {
      action: 'accept',
      from: ['completed'],
      to: 'accepted',
      roles: ['engineer'],
      label: msg('竣工验收合格', 'accept the works'),
    },
    {
      action: 'refund',
      from: ['accepted'],
      to: 'refunded',
      roles: ['cashier'],
      label: msg('退还押金', 'pay the deposit refund'),
    },
    { action: 'close', from: ['refunded'], to: 'closed', roles: CS, label: msg('结案', 'close') },
    { action: 'withdraw', from: BEFORE_PERMIT, to: 'withdrawn', roles: CS, label: msg('撤回申请', 'withdraw') },
  ],
  deadlines: [
    {
      // from the complete application (or the director sending it back), 四.3
      name: 'review',
      label: msg('工程审核', 'engineering review'),
      states: ['under-review'],
      from: ['submit', 'return-to-review'],
      met: ['review-pass', 'review-reject'],
      cancelled: ['withdraw'],
      days: (c) => c.review_workdays,
    },
    {
      // from the reviewed application reaching the director, 四.3
      name: 'decision',
      label: msg('主任审批', "director's decision"),
      states: ['reviewed'],
      from: ['review-pass'],
      met: ['approve', 'director-reject'],
      cancelled: ['withdraw'],
      days: (c) => c.decision_workdays,
    },
  ],
});
