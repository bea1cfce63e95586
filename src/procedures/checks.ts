// Layer 4 of `wuye validate` (records.md "Validation", 4. Domain invariants):
// the ONE list of every procedure's domain checks. A check is a plain function
// from one record to problems (see src/core/validate/types.ts: Check, problemAt).
//
// To register yours (e.g. procedure `fee`):
//   1. write src/procedures/fee/checks.ts:
//        export const checks: readonly Check[] = [{ name: 'fee/paid-once', kinds: ['fee-account'], description: msg(..), record(r, env) { return [...problems] } }];
//      A case procedure with a state machine adds the generic log check there:
//        caseLogCheck('movein', MOVEIN_MACHINE)   (src/core/validate/caselog.ts)
//   2. import it below as `<procedure>` and spread it into CHECKS — one line, sorted by procedure.
// References (unit, person, staff ids typed with the shared definitions) and ids
// are checked for every kind from its schema already (layer 3); don't repeat them.
// e.g. wuye validate   ·   wuye validate --changed   ·   wuye validate fees/2026
import type { Check } from '../core/validate/types.js';
import { checks as fee } from './fee/checks.js';
import { checks as movein } from './movein/checks.js';
import { checks as registry } from './registry/checks.js';
import { checks as renovation } from './renovation/checks.js';

export const CHECKS: readonly Check[] = [...fee, ...movein, ...registry, ...renovation];
