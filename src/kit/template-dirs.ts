// Templates kept as data (checklists, evaluation templates, questionnaires): the center's own folder
// (wuye.yaml `templates`, inside the records root) first, then wuye's own templates/<sub>/.
// e.g. findTemplate(ctx, 'checklists', 'canteen') → /estate/templates/checklists/canteen.yaml or wuye's own
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { configPath } from '../core/inside.js';
import { projectPath } from '../core/paths.js';
import type { Ctx } from './context.js';

type Where = Pick<Ctx, 'root' | 'config'>;

/** The folders templates of one kind are looked up in, the center's own first. */
export const templateDirs = (ctx: Where, sub: string): string[] => [
  configPath(ctx.root, join(String(ctx.config.templates ?? 'templates'), sub), 'templates'),
  projectPath('templates', sub),
];

/** The names of every template of one kind (the center's own and wuye's), sorted. */
export function templateNames(ctx: Where, sub: string): string[] {
  const names = new Set<string>();
  for (const d of templateDirs(ctx, sub))
    if (existsSync(d)) for (const f of readdirSync(d)) if (f.endsWith('.yaml')) names.add(f.slice(0, -5));
  return [...names].sort();
}

/** The file of a template by name (the center's own wins), or undefined; `name` is checked by the caller. */
export const findTemplate = (ctx: Where, sub: string, name: string): string | undefined =>
  templateDirs(ctx, sub)
    .map((d) => join(d, `${name}.yaml`))
    .find((f) => existsSync(f));
