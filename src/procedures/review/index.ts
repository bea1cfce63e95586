// Staff review (manual 三.5.4 training, 一 conduct code; spec procedures/17-review.md): training sessions with
// hours and attendees, and everyone under 8 hours a quarter listed; the training standard (5.4) for `wuye standards`.
// e.g. wuye review training add --date 2026-11-20 --topic 礼仪 --trainer 李经理 --hours 2 --attendees S003 S004
import { msg } from '../../core/i18n.js';
import type { Manifest } from '../../kit/manifest.js';
import type { GroupSpec } from '../../kit/spec.js';

export const review: GroupSpec = {
  name: 'review',
  description: msg('员工考评：培训学时（三.5.4）', 'staff review: training hours (三.5.4)'),
  commands: [
    {
      name: 'training',
      description: msg('培训记录与学时', 'training sessions and hours'),
      commands: [
        {
          name: 'add',
          writes: true,
          description: msg(
            '登记一次培训：主题、讲师、学时、参加人员及考核',
            'record a session: topic, trainer, hours, attendees, assessment',
          ),
          options: [
            { flags: '--date <date>', description: msg('日期', 'date'), required: true },
            { flags: '--topic <text>', description: msg('主题', 'topic'), required: true },
            { flags: '--trainer <name>', description: msg('讲师', 'trainer'), required: true },
            { flags: '--hours <h>', description: msg('学时（小时）', 'hours'), required: true },
            { flags: '--attendees <ids...>', description: msg('参加的员工', 'staff who attended'), required: true },
            {
              flags: '--assessment <staff=grade...>',
              description: msg('考核：员工=excellent|passed|failed', 'assessment: staff=excellent|passed|failed'),
            },
            { flags: '--notes <text>', description: msg('备注', 'notes') },
          ],
          load: () => import('./commands/training-add.js'),
        },
        {
          name: 'hours',
          description: msg(
            '每人一季度的培训学时，不足 8 小时者列出',
            "each person's hours in a quarter; under 8 listed",
          ),
          options: [
            {
              flags: '--quarter <q>',
              description: msg('季度，如 2026-Q4（默认本季度）', 'quarter, e.g. 2026-Q4 (default this one)'),
            },
            { flags: '--short', description: msg('只列不足的', 'only those short') },
          ],
          load: () => import('./commands/training-hours.js'),
        },
      ],
    },
  ],
};

export const manifest: Manifest = {
  name: 'review',
  commands: [review],
  standards: async () => (await import('./standards.js')).sources,
};
