// The emergency cases in the one case engine (spec procedures/12-emergency.md): their kind and machine, the
// configuration with the manual's defaults, a time given on the command line checked against the case (never
// before the discovery), and the response checklist of a kind read from its template (a center's own wins).
// e.g. await ctx.write((tx) => recordAct(tx, EMERGENCY_CASES, actor(ctx), 'JJ2026-0003', ACTS.notify, …))
import { readFileSync } from 'node:fs';
import type { Ctx } from '../../kit/context.js';
import { defineCases } from '../../core/case-engine.js';
import type { EmergencyKind } from '../../core/enums.gen.js';
import { RuleError } from '../../core/errors.js';
import { msg } from '../../core/i18n.js';
import { templateFile } from '../../render/templates.js';
import { cfg, EMERGENCY, parseChecklist, type Checklist, type Emergency, type EmergencyConf } from './rules.js';

export const EMERGENCY_CASES = defineCases({
  kind: 'emergency',
  machine: EMERGENCY,
  missing: () => msg('用 wuye emergency list 查看紧急事件', 'see wuye emergency list for the emergencies'),
});

export const conf = (ctx: Pick<Ctx, 'config'>): EmergencyConf =>
  cfg(ctx.config.emergency as Partial<EmergencyConf> | undefined);

/** The response checklist of a kind (templates/texts/emergency/<kind>.md, a center's own under its records). */
export function checklistOf(root: string | undefined, overrides: string | undefined, kind: EmergencyKind): Checklist {
  const file = templateFile(root, overrides ?? 'templates', 'texts', `emergency/${kind}`);
  return parseChecklist(readFileSync(file, 'utf8'));
}

/** A time of an act on the case: not before the emergency was discovered (exit 1, with what to do). */
export function notBeforeDiscovery(e: Emergency, when: string, what: string): void {
  if (Date.parse(when) < Date.parse(e.discovered_at))
    throw new RuleError(
      msg(
        `${what}时间 ${when.slice(0, 16).replace('T', ' ')} 早于 ${e.id} 的发现时间 ${e.discovered_at.slice(0, 16).replace('T', ' ')}`,
        `the ${what} time ${when.slice(0, 16)} is before ${e.id} was discovered (${e.discovered_at.slice(0, 16)})`,
      ),
      msg(
        '核对时间后用 --at 重新给出（不早于发现时间）',
        'check the time and give it again with --at (not before the discovery)',
      ),
    );
}
