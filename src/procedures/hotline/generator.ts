// The desk of a generated estate (wuye demo generate; issue 13): every desk entry and the complaints they
// opened, told step by step as the commands take them (desk-generator.ts). The demo profile writes a month of desk
// work on the project's demo estate (demo-cases.ts); the bench profile the history window at quality.md's
// rates (bench-cases.ts). Runs after the registry (it needs the units, people and staff).
// e.g. named in the hotline manifest: generators: [deskGenerator]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { WorkCalendar } from '../../core/calendar.js';
import { CONFIG_DEFAULTS } from '../../core/enums.gen.js';
import { relPath } from '../../core/kinds.js';
import type { ConfigRecord } from '../../core/types.gen.js';
import type { GenContext, KindGenerator } from '../../kit/generate/context.js';
import { complaintConf } from '../complaint/api.js';
import { benchDesk } from './bench-cases.js';
import { demoDesk } from './demo-cases.js';
import type { DeskEnv } from './desk-generator.js';

export const deskGenerator: KindGenerator = {
  name: 'desk',
  run(g: GenContext) {
    const config = jsyaml.load(readFileSync(join(g.out.root, 'wuye.yaml'), 'utf8'), {
      schema: jsyaml.CORE_SCHEMA,
    }) as ConfigRecord;
    const prefixes = { ...CONFIG_DEFAULTS.prefixes, ...(config.prefixes ?? {}) } as Record<string, string>;
    const env: DeskEnv = {
      cal: new WorkCalendar(),
      conf: complaintConf(config.complaint),
      callPrefix: prefixes.hotline,
      complaintPrefix: prefixes.complaint,
      asOf: g.opts.asOf,
    };
    const { calls, complaints } = (g.opts.profile === 'demo' ? demoDesk(env, g) : benchDesk(env, g)).finish();
    for (const c of calls) g.out.record(relPath('hotline', c.id), c as unknown as Record<string, unknown>);
    for (const c of complaints) g.out.record(relPath('complaint', c.id), c as unknown as Record<string, unknown>);
  },
};
