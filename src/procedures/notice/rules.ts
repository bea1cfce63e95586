// The rules of public notices (manual 二.8 公共信息公布管理, 三.17.1 emergency contacts published, 三.6.13 fee
// income and spending published at least every twelve months): the notice machine (draft → approved by the
// CS manager → posted → removed), notice templates as text with {{placeholders}} — every one must be filled,
// a blank is refused — and which notices are still up past their end date.
// e.g. fillNotice(parseNoticeTemplate(text), { center, estate, date: '2026-12-03' }) → { title, body, missing: [] }
import { defineMachine } from '../../core/case.js';
import { defineCases } from '../../core/case-engine.js';
import type { NoticeState } from '../../core/enums.gen.js';
import { msg } from '../../core/i18n.js';
import type { NoticeRecord } from '../../core/types.gen.js';
import { fillPlaceholders, formatValue, lookup } from '../../render/values.js';

export type Notice = NoticeRecord;

const CS = ['cs-manager', 'cs-assistant', 'director'] as const;

export const NOTICE = defineMachine<NoticeState>({
  name: 'notice',
  initial: 'draft',
  states: {
    draft: msg('待审批', 'draft'),
    approved: msg('已审批', 'approved'),
    posted: msg('已张贴', 'posted'),
    removed: msg('已撤下', 'removed'),
  },
  open: { roles: CS, label: msg('拟写公告', 'draft a notice') },
  transitions: [
    {
      action: 'approve',
      from: ['draft'],
      to: 'approved',
      roles: ['cs-manager'],
      label: msg('审批公告', 'approve'),
    },
    { action: 'post', from: ['approved'], to: 'posted', roles: CS, label: msg('张贴公告', 'post') },
    { action: 'remove', from: ['posted'], to: 'removed', roles: CS, label: msg('撤下公告', 'take down') },
  ],
});

export const NOTICE_CASES = defineCases({
  kind: 'notice',
  machine: NOTICE,
  missing: () => msg('用 wuye notice list 查看公告', 'see wuye notice list for the notices'),
});

/** A notice template: its title and body with {{placeholders}}, and the labels of the values a person fills in. */
export interface NoticeTemplateText {
  title: string;
  body: string;
  /** name → what it is (from the template's `<!-- fill: name=label; … -->` line), for messages. */
  labels: Record<string, string>;
}

/** Parse a notice template: `# title` first, `<!-- fill: a=…; b=… -->` names the values, the rest is the body. */
export function parseNoticeTemplate(text: string): NoticeTemplateText {
  const labels: Record<string, string> = {};
  let title = '';
  const body: string[] = [];
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    const fill = /^<!--\s*fill:(.*)-->$/.exec(l);
    if (fill) {
      for (const part of fill[1].split(/[;；]/)) {
        const m = /^\s*([\w.-]+)\s*=\s*(.+?)\s*$/.exec(part);
        if (m) labels[m[1]] = m[2];
      }
      continue;
    }
    if (l.startsWith('<!--')) continue;
    if (!title && l.startsWith('# ')) {
      title = l.slice(2).trim();
      continue;
    }
    body.push(raw.replace(/\s+$/, ''));
  }
  while (body.length && !body[0]) body.shift();
  while (body.length && !body.at(-1)) body.pop();
  return { title, body: body.join('\n'), labels };
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*(?:\|\s*([\w:-]+)\s*)?\}\}/g;

/** Every placeholder of a text: its path and format. */
export function placeholders(text: string): { path: string; format?: string }[] {
  const out = new Map<string, { path: string; format?: string }>();
  for (const m of text.matchAll(PLACEHOLDER)) if (!out.has(m[1])) out.set(m[1], { path: m[1], format: m[2] });
  return [...out.values()];
}

/** Fill title and body from the data; `missing` names every placeholder left without a value (refused). */
export function fillNotice(
  t: NoticeTemplateText,
  data: Record<string, unknown>,
): { title: string; body: string; missing: string[] } {
  const missing = placeholders(`${t.title}\n${t.body}`)
    .filter((p) => formatValue(lookup(data, p.path), p.format) === '')
    .map((p) => p.path);
  return { title: fillPlaceholders(t.title, data), body: fillPlaceholders(t.body, data), missing };
}

/** Where a notice is still up: postings not removed. */
export const stillUp = (n: Pick<Notice, 'postings'>) => (n.postings ?? []).filter((p) => !p.removed);

/** A notice past its end date still posted somewhere (list --expired). */
export const expired = (n: Notice, today: string): boolean =>
  n.state === 'posted' && n.to < today && stillUp(n).length > 0;
