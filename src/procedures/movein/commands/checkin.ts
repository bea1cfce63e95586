// 入伙手续 (4.3): the assistant checks the buyer's documents — purchase
// contract, ids, two one-inch photos each, the steps form; a company buyer's
// licence; an agent's power of attorney. A tenant never does a move-in.
// e.g. wuye movein checkin 3-1-0101 --documents purchase-contract,owner-id,photos,steps-form --photos 2
import { stepCase } from '../../../core/case-engine.js';
import { NotFoundError, RuleError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { checkId } from '../../../core/kinds.js';
import type { MoveinRecord, PersonRecord } from '../../../core/types.gen.js';
import { actor } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { MOVEIN_CASES, readMovein } from '../cases.js';
import { readUnit } from '../lookup.js';
import { checkinProblems, type DocumentCode, type MoveinState } from '../rules.js';
import { MOVEIN_DOCUMENT } from '../../../core/enums.gen.js';

const DOCS: readonly DocumentCode[] = MOVEIN_DOCUMENT;

export function parse(l: Line) {
  return {
    id: l.id(0, 'movein'),
    person: l.idOpt('person', 'person'),
    agent: l.flagged('agent'),
    documents: l.list('documents', DOCS) ?? [],
    photos: l.int('photos', 0, 100),
    household: (l.list('household') ?? []).map((p) => checkId('person', p, l.flag('household'))),
    on: l.date('on'),
    note: l.text('note'),
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const { id, documents, photos, household, note } = o;
  const on = o.on ?? ctx.today();
  await ctx.write((tx) => {
    const c = readMovein(tx, id);
    const unit = readUnit(tx, id);
    const person = o.person ?? c.owner ?? unit.owners?.[0]?.person;
    if (!person) throw new RuleError(msg(`房屋 ${id} 没有登记业主`, `unit ${id} has no registered owner`));
    for (const p of [person, ...household]) {
      if (!tx.tryRead('person', p))
        throw new NotFoundError(
          msg(`没有人员 ${p}`, `no person ${p}`),
          msg('先用 wuye person add 登记', 'register them first with wuye person add'),
        );
    }
    const owners = (unit.owners ?? []).map((x) => tx.read<PersonRecord>('person', x.person).data);
    const { capacity, problems } = checkinProblems({
      unit,
      person,
      owners,
      agent: o.agent,
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
    stepCase<MoveinRecord, MoveinState>(
      tx,
      MOVEIN_CASES,
      actor(ctx),
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
          ...(note ? { note } : {}),
        },
      }),
      note,
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
