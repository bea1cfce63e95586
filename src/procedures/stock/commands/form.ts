// wuye stock form receipt KC2026-0001 · issue KC2026-0003 · count 2026-11-27 · take PD2026-0002 · --blank · --list
// Prints the warehouse's forms (spec 16-stock.md "Forms": 入库单, 出库单/领料单, 盘点表) through the kit's form command.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(FORMS, 'stock', msg('缺少单号', 'give an id'));
