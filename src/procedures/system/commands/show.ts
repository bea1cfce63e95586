// wuye show ID — any record by id, without a scan: the id's pattern names its kind and file.
import type { Ctx } from '../../../kit/context.js';
import { NotFoundError, UsageError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { kindsForId, relPath } from '../../../core/kinds.js';
import { dumpRecord } from '../../../core/yamlio.js';
import { maskDeep } from '../mask.js';
import { existsSync } from 'node:fs';

export async function run(ctx: Ctx, [id]: string[]): Promise<void> {
  const kinds = kindsForId(id.trim());
  if (kinds.length === 0) {
    throw new UsageError(
      msg(`无法识别的编号: "${id}"`, `not a recognisable id: "${id}"`),
      msg(
        '编号形如 1-2-0801（房屋）、P000123（人员）、S001（员工）、ZX2026-0007（案卷）',
        'ids look like 1-2-0801 (unit), P000123 (person), S001 (staff), ZX2026-0007 (case)',
      ),
    );
  }
  const found = kinds
    .map((k) => ({ k, rel: relPath(k.kind, id.trim()) }))
    .filter(({ rel }) => existsSync(ctx.store.abs(rel)));
  if (found.length === 0)
    throw new NotFoundError(
      msg(`没有编号为 ${id} 的记录`, `no record with id ${id}`),
      msg('用 wuye find 按名称或电话查找', 'search by name or phone with wuye find'),
    );
  const records = found.map(({ k, rel }) => {
    const r = ctx.store.readRel<Record<string, unknown>>(rel, k.kind, id);
    return { kind: k.kind, file: rel, data: ctx.globals.reveal ? r.data : maskDeep(r.data) };
  });
  if (ctx.globals.json) {
    ctx.out.json(records.length === 1 ? records[0].data : records.map((r) => r.data));
    return;
  }
  for (const r of records) {
    ctx.out.line(`# ${r.file}`);
    ctx.out.line(dumpRecord(r.data).trimEnd());
  }
}
