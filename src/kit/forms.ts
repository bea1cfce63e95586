// What a procedure declares for each form it prints (templates/forms/README.md
// "Forms a procedure offers to wuye form"): name, template, and how to load the
// data model for one record. `wuye form NAME [ID] [--blank]` reads these.
import type { Ctx } from '../kit/context.js';
import type { Msg } from '../core/i18n.js';

export interface FormLoad {
  /** The record id printed on the form. */
  id: string;
  /** The document date (creation date of the PDF): from the record, never the clock. */
  date: string;
  data: Record<string, unknown>;
}

export interface FormDef {
  /** The name used on the command line: wuye form owner-registration 1-2-0801 */
  name: string;
  /** `<procedure>/<form>` under templates/forms/. */
  template: string;
  title: Msg;
  /** The kind of record ID names (unit, person, a case kind...), for help and the id check. */
  idKind: string;
  /** The form's data, read through ctx.shown: personal data masked by its schema's declaration unless --reveal. */
  load(ctx: Ctx, id: string): Promise<FormLoad> | FormLoad;
  /**
   * The form's fixed content from wuye.yaml (documents to bring, office hours, meter names, working hours),
   * printed on the blank form too: a blank form leaves out only what is the record's.
   */
  fixed?(ctx: Ctx): Record<string, unknown>;
  /**
   * A document for the owner's own file (registration, agreements): printed in full for an operator who may see
   * personal data, and the printing recorded (kit/reveal.ts revealForOwner); masked for anyone else.
   */
  ownerDocument?: boolean;
}
