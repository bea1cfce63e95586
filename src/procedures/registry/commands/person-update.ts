// wuye person update P000123 --phone 13900139000 --emergency 李四:13700137000:配偶
import { argId } from '../../../kit/options.js';
import type { Ctx } from '../../../kit/context.js';
import type { Opts } from '../../../kit/spec.js';
import { UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { setIn } from '../../../core/yamlio.js';
import { personFieldsFromOpts } from '../person-fields.js';

export async function run(ctx: Ctx, [idArg]: string[], opts: Opts): Promise<void> {
  const id = argId('person', idArg, 'PERSON');
  const f = personFieldsFromOpts(opts);
  if (Object.keys(f).length === 0)
    throw new UsageError(
      msg('没有要修改的内容', 'nothing to change'),
      msg(
        '至少给出一个字段选项；见 wuye person update --help',
        'give at least one field option; see wuye person update --help',
      ),
    );
  await ctx.write((tx) => {
    tx.edit('person', id, (doc) => {
      for (const [k, v] of Object.entries(f)) setIn(doc, [k], v);
    });
    return { message: `person: update ${id}`, summary: msg(`已修改人员 ${id}`, `updated person ${id}`) };
  });
}
