// wuye recover — finish what a command killed mid-write left (records.md "Writes are safe"; issue 12 "Faults" 2):
// its transaction rolled forward and committed, or rolled back, under the lock. Every other command does the
// same first; this one is for the moment nothing else is to be run (validate reported an interrupted command).
// e.g. wuye recover → 已完成被中断的命令并提交 1a2b3c4
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { msg } from '../../../core/i18n.js';

export const parse = (_l: Line) => ({});

export async function run(ctx: Ctx): Promise<void> {
  const r = await ctx.recover();
  if (ctx.globals.json) {
    ctx.out.json({ pending: Boolean(r), commit: r?.commit ?? null, rolledBack: r?.rolledBack ?? false });
    return;
  }
  ctx.info(
    !r
      ? msg('没有被中断的命令需要完成', 'no interrupted command to finish')
      : r.commit
        ? msg(
            `已完成被中断的命令：它写下的文件已提交（${r.commit.slice(0, 7)}）`,
            `finished the interrupted command: the files it had written are committed (${r.commit.slice(0, 7)})`,
          )
        : r.rolledBack
          ? msg(
              '已回滚被中断的命令：它的修改一项也没有生效，可以重新运行它',
              'rolled back the interrupted command: none of its changes landed; run it again',
            )
          : msg(
              '已完成被中断的命令：它的修改此前已提交',
              'finished the interrupted command: its changes were already committed',
            ),
  );
}
