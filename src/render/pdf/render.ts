// Rendering forms to PDF bytes (templates/forms/README.md "The TypeScript API"):
// the data model is the procedure's data plus the center's keys from wuye.yaml;
// the creation date comes from the record, so the same input gives the same bytes.
// e.g. await renderForm({ form: 'registry/owner-registration', data, id }, { root, config, date })
import type { Lang } from '../../core/i18n.js';
import { lang as currentLang } from '../../core/i18n.js';
import type { FormItem, FormLayout, FormTemplate } from '../model.js';
import { loadTemplate } from '../templates.js';
import { fontSet, finish, newDoc } from './canvas.js';
import { FormDrawer } from './form.js';

/** The parts of wuye.yaml the renderer reads (ctx.config fits). */
export interface RenderConfig {
  center: { name: string; estate: string; [k: string]: unknown };
  templates?: string;
  pdf?: { font?: string; bold_font?: string };
}

export interface RenderOptions {
  /** The records root: template overrides and font files are looked up there. */
  root?: string;
  config: RenderConfig;
  lang?: Lang;
  /** Render without data (every form of the call): for handwriting. */
  blank?: boolean;
  /** Report where every block, text and signature line landed (FormLayout, for tests and checks). */
  layout?: boolean;
}

/** One PDF: one or more forms, each starting on a new page. */
export interface DocItem {
  forms: FormItem[];
  date?: string;
  title?: string;
}

const templates = new Map<string, FormTemplate>();

/** A template, cached for the process (a batch loads each template once). */
export function getTemplate(root: string | undefined, overrideDir: string, name: string): FormTemplate {
  const key = `${root ?? ''}\0${overrideDir}\0${name}`;
  let t = templates.get(key);
  if (!t) {
    t = loadTemplate(root, overrideDir, name);
    templates.set(key, t);
  }
  return t;
}

/** The keys every form can use, from wuye.yaml: center.*, estate.name, today. */
export function baseModel(config: RenderConfig, date: string | undefined): Record<string, unknown> {
  return { center: config.center, estate: { name: config.center.estate }, today: date?.slice(0, 10) };
}

/** Draw a document's forms into an open drawer (shared by single, per-file and merged rendering). */
export function drawItem(drawer: FormDrawer, item: DocItem, opts: RenderOptions): number {
  const base = baseModel(opts.config, item.date);
  const lang = opts.lang ?? currentLang();
  let pages = 0;
  for (const f of item.forms) {
    const template = getTemplate(opts.root, opts.config.templates ?? 'templates', f.form);
    const blank = opts.blank || f.blank;
    // the form's fixed content (documents to bring, hours, meter names) is printed blank or filled
    const fixed = f.fixed ? { ...base, ...f.fixed } : base;
    const data = blank ? undefined : { ...fixed, ...(f.data ?? {}) };
    pages += drawer.draw({ template, data, base: fixed, id: blank ? undefined : f.id, lang });
  }
  return pages;
}

/** Render one document (one or more forms) to PDF bytes. */
export async function renderDocument(
  item: DocItem,
  opts: RenderOptions,
): Promise<{ pdf: Buffer; pages: number; layout: FormLayout[] }> {
  const fonts = fontSet(opts.config.pdf, opts.root);
  const first = item.forms[0]
    ? getTemplate(opts.root, opts.config.templates ?? 'templates', item.forms[0].form)
    : undefined;
  const doc = newDoc(fonts, { date: item.date, title: item.title ?? first?.title });
  const drawer = new FormDrawer(doc, fonts, { record: opts.layout });
  const pages = drawItem(drawer, item, opts);
  return { pdf: await finish(doc), pages, layout: drawer.layouts };
}

/** Render one form to PDF bytes. `date` fixes the creation date (take it from the record). */
export async function renderForm(item: FormItem & { date?: string }, opts: RenderOptions): Promise<Buffer> {
  return (await renderDocument({ forms: [item], date: item.date }, opts)).pdf;
}
