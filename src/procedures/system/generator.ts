// The center's configuration in the demo and benchmark estates: wuye.yaml and the working-day
// calendar of the year after chinese-days' last (see src/kit/generate/run.ts for generators).
import type { KindGenerator } from '../../kit/generate/context.js';
import { calendar2027Text } from '../../kit/generate/calendar.js';
import { configText } from '../../kit/generate/config.js';

export const configGenerator: KindGenerator = {
  name: 'config',
  run(g) {
    g.out.text('wuye.yaml', configText(g.estate.center, g.estate.plans));
    g.out.text('calendar/2027.yaml', calendar2027Text());
  },
};
