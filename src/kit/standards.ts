// One row of the service standards check (spec standards.md, the planned `wuye standards`): a clause of the
// manual's section 三, what it requires, the figure measured from the records, met / not met / no data (a
// standard with no records in the period is "no data", never "met") and the evidence (record ids).
// e.g. { clause: '7.6', requirement: msg(…), measured: '98.0%', status: 'met', evidence: [] }
import type { Msg } from '../core/i18n.js';

export interface StandardRow {
  clause: string;
  requirement: Msg;
  measured: string;
  status: 'met' | 'not-met' | 'no-data';
  evidence: string[];
}
