// The person fields that `person add` and `person update` take from options (spec 01 "Records": person),
// read and checked once by those commands' parse: national id check digit, mobiles, name:phone pairs.
// e.g. wuye person update P000123 --phone 13900139000 --emergency 李四:13700137000:配偶
import { checkMobile, parts, type Line } from '../../kit/line.js';
import { UsageError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import type { PersonRecord } from '../../core/types.gen.js';

const DOC_TYPES = ['passport', 'hk-macau-permit', 'taiwan-permit', 'foreign-residence-permit'];

export function personFields(l: Line): Partial<PersonRecord> {
  const f: Partial<PersonRecord> = {};
  const name = l.text('name');
  if (name !== undefined) f.name = name;
  const gender = l.choice<PersonRecord['gender'] & string>('gender');
  if (gender) f.gender = gender;
  if (l.text('nationalId')) f.national_id = l.nationalId('nationalId');
  const phones = l.given('phone') ? l.values('phone') : undefined;
  if (phones) f.phones = phones.flatMap((p) => p.split(',')).map((p) => checkMobile(p, l.flag('phone')));
  const doc = l.text('document');
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
  const em = l.text('emergency');
  if (em) {
    const [name, phone, relation] = parts(em, 3);
    if (!name || !phone)
      throw new UsageError(msg('--emergency 格式应为 姓名:电话[:关系]', '--emergency takes name:phone[:relation]'));
    f.emergency_contact = { name, phone: phone.replace(/\s/g, ''), ...(relation ? { relation } : {}) };
  }
  const co = l.text('company');
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
  const notes = l.text('notes');
  if (notes !== undefined) f.notes = notes;
  return f;
}
