// The move-in procedure's domain checks (validate layer 4; manual 四.2): the case
// log follows the machine; no keys without checked documents and a signed
// inspection; a kept entrance key is in the key register; the unit carries the
// fee start date the notice named; a completed case has its agreements signed.
// e.g. wuye validate movein
import { caseLogCheck } from '../../core/validate/caselog.js';
import { msg } from '../../core/i18n.js';
import { defineCheck, problemAt, type Check, type Problem } from '../../core/validate/types.js';
import type { MoveinRecord, UnitRecord } from '../../core/types.gen.js';
import { ALL_AGREEMENTS, handoverBlocker, MOVEIN } from './rules.js';

const caseRules = defineCheck<MoveinRecord>({
  name: 'movein/case',
  kinds: ['movein'],
  description: msg(
    '钥匙须在资料查验、验房签字之后；留存钥匙在钥匙登记中；房屋的管理费起算日与通知书一致；完成的入伙已签协议',
    "keys only after documents and a signed inspection; a kept key is in the key register; the unit's fee start matches the notice; a completed move-in has its agreements signed",
  ),
  record(r, env) {
    const c = r.data;
    const out: Problem[] = [];
    if (c.unit !== r.id)
      out.push(
        problemAt(
          r,
          '/unit',
          'unit-id',
          msg(`入伙案卷 ${r.id} 的 unit 应为 ${r.id}`, `move-in case ${r.id} must have unit ${r.id}`),
        ),
      );
    if (c.keys) {
      const why = handoverBlocker(c);
      if (why)
        out.push(
          problemAt(r, '/keys', 'keys-too-early', msg(`已发钥匙，但${why.zh}`, `keys were issued, but ${why.en}`)),
        );
      if (c.keys.kept && !env.exists('key', c.keys.kept.key))
        out.push(
          problemAt(
            r,
            '/keys/kept/key',
            'kept-key-missing',
            msg(
              `留存钥匙 ${c.keys.kept.key} 不在钥匙登记中（keys/）`,
              `the kept key ${c.keys.kept.key} is not in the key register (keys/)`,
            ),
          ),
        );
    }
    if (c.notice) {
      const u = env.get<UnitRecord>('unit', c.unit);
      if (u && u.data.fee_start !== c.notice.fee_start) {
        out.push(
          problemAt(
            r,
            '/notice/fee_start',
            'fee-start',
            msg(
              `通知书注明管理费自 ${c.notice.fee_start} 起算，房屋记录为 ${u.data.fee_start ?? '（空）'}`,
              `the notice starts the fee on ${c.notice.fee_start}; the unit says ${u.data.fee_start ?? '(none)'}`,
            ),
            msg('以入伙通知书为准修正房屋的 fee_start', "correct the unit's fee_start to the notice's date"),
            'warning',
          ),
        );
      }
    }
    if (c.state === 'completed') {
      const missing = ALL_AGREEMENTS.filter((a) => !(c.agreements?.items ?? []).includes(a));
      if (missing.length)
        out.push(
          problemAt(
            r,
            '/state',
            'agreements',
            msg(`入伙已完成，但未签署 ${missing.join(', ')}`, `completed without signing ${missing.join(', ')}`),
          ),
        );
    }
    return out;
  },
});

export const checks: readonly Check[] = [caseLogCheck('movein', MOVEIN), caseRules];
