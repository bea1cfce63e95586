// wuye repair form order BX2026-0007 [--out f.pdf; default out/ under the records root] · analysis 2026-11 · NAME --blank · --list
// Prints the repair forms (spec 14 "Forms": 维修派工单 with the owner's sign-off box, the monthly repair analysis
// with charts) through the kit's procedure form command; the same forms are `wuye form repair-order …`.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(FORMS, 'repair', msg('缺少维修单号', 'give a repair order id'));
