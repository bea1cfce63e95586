// wuye find TEXT — any name, phone tail, unit, case id or case text, under a
// second on a 5,000-unit estate: a byte search over the files first, then
// only the matching files are parsed to say what matched. One character is
// enough (a surname: wuye find 张); each result shows the name and the unit (find-view.ts).
// It matches what it shows: a record is masked by the one rule (src/core/personal.ts)
// before it is searched, so the hidden digits of an id number or a phone are never found
// by probing (find 19900307 finds nothing); --reveal searches the records as
// they are (allowed and recorded, src/kit/reveal.ts).
import { readFileSync } from 'node:fs';
import type { Ctx } from '../../../kit/context.js';
import type { Line } from '../../../kit/line.js';
import { UsageError } from '../../../core/errors.js';
import { msg, t } from '../../../core/i18n.js';
import { idOfPath, KINDS } from '../../../core/kinds.js';
import { walkYaml } from '../../../core/store.js';
import { parseRecordText } from '../../../core/yamlio.js';
import { maskRecord } from '../../../core/personal.js';
import { queryHashes, sealedEntries, unsealRecord, type Keyring } from '../../../core/sealed.js';
import { readableHits, type Hit } from '../find-view.js';

// The registry first (people, units, staff: what a person at the desk looks for), then the cases and the rest.
const FIRST = ['person', 'unit', 'staff'];
const SEARCHED = [
  ...FIRST.map((k) => KINDS.find((x) => x.kind === k)!),
  ...KINDS.filter((k) => k.kind !== 'calendar' && !FIRST.includes(k.kind)),
].map((k) => k.folder);

function firstMatch(v: unknown, needle: string, path: string): { field: string; value: string } | undefined {
  if (typeof v === 'string' || typeof v === 'number')
    return String(v).toLowerCase().includes(needle) ? { field: path, value: String(v) } : undefined;
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) {
      const m = firstMatch(x, needle, `${path}[${i}]`);
      if (m) return m;
    }
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const m = firstMatch(x, needle, path ? `${path}.${k}` : k);
      if (m) return m;
    }
  }
  return undefined;
}

/**
 * Hits for `text`, searched in the records as shown: masked unless `reveal` (this desk's keys, when sealed).
 * Sealed personal values (personal.encrypt) are also matched exactly by `hashes`: the keyed hashes of the
 * number typed (sealed.ts queryHashes) — a whole phone or id number, never a part of one.
 */
export function search(root: string, text: string, limit: number, reveal?: Keyring, hashes: string[] = []): Hit[] {
  const needle = text.trim().toLowerCase();
  // What the file must hold if its masked form matches: the longest stretch of the text without a mask star.
  const plain = needle.split('*').reduce((a, b) => (b.length > a.length ? b : a), '');
  const bytes = Buffer.from(plain, 'utf8');
  // Only ASCII letters have case; Chinese text and digits are matched as bytes.
  const folded = /[a-z]/.test(plain) ? bytes.toString('latin1') : undefined;
  const hits: Hit[] = [];
  for (const folder of SEARCHED) {
    const kind = KINDS.find((k) => k.folder === folder)!.kind;
    for (const rel of walkYaml(root, folder).sort()) {
      const id = idOfPath(rel);
      const idHit = id.toLowerCase().includes(needle);
      const buf = readFileSync(`${root}/${rel}`);
      const hashHit = hashes.find((h) => buf.indexOf(h) >= 0);
      if (
        !idHit &&
        !hashHit &&
        buf.indexOf(bytes) < 0 &&
        !(folded && buf.toString('latin1').toLowerCase().includes(folded))
      )
        continue;
      let data: Record<string, unknown>;
      try {
        data = parseRecordText(buf.toString('utf8'), rel) as Record<string, unknown>;
      } catch {
        continue;
      }
      data = unsealRecord(kind, data, { reveal });
      const sealedHit = hashHit
        ? [...sealedEntries(data)].find(([, s]) => s.hmac !== undefined && hashes.includes(s.hmac))
        : undefined;
      if (!reveal) data = maskRecord(kind, data);
      const m = idHit
        ? { field: 'id', value: id }
        : sealedHit
          ? { field: sealedHit[0].slice(1).replace(/\//g, '.'), value: sealedHit[1].mask }
          : firstMatch({ ...data, kind: undefined }, needle, '');
      if (!m) continue;
      const name = typeof data.name === 'string' ? data.name : '';
      hits.push({
        kind,
        id,
        field: m.field,
        value: name && m.field !== 'name' ? `${name} · ${m.value}` : m.value,
        file: rel,
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

export function parse(l: Line) {
  const text = l.arg(0)!;
  // one character is what staff type for a surname (张, 赵)
  if (text.trim().length < 1) throw new UsageError(msg('搜索文字不能为空', 'the search text must not be empty'));
  return { text, limit: l.int('limit', 1, 10000) ?? 50 };
}

export async function run(ctx: Ctx, { text, limit }: ReturnType<typeof parse>): Promise<void> {
  const key = ctx.keyring.hashKey();
  const hits = readableHits(
    ctx,
    search(ctx.root, text, limit, ctx.globals.reveal ? ctx.keyring : undefined, key ? queryHashes(key, text) : []),
  );
  if (ctx.globals.json) {
    ctx.out.json(hits);
    return;
  }
  if (hits.length === 0) {
    ctx.out.err(t(msg(`没有找到 "${text}"`, `nothing found for "${text}"`)));
    return;
  }
  ctx.out.table(hits, [
    { key: 'id', header: msg('编号', 'Id'), get: (h) => h.id },
    { key: 'kind', header: msg('种类', 'Kind'), get: (h) => t(KINDS.find((k) => k.kind === h.kind)!.label) },
    { key: 'name', header: msg('姓名/名称', 'Name'), get: (h) => h.name },
    { key: 'units', header: msg('房屋', 'Unit'), get: (h) => h.units },
    { key: 'match', header: msg('找到', 'Found'), get: (h) => h.match },
  ]);
  if (hits.length >= limit)
    ctx.out.err(
      t(
        msg(
          `只列出前 ${limit} 条；多写几个字缩小范围，或用 --limit`,
          `only the first ${limit} are listed; type more to narrow it down, or use --limit`,
        ),
      ),
    );
}
