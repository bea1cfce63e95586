// wuye warranty form report ZB2026-0003 [--out f.pdf] · transfer ZB2026-0003 · completion ZB2026-0003 · NAME --blank · --list
// Prints the warranty forms (spec 06 "Forms": 房屋质量问题报修单, 保修转交单 to the developer, 保修完成确认单) through
// the kit's procedure form command; the same forms are `wuye form warranty-report …`.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(FORMS, 'warranty', msg('缺少保修报告编号', 'give a warranty report id'));
