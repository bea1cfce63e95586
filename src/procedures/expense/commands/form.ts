// wuye expense form claim BZ2026-0001 [--out bz.pdf] · wuye expense form paste --blank · --list
// Prints the 费用报销单 and 粘贴单 (spec 08-expense.md "Forms"; manual 四.8) through the kit's procedure form command.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(FORMS, 'expense', msg('缺少报销单编号', 'give a claim id'));
