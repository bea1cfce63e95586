// Every command of wuye, one sorted literal list (after npm/cli's
// lib/commands): procedures mount here and nowhere else. Loading this file
// loads only data; each command's code is imported when it runs.
import type { CommandSpec, GroupSpec } from '../kit/spec.js';
import { audit, completion, demo, find, form, hooks, init, show, validate } from '../procedures/system/index.js';
import { person, staff, unit } from '../procedures/registry/index.js';
import { movein } from '../procedures/movein/index.js';
import { renovation } from '../procedures/renovation/index.js';
import { fee } from '../procedures/fee/index.js';

export const COMMANDS: (CommandSpec | GroupSpec)[] = [
  audit,
  completion,
  demo,
  fee,
  find,
  form,
  hooks,
  init,
  movein,
  person,
  renovation,
  show,
  staff,
  unit,
  validate,
];
