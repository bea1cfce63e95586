// wuye moving form pass BJ2026-0003 · register 2026-11-30 · resident-registration 3-1-0602 · NAME --blank · --list
// Prints the moving and occupancy forms (spec 04 "Forms": 物品放行条 with its stub, 搬迁登记表, 住户登记表,
// 租户登记表) through the kit's procedure form command; the same forms are `wuye form moving-pass …`.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(FORMS, 'moving', msg('缺少编号', 'give the id'));
