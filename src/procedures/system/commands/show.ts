// wuye show ID [--json] [--reveal] — any record by id, without a scan: the id's pattern names its kind and
// file (spec 01 "Commands": show ID; manual 三.2 — files retrievable within one minute). Personal data masked by
// its schema's declaration (src/core/personal.ts) unless --reveal.
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { NotFoundError } from '../../../core/errors.js';
import { msg } from '../../../core/i18n.js';
import { relPath } from '../../../core/kinds.js';
import { dumpRecord } from '../../../core/yamlio.js';
import { recordKinds } from '../record-id.js';
import { existsSync } from 'node:fs';

export function parse(l: Line) {
  const id = l.arg(0)!;
  return { id, kinds: recordKinds(id) };
}

export async function run(ctx: Ctx, { id, kinds }: ReturnType<typeof parse>): Promise<void> {
  const found = kinds.map((k) => ({ k, rel: relPath(k.kind, id) })).filter(({ rel }) => existsSync(ctx.store.abs(rel)));
  if (found.length === 0)
    throw new NotFoundError(
      msg(`没有编号为 ${id} 的记录`, `no record with id ${id}`),
      msg('用 wuye find 按名称或电话查找', 'search by name or phone with wuye find'),
    );
  const records = found.map(({ k, rel }) => {
    const r = ctx.store.readRel<Record<string, unknown>>(rel, k.kind, id);
    return { kind: k.kind, file: rel, data: ctx.shownData(k.kind, r.data) };
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
