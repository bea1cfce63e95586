// The form model (templates/forms/README.md): what a form template declares,
// as plain data — the one shape every procedure's form is written in.
export type Align = 'left' | 'center' | 'right';

export interface FieldSpec {
  label: string;
  label_en?: string;
  key?: string;
  value?: string;
  span?: number;
  lines?: number;
  format?: string;
}
export interface GridBlock {
  columns?: number;
  label_width?: number;
  photo?: { label?: string; label_en?: string; rows?: number };
  fields: FieldSpec[];
}
export interface ColumnSpec {
  label: string;
  label_en?: string;
  key: string;
  width?: number;
  align?: Align;
  format?: string;
}
export interface TableBlock {
  key: string;
  number?: boolean;
  min_rows?: number;
  columns: ColumnSpec[];
  /**
   * A totals row (合计): per column, a format whose values are summed (`amount: money`), or the record's own
   * total printed as it stands (`amount: { format: money, key: receipt.amount }`).
   */
  total?: { label?: string; label_en?: string; columns: Record<string, string | { format?: string; key?: string }> };
}
export interface TextBlock {
  body?: string;
  template?: string;
  lines?: number;
  label?: string;
  label_en?: string;
  size?: number;
  align?: Align;
}
export interface ChecksBlock {
  label?: string;
  label_en?: string;
  key?: string;
  columns?: number;
  options: { value: string; label: string; label_en?: string }[];
}
export interface SignatureParty {
  label: string;
  label_en?: string;
  /** A name printed under the line (who the records say acted, or the sealing body); the line itself stays blank. */
  key?: string;
  date_key?: string;
  /** false: no date line (the form's date is printed once elsewhere, as on a receipt). */
  date?: boolean;
  /** A seal box beside the line, with this text in it (e.g. 财务专用章). */
  seal?: string;
  /** Path of a flag: when true the party seals instead of signing (a company owner): `seal_label` and a seal box. */
  seal_key?: string;
  seal_label?: string;
  seal_label_en?: string;
  /** Path of a text printed on the line instead of a signature (e.g. 拒绝签字 and its date). */
  status_key?: string;
}
export interface SignaturesBlock {
  columns?: number;
  parties: SignatureParty[];
}
export interface ChartBlock {
  key: string;
  label_key: string;
  value_key: string;
  /** A second value of each row drawn beside the first (e.g. the previous period). */
  compare_key?: string;
  /** The names of the two series, with compare_key: [本期, 上期]. */
  legend?: [string, string];
  legend_en?: [string, string];
  title?: string;
  title_en?: string;
  height?: number;
  format?: string;
  max?: number;
}

/**
 * A poster (a notice posted on a board, A4): a large title, the body in large type, key facts, and at the foot the
 * signer (the center's name), the date and a circle for the seal.
 */
export interface PosterBlock {
  title?: string;
  title_key?: string;
  body?: string;
  body_key?: string;
  template?: string;
  facts?: { label: string; label_en?: string; key: string; format?: string }[];
  signer?: string;
  date_key?: string;
  seal?: boolean;
  /** A line printed under the title in red when this key has a value (e.g. a draft's warning). */
  mark_key?: string;
}

export interface Block {
  heading?: string;
  heading_en?: string;
  grid?: GridBlock;
  table?: TableBlock;
  text?: TextBlock;
  checks?: ChecksBlock;
  signatures?: SignaturesBlock;
  chart?: ChartBlock;
  poster?: PosterBlock;
  spacer?: number;
  page_break?: boolean;
  /** Blocks kept together on one page (moved whole to the next page when they do not fit). */
  keep?: Block[];
  /** Never left alone at the top of a page: the end of the block before comes along (signatures always are). */
  keep_with_previous?: boolean;
}

/** One copy of a multi-part form (a three-part receipt book: 存根/收据/记账). */
export interface CopySpec {
  label: string;
  label_en?: string;
}

export interface FormTemplate {
  /** `<procedure>/<form>`, e.g. registry/owner-registration. */
  name: string;
  code: string;
  title: string;
  title_en?: string;
  id?: string;
  subtitle?: string;
  font_size?: number;
  /** A poster: no form header (only the code and id, small, at the top); see PosterBlock. */
  poster?: boolean;
  /**
   * A multi-part form: the blocks are drawn once per copy, each copy whole on its page under its own header
   * (company, title, number, the copy's name), cut lines between copies sharing a page.
   */
  copies?: CopySpec[];
  /** Path of a mark printed boxed beside the title when present (e.g. 补打 with its count and date). */
  stamp?: string;
  blocks: Block[];
  /** Text templates this form uses, loaded with it: name → text. */
  texts: Record<string, string>;
}

/** One form of a document: a template name, the data it is filled from, and the record id printed on it. */
export interface FormItem {
  form: string;
  data?: Record<string, unknown>;
  id?: string;
  blank?: boolean;
  /** The form's fixed content (from wuye.yaml: documents to bring, office hours, meter names), printed blank or filled. */
  fixed?: Record<string, unknown>;
}

// ---- layout facts: where a drawn form's blocks and texts landed (tests read these instead of images) ----

/** A run of text as drawn: its page within the form (1-based), box in points (top-left origin) and size. */
export interface LayoutText {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
  size: number;
  text: string;
  bold?: boolean;
}
/** A template block as placed: where it starts and ends (page within the form, y in points). */
export interface LayoutBlock {
  /** Index in the template's blocks (a path like `2.1` inside a keep group). */
  index: string;
  kind: string;
  heading?: string;
  /** Which copy of a multi-part form (0-based), when the template has copies. */
  copy?: number;
  page: number;
  top: number;
  endPage: number;
  bottom: number;
}
/** A signature line as drawn: what is printed on the line (nothing when it is blank to sign), and under it. */
export interface LayoutSignature {
  page: number;
  copy?: number;
  label: string;
  line: { x1: number; x2: number; y: number };
  onLine: string;
  caption: string;
  date: string;
  seal?: string;
}
/** Everything one drawn form reports about its layout. */
export interface FormLayout {
  form: string;
  pages: number;
  blocks: LayoutBlock[];
  texts: LayoutText[];
  signatures: LayoutSignature[];
  /** A cut line between copies: its page and y. */
  cuts: { page: number; y: number }[];
  /** A copy of a multi-part form: the pages it starts and ends on (equal when it is whole on its page). */
  copies: { label: string; page: number; endPage: number; top: number; bottom: number }[];
}
