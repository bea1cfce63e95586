// wuye hotline log --request "2栋电梯停在9楼不动" --type help --place 2栋电梯 --caller 王先生 --phone 13812345678 --hand-to S007
// wuye hotline log --request "楼上装修晚上十点还在施工" --unit 1-2-0801 --person P000012 --open complaint --category renovation-nuisance
// Manual 三.6.6: every call, visit, letter, suggestion-box note or online message at the 24-hour desk is
// recorded; 一.5.3.13 首问责任制: whoever receives it (--received-by, default the operator) owns it until it is
// handed over and answered. Its outcome in the same command: answered on the spot (--answer), handed to a
// colleague (--hand-to), or a case opened (--open complaint|repair|warranty) — one commit.
import { atTime } from '../../../kit/case.js';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { dateOf } from '../../../core/dates.js';
import { RuleError, UsageError } from '../../../core/errors.js';
import { msg, type Msg } from '../../../core/i18n.js';
import type { DeskCase, DeskChannel, HotlineType } from '../../../core/enums.gen.js';
import type { StaffRecord } from '../../../core/types.gen.js';
import { checkParties, createCall, nextCallId, type CallInput, type Outcome } from '../api.js';
import { loadOpener } from '../intake.js';

const PHONE = /^[0-9+][0-9 -]{4,19}$/;
/** The type of entry a case implies when --type is left out. */
const TYPE_OF: Record<DeskCase, HotlineType> = { complaint: 'complaint', repair: 'repair', warranty: 'repair' };

export function parse(l: Line) {
  const open = l.choice<DeskCase>('open');
  const answer = l.text('answer');
  const handTo = l.idOpt('handTo', 'staff');
  const outcomes = [open && '--open', answer !== undefined && '--answer', handTo && '--hand-to'].filter(Boolean);
  if (outcomes.length !== 1)
    throw new UsageError(
      outcomes.length
        ? msg(`处理结果只能有一个，而不是 ${outcomes.join(' 和 ')}`, `one outcome only, not ${outcomes.join(' and ')}`)
        : msg('须写明处理结果', 'say what became of it'),
      msg(
        '当场答复用 --answer 答复内容；立案用 --open complaint；转交同事用 --hand-to 员工编号',
        'answered on the spot: --answer TEXT; a case: --open complaint; handed to a colleague: --hand-to STAFF',
      ),
    );
  const type = l.choice<HotlineType>('type') ?? (open ? TYPE_OF[open] : undefined);
  if (!type)
    throw new UsageError(
      msg('须写明来电类别（--type）', 'give what it is (--type)'),
      msg('--type repair|help|complaint|enquiry|suggestion', '--type repair|help|complaint|enquiry|suggestion'),
    );
  const phone = l.text('phone')?.replace(/\s/g, '');
  if (phone !== undefined && !PHONE.test(phone))
    throw new UsageError(
      msg(`--phone 的电话号码无效: "${phone}"`, `invalid phone number for --phone: "${phone}"`),
      msg(
        '手机 11 位或带区号的座机，如 0731-85286666',
        'a mobile or a landline with its area code, e.g. 0731-85286666',
      ),
    );
  const person = l.idOpt('person', 'person');
  const name = l.text('caller');
  return {
    at: l.localTime('at'),
    channel: l.choice<DeskChannel>('channel') ?? 'phone',
    type,
    caller: { ...(person ? { person } : {}), ...(name ? { name } : {}), ...(phone ? { phone } : {}) },
    unit: l.idOpt('unit', 'unit'),
    place: l.text('place'),
    request: l.text('request')!,
    receivedBy: l.idOpt('receivedBy', 'staff'),
    answer,
    open,
    handTo,
    note: l.text('note'),
    /** The line, for the opener's own options (read in run, once its procedure is loaded). */
    line: l,
  };
}

export async function run(ctx: Ctx, o: ReturnType<typeof parse>): Promise<void> {
  const opener = o.open ? await loadOpener(o.open) : undefined;
  const intake = opener?.parse(o.line); // its options checked before the lock, as parse() does ours
  const at = atTime(ctx, o.at) ?? ctx.now();
  if (o.type === 'complaint' && o.open !== 'complaint')
    ctx.warn(
      msg(
        '投诉类来电未立案：全部投诉都要有完整记录（三.3.7）；如需立案用 --open complaint',
        'a complaint logged without a case: every complaint is recorded in full (三.3.7); open one with --open complaint',
      ),
    );
  await ctx.write((tx) => {
    const input: CallInput = {
      at,
      channel: o.channel,
      type: o.type,
      caller: o.caller,
      unit: o.unit,
      place: o.place,
      request: o.request,
      received_by: o.receivedBy ?? ctx.operator().id,
      note: o.note,
    };
    checkParties(tx, input, dateOf(at));
    const id = nextCallId(ctx, tx, at);
    let outcome: Outcome;
    let summary: Msg;
    if (opener) {
      const r = opener.open(tx, ctx, { id, ...input }, intake);
      outcome = { outcome: 'case', case: { kind: opener.kind, id: r.id } };
      summary = msg(`已记录来电 ${id}。${r.summary.zh}`, `logged ${id}. ${r.summary.en}`);
    } else if (o.handTo) {
      const s = tx.tryRead<StaffRecord>('staff', o.handTo)?.data;
      if (!s)
        throw new UsageError(
          msg(`--hand-to: 没有员工 ${o.handTo}`, `--hand-to: there is no staff member ${o.handTo}`),
          msg('用 wuye staff list 查看员工编号', 'see wuye staff list for staff ids'),
        );
      if (s.active_to && s.active_to < dateOf(at))
        throw new RuleError(
          msg(`${s.id}（${s.name}）已离职`, `${s.id} (${s.name}) has left`),
          msg('转交在职的同事', 'hand it to a colleague on the staff'),
        );
      outcome = { outcome: 'handed-over', handed_to: { to: s.id, ...(o.note ? { note: o.note } : {}) } };
      summary = msg(
        `已记录来电 ${id}，由 ${input.received_by} 转交 ${s.id} ${s.name} 答复`,
        `logged ${id}; handed by ${input.received_by} to ${s.id} ${s.name}, who answers`,
      );
    } else {
      outcome = { outcome: 'answered', answer: o.answer! };
      summary = msg(`已记录来电 ${id}（当场答复）`, `logged ${id} (answered on the spot)`);
    }
    createCall(tx, id, outcome.outcome === 'handed-over' ? { ...input, note: undefined } : input, outcome);
    return {
      message: `hotline: log ${id}${outcome.outcome === 'case' ? ` ${outcome.case.kind} ${outcome.case.id}` : ''}`,
      summary,
    };
  });
}
