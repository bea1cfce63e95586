// wuye parking form shift TC2026-1128-1 [--out jb.pdf] · wuye parking form invoice-book --blank · --list
// Prints the car park's forms (spec 09-parking.md "Forms"; manual 四.10) through the kit's procedure form command.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(FORMS, 'parking', msg('缺少编号', 'give an id'));
