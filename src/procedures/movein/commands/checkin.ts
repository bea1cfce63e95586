// 入伙手续 (4.3): the assistant checks the buyer's documents — purchase
// contract, ids, two one-inch photos each, the steps form; a company buyer's
// licence; an agent's power of attorney. A tenant never does a move-in.
// e.g. wuye movein checkin 3-1-0101 --documents purchase-contract,owner-id,photos,steps-form --photos 2
import { argId, optInt, str } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { NotFoundError, RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import type { PersonRecord } from '../../../core/types.gen.js';
import { checkinProblems, type DocumentCode } from '../rules.js';
import { caseId, codes, readCase, readUnit, stepDate, takeStep } from '../lookup.js';

const DOCS: DocumentCode[] = [
  'purchase-contract',
  'owner-id',
  'household-ids',
  'company-licence',
  'power-of-attorney',
  'photos',
  'steps-form',
];

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = caseId(idArg);
  const documents = codes(opts, 'documents', '--documents', DOCS) ?? [];
  const photos = optInt(opts, 'photos', '--photos', 0, 100);
  const household = (str(opts, 'household') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((p) => argId('person', p, '--household'));
  const on = stepDate(ctx, opts);
  await ctx.write((tx) => {
    const c = readCase(tx, id);
    const unit = readUnit(tx, id);
    const personArg = str(opts, 'person');
    const person = personArg ? argId('person', personArg, '--person') : (c.owner ?? unit.owners?.[0]?.person);
    if (!person) throw new RuleError(msg(`房屋 ${id} 没有登记业主`, `unit ${id} has no registered owner`));
    for (const p of [person, ...household]) {
      if (!tx.tryRead('person', p))
        throw new NotFoundError(
          msg(`没有人员 ${p}`, `no person ${p}`),
          msg('先用 wuye person add 登记', 'register them first with wuye person add'),
        );
    }
    const owners = (unit.owners ?? []).map((o) => tx.read<PersonRecord>('person', o.person).data);
    const { capacity, problems } = checkinProblems({
      unit,
      person,
      owners,
      agent: opts.agent === true,
      documents,
      photos,
      household,
    });
    if (problems.length) {
      throw new RuleError(
        problems[0],
        problems.length > 1
          ? msg(
              problems
                .slice(1)
                .map((p) => p.zh)
                .join('；'),
              problems
                .slice(1)
                .map((p) => p.en)
                .join('; '),
            )
          : undefined,
      );
    }
    takeStep(
      ctx,
      tx,
      id,
      'checkin',
      () => ({
        checkin: {
          on,
          by: ctx.operator().id,
          person,
          capacity,
          documents,
          ...(photos !== undefined ? { photos } : {}),
          ...(household.length ? { household } : {}),
          ...(str(opts, 'note') ? { note: str(opts, 'note') } : {}),
        },
      }),
      str(opts, 'note'),
    );
    return {
      message: `movein: checkin ${id}`,
      summary: msg(
        `${id}：资料查验无误（${capacity === 'owner' ? '业主本人' : capacity === 'agent' ? '受托人代办' : '单位购房'}）`,
        `${id}: documents checked (${capacity})`,
      ),
    };
  });
}
