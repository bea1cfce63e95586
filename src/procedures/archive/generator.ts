// The owners' files of the demo and benchmark estates (manual 三.2, 四.2 4.3.3 / 4.7.3): a file for every unit
// with an owner, holding the copies and forms of its move-in (dated from the move-in case where there is one,
// else the owner's since-date) and the papers of each transfer; shops and offices and some homes are
// confidential. Loans over the last months: a confidential one approved by the cs-manager, one out now, one
// overdue (standard 2.6 and `archive loans --overdue` show them).
// e.g. wuye demo generate /tmp/estate (after move-in, whose cases it reads)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { addDays } from '../../core/dates.js';
import type { ArchiveDocument } from '../../core/enums.gen.js';
import { relPath } from '../../core/kinds.js';
import type { MoveinRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/run.js';
import { archiveId, type ArchiveDoc, type ArchiveFile, type ArchiveLoan } from './rules.js';

const MOVEIN_DOCS: readonly ArchiveDocument[] = [
  'purchase-contract-copy',
  'id-copies',
  'photos',
  'registration-form',
  'inspection-form',
  'key-receipt',
];
const AGREEMENT_DOCS: readonly ArchiveDocument[] = ['covenant', 'service-agreement', 'safety'];
const BORROWERS = ['工程部 黄海波', '财务部 内勤', '秩序维护部 队长', '用户服务部 客服助理', '公司法务'];
const PURPOSES = ['核对业主联系方式', '查阅装修图纸', '核对购房合同面积', '催缴核对欠费资料', '配合派出所核查住户'];

export const archiveGenerator: KindGenerator = {
  name: 'archive',
  run(g: GenContext) {
    const rng = g.rng;
    const asOf = g.opts.asOf;
    const staff = g.estate.staff.filter((s) => !s.active_to);
    const role = (r: string) => staff.filter((s) => (s.roles as string[]).includes(r));
    const desks = role('cs-assistant').length ? role('cs-assistant') : staff;
    const manager = (role('cs-manager')[0] ?? staff[0]).id;
    const files: ArchiveFile[] = [];
    for (const u of g.estate.units) {
      if (!u.owners?.length) continue;
      const desk = rng.pick(desks).id;
      const docs: ArchiveDoc[] = [];
      const rel = join(g.out.root, relPath('movein', u.id));
      let c: MoveinRecord | undefined;
      if (existsSync(rel)) c = jsyaml.load(readFileSync(rel, 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as MoveinRecord;
      if (c) {
        if (c.checkin)
          for (const type of MOVEIN_DOCS.slice(0, 4))
            docs.push({ type, added_on: c.checkin.on, by: c.checkin.by, source: `movein/${u.id}` });
        if (c.agreements)
          for (const type of AGREEMENT_DOCS)
            docs.push({ type, added_on: c.agreements.on, by: c.agreements.by, source: `movein/${u.id}` });
      } else {
        const since = u.owners[0].since;
        for (const type of [...MOVEIN_DOCS, ...AGREEMENT_DOCS]) docs.push({ type, added_on: since, by: desk });
      }
      for (const t of u.transfers ?? []) {
        const title = (t.documents ?? []).join('、');
        docs.push({ type: 'transfer-papers', ...(title ? { title } : {}), added_on: t.date, by: t.by });
      }
      for (const t of u.tenants ?? [])
        docs.push({
          type: 'tenancy-consent',
          title: `${t.person} ${t.from}–${t.to ?? ''}`,
          added_on: t.from,
          by: desk,
        });
      if (!docs.length) continue;
      const [b, e, room] = u.id.split('-');
      files.push({
        kind: 'archive',
        id: archiveId(u.id),
        unit: u.id,
        place: {
          cabinet: `${b}-${e}`,
          shelf: String(Math.min(6, Math.max(1, Math.ceil((u.floor ?? 1) / 3)))),
          box: room,
        },
        confidential: u.type === 'shop' || u.type === 'office' || rng.chance(0.08),
        documents: docs,
      });
    }
    // loans: a few a week over the last 90 days (demo) or the history (bench), all back on time except the stories
    const days = g.opts.profile === 'demo' ? 90 : Math.min(g.estate.history.periods.length * 30, 1095);
    const perWeek = g.opts.profile === 'demo' ? 2 : Math.max(2, Math.round(files.length / 200));
    const lend = (f: ArchiveFile, out: string, loan: Partial<ArchiveLoan>) => {
      const desk = rng.pick(desks).id;
      (f.loans ??= []).push({
        to: rng.pick(BORROWERS),
        purpose: rng.pick(PURPOSES),
        out,
        due: addDays(out, 3),
        ...(f.confidential ? { approved_by: manager } : {}),
        by: desk,
        ...loan,
      } as ArchiveLoan);
    };
    if (files.length) {
      const used = new Set<string>();
      for (let d = days; d >= 10; d -= 7)
        for (let i = 0; i < perWeek; i++) {
          const f = rng.pick(files);
          if (used.has(f.id)) continue; // a file lent once in the window: no overlapping loans
          used.add(f.id);
          const out = addDays(asOf, -d + rng.int(0, 4));
          lend(f, out, { in: addDays(out, rng.int(0, 2)), received_by: rng.pick(desks).id, complete: true });
        }
      const free = files.filter((f) => !used.has(f.id));
      const conf = free.filter((f) => f.confidential);
      const plain = free.filter((f) => !f.confidential);
      // a confidential file out now, approved by the manager; a plain one overdue
      if (conf.length)
        lend(conf[0], addDays(asOf, -1), {
          to: '公司法务 周律师',
          purpose: '法院调查令调阅购房合同',
          approved_by: manager,
          due: addDays(asOf, 2),
        });
      if (plain.length)
        lend(plain[0], addDays(asOf, -8), { to: '工程部 黄海波', purpose: '查阅装修图纸', due: addDays(asOf, -5) });
    }
    for (const f of files) g.out.record(relPath('archive', f.id), f as unknown as Record<string, unknown>);
  },
};
