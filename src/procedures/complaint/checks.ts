// The complaint procedure's domain checks (validate layer 4; manual 三.3.6–3.8, 三.4.3): the log follows the
// machine; nothing recorded before the complaint was received and no return visit before a resolution; a
// resolved or closed complaint has its resolution; a closed one had feedback, a valid one a return visit
// after its resolution, a major one its upward report; an invalid one says why; the desk entry it came from
// exists and names it back.
// e.g. wuye validate complaints/2026
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import type { HotlineRecord } from '../../core/types.gen.js';
import { COMPLAINT } from './machine.js';
import { callbackAfterResolution, lastResolution, type Complaint } from './rules.js';

const LISTS = ['assignments', 'reports', 'feedback', 'follow_ups', 'resolutions', 'callbacks'] as const;

const caseRules = defineCheck<Complaint>({
  name: 'complaint/case',
  kinds: ['complaint'],
  description: msg(
    '收到之前没有任何记录、处理之前没有回访；结案须有处理结果、反馈，有效投诉须处理后回访，重大投诉须已通报；无效投诉写明理由；来电记录存在并指向本投诉',
    'nothing before receipt and no return visit before a resolution; closed only with a resolution and feedback, a valid one after a return visit, a major one once reported upward; an invalid one says why; its desk entry exists and names it',
  ),
  record(r, env) {
    const c = r.data;
    const out: Problem[] = [];
    const received = Date.parse(c.received_at);
    for (const list of LISTS)
      (c[list] ?? []).forEach((x, i) => {
        if (Date.parse(x.at) < received)
          out.push(
            problemAt(
              r,
              `/${list}/${i}/at`,
              'before-receipt',
              msg(
                `${x.at} 早于收到投诉的时间 ${c.received_at}`,
                `${x.at} is before the complaint was received (${c.received_at})`,
              ),
              msg('改正时间（at），或从 git 恢复', 'correct the time (at) or restore it from git'),
            ),
          );
      });
    const first = (c.resolutions ?? [])[0];
    (c.callbacks ?? []).forEach((v, i) => {
      if (!first || Date.parse(v.at) < Date.parse(first.at))
        out.push(
          problemAt(
            r,
            `/callbacks/${i}/at`,
            'callback-before-resolution',
            msg('回访早于处理结果', 'a return visit before any resolution'),
            msg(
              '回访在处理之后进行；改正时间或从 git 恢复',
              'the visit comes after the resolution; correct it or restore it from git',
            ),
          ),
        );
    });
    if ((c.state === 'resolved' || c.state === 'closed') && !lastResolution(c))
      out.push(
        problemAt(
          r,
          '/state',
          'no-resolution',
          msg('已处理/已结案的投诉没有处理结果', 'resolved or closed without a resolution'),
        ),
      );
    if (c.state === 'closed') {
      if (!(c.feedback ?? []).length)
        out.push(
          problemAt(
            r,
            '/state',
            'closed-without-feedback',
            msg('已结案，但从未反馈投诉人', 'closed, but the complainant never had feedback'),
          ),
        );
      if (c.valid && lastResolution(c) && !callbackAfterResolution(c))
        out.push(
          problemAt(
            r,
            '/state',
            'closed-without-callback',
            msg(
              '有效投诉未经处理后的回访就已结案（三.3.8）',
              'a valid complaint closed without a return visit after its resolution (三.3.8)',
            ),
          ),
        );
      if (c.severity === 'major' && !(c.reports ?? []).length)
        out.push(
          problemAt(
            r,
            '/severity',
            'major-not-reported',
            msg(
              '重大投诉已结案，但没有向上通报记录（三.4.3）',
              'a major complaint closed without an upward report (三.4.3)',
            ),
          ),
        );
      if (!c.closed_at)
        out.push(
          problemAt(r, '/state', 'closed-at', msg('已结案但没有结案时间（closed_at）', 'closed without closed_at')),
        );
    }
    if (!c.valid && !c.invalid_reason)
      out.push(
        problemAt(
          r,
          '/valid',
          'invalid-reason',
          msg('无效投诉须写明理由（invalid_reason）', 'an invalid complaint needs its reason (invalid_reason)'),
        ),
      );
    if (c.valid && (c.invalid_reason || c.referred_to))
      out.push(
        problemAt(
          r,
          '/valid',
          'valid-with-reason',
          msg('有效投诉不应有无效理由或转介', 'a valid complaint has no invalid_reason or referred_to'),
          undefined,
          'warning',
        ),
      );
    const call = env.get<HotlineRecord>('hotline', c.hotline);
    if (!call)
      out.push(
        problemAt(
          r,
          '/hotline',
          'hotline-missing',
          msg(`值班电话记录 ${c.hotline} 不存在`, `desk entry ${c.hotline} does not exist`),
        ),
      );
    else if (call.data.case?.id !== c.id)
      out.push(
        problemAt(
          r,
          '/hotline',
          'hotline-link',
          msg(
            `值班电话记录 ${c.hotline} 没有指向本投诉 ${c.id}`,
            `desk entry ${c.hotline} does not name this complaint ${c.id}`,
          ),
          undefined,
          'warning',
        ),
      );
    if (!r.id.includes(c.received_at.slice(0, 4)))
      out.push(
        problemAt(
          r,
          '/id',
          'id-year',
          msg('投诉编号的年份与收到日期不符', "the id's year does not match the day received"),
          undefined,
          'warning',
        ),
      );
    return out;
  },
});

export const checks: readonly Check[] = [caseLogCheck('complaint', COMPLAINT), caseRules];
