// The acts of a renovation case that are not steps of its machine (manual 四.3): signing the
// agreement, workers and their passes, money, inspections, violations and their rectification,
// a failed acceptance, the director's approval of the refund — each allowed in some states, to
// some roles. Declared once, for the commands (recordAct) and the demo generator alike.
// e.g. recordAct(tx, RENOVATION_CASES, actor(ctx), id, ACTS.sign, () => ({ agreement }))
import type { Role } from '../../core/case.js';
import { msg, type Msg } from '../../core/i18n.js';
import type { RenovationState } from './machine.js';

export interface Act {
  action: string;
  what: Msg;
  states: readonly RenovationState[];
  roles: readonly Role[];
}

const CS: readonly Role[] = ['cs-manager', 'cs-assistant', 'director'];
const WORKS: readonly RenovationState[] = ['permitted', 'in-progress', 'suspended'];
const SITE: readonly Role[] = ['engineer', 'security'];

export const ACTS = {
  sign: { action: 'sign', what: msg('签订装修施工协议书', 'sign the agreement'), states: ['approved'], roles: CS },
  workerAdd: {
    action: 'worker-add',
    what: msg('登记施工人员', 'register workers'),
    states: ['approved', ...WORKS],
    roles: [...CS, 'security'],
  },
  workerRemove: {
    action: 'worker-remove',
    what: msg('注销施工人员', 'deregister workers'),
    states: ['approved', ...WORKS, 'completed', 'accepted'],
    roles: [...CS, 'security'],
  },
  pay: {
    action: 'pay',
    what: msg('收取装修费用', 'take renovation money'),
    states: ['approved', ...WORKS],
    roles: ['cashier'],
  },
  inspect: { action: 'inspect', what: msg('装修巡查', 'inspect'), states: WORKS, roles: SITE },
  // 5.2.1: security and engineering stop a violation and tell 用户服务部, which issues the 整改通知书
  violation: {
    action: 'violation',
    what: msg('开出违规装修整改通知书', 'issue a violation notice'),
    states: WORKS,
    roles: [...CS, ...SITE],
  },
  rectify: {
    action: 'rectify',
    what: msg('记录违规整改', 'record rectification'),
    states: [...WORKS, 'completed'],
    roles: SITE,
  },
  acceptFail: { action: 'accept-fail', what: msg('竣工验收', 'accept'), states: ['completed'], roles: ['engineer'] },
  refundApprove: {
    action: 'refund-approve',
    what: msg('批准退还押金', 'approve the refund'),
    states: ['accepted'],
    roles: ['director'],
  },
} as const satisfies Record<string, Act>;
