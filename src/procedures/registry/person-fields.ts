// The person fields that `person add` and `person update` take from options, checked once.
import { optMobile, optNationalId, parts, str } from '../../kit/options.js';
import type { Opts } from '../../kit/spec.js';
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { PersonRecord } from '../../core/types.gen.js';

const DOC_TYPES = ['passport', 'hk-macau-permit', 'taiwan-permit', 'foreign-residence-permit'];

export function personFieldsFromOpts(opts: Opts): Partial<PersonRecord> {
  const f: Partial<PersonRecord> = {};
  if (str(opts, 'name') !== undefined) f.name = str(opts, 'name')!.trim();
  if (str(opts, 'gender')) f.gender = str(opts, 'gender') as PersonRecord['gender'];
  if (str(opts, 'nationalId')) f.national_id = optNationalId(str(opts, 'nationalId')!, '--national-id');
  const phones = opts.phone as string[] | undefined;
  if (phones) f.phones = phones.flatMap((p) => p.split(',')).map((p) => optMobile(p, '--phone'));
  const doc = str(opts, 'document');
  if (doc) {
    const [type, number] = parts(doc, 2);
    if (!DOC_TYPES.includes(type) || !number)
      throw new UsageError(
        msg(
          `--document 格式应为 类型:号码，类型为 ${DOC_TYPES.join('/')}`,
          `--document takes type:number with type one of ${DOC_TYPES.join('/')}`,
        ),
      );
    f.other_document = { type: type as NonNullable<PersonRecord['other_document']>['type'], number };
  }
  const em = str(opts, 'emergency');
  if (em) {
    const [name, phone, relation] = parts(em, 3);
    if (!name || !phone)
      throw new UsageError(msg('--emergency 格式应为 姓名:电话[:关系]', '--emergency takes name:phone[:relation]'));
    f.emergency_contact = { name, phone: phone.replace(/\s/g, ''), ...(relation ? { relation } : {}) };
  }
  const co = str(opts, 'company');
  if (co) {
    const [name, licence] = parts(co, 2);
    if (!name || !licence || !/^[0-9A-Z]{15,18}$/.test(licence))
      throw new UsageError(
        msg(
          '--company 格式应为 单位名称:营业执照号（15 或 18 位统一社会信用代码）',
          '--company takes name:licence (a 15- or 18-character licence number)',
        ),
      );
    f.company = { name, licence };
  }
  if (str(opts, 'notes') !== undefined) f.notes = str(opts, 'notes');
  return f;
}
