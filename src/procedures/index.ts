// Every procedure of wuye: the one registry (spec architecture.md). The CLI mounts these manifests'
// commands; `wuye validate`, `audit verify`, `form` and `demo generate` read their checks, history
// rules, forms and generators from them (given to commands as ctx.procedures). Generators run in this
// order: the center's configuration, the registry, then the procedures that build on it.
// Adding a procedure: its folder with an index.ts exporting `manifest`, and one line here.
import type { Manifest } from '../kit/manifest.js';
import { manifest as system } from './system/index.js';
import { manifest as registry } from './registry/index.js';
import { manifest as fee } from './fee/index.js';
import { manifest as movein } from './movein/index.js';
import { manifest as renovation } from './renovation/index.js';
import { manifest as key } from './key/index.js';
import { manifest as archive } from './archive/index.js';
import { manifest as moving } from './moving/index.js';
import { manifest as vacant } from './vacant/index.js';
import { manifest as mail } from './mail/index.js';
import { manifest as inspect } from './inspect/index.js';
import { manifest as review } from './review/index.js';
import { manifest as quality } from './quality/index.js';
import { manifest as hotline } from './hotline/index.js';
import { manifest as complaint } from './complaint/index.js';
import { manifest as expense } from './expense/index.js';
import { manifest as parking } from './parking/index.js';
import { manifest as stock } from './stock/index.js';
import { manifest as repair } from './repair/index.js';
import { manifest as warranty } from './warranty/index.js';
import { manifest as event } from './event/index.js';
import { manifest as notice } from './notice/index.js';
import { manifest as survey } from './survey/index.js';
import { manifest as emergency } from './emergency/index.js';
import { manifest as reception } from './reception/index.js';

export const PROCEDURES: readonly Manifest[] = [
  system,
  registry,
  fee,
  movein,
  renovation,
  hotline,
  complaint,
  repair,
  warranty,
  event, // before expense: a claim for an event's costs names the event
  notice,
  expense,
  parking,
  stock,
  survey,
  emergency,
  reception,
  key,
  archive,
  moving,
  vacant,
  mail, // after moving: the residents registered on a unit collect its mail
  inspect,
  review,
  quality,
];
