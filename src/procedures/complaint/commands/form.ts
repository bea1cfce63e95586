// wuye complaint form record TS2026-0007 [--out f.pdf; default out/ under the records root] · callback TS2026-0007 · analysis 2026-11 · NAME --blank · --list
// Prints the complaint forms (spec 14 "Forms": 用户投诉处理记录表, 回访记录表, the monthly analysis with charts)
// through the kit's procedure form command; the same forms are `wuye form complaint-record …`.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(FORMS, 'complaint', msg('缺少投诉编号', 'give a complaint id'));
