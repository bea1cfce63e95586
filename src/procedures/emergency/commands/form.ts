// wuye emergency form record JJ2026-0001 · analysis JJ2026-0001 · card lift-entrapment · contacts 2026-11-28 · NAME --blank · --list
// Prints the procedure's forms through the kit's procedure form command; the same forms are `wuye form emergency-…`.
import { msg } from '../../../core/i18n.js';
import { formCommand } from '../../../kit/form-command.js';
import { FORMS } from '../forms.js';

export const { parse, run } = formCommand(
  FORMS,
  'emergency',
  msg(
    '缺少事件编号（应急处置卡给类别，电话表给公布日期）',
    'give an emergency id (a kind for the card, a date for the contacts)',
  ),
);
