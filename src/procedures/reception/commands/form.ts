// wuye reception form order JD2026-0001 · tea JD2026-0001 · NAME --blank · --list
// Prints the procedure's forms through the kit's procedure form command; the same forms are `wuye form reception-…`.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(FORMS, 'reception', msg('缺少接待编号', 'give a reception id'));
