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
  total?: { label?: string; label_en?: string; columns: Record<string, string> };
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
export interface SignaturesBlock {
  columns?: number;
  parties: { label: string; label_en?: string; key?: string; date_key?: string }[];
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

export interface Block {
  heading?: string;
  heading_en?: string;
  grid?: GridBlock;
  table?: TableBlock;
  text?: TextBlock;
  checks?: ChecksBlock;
  signatures?: SignaturesBlock;
  chart?: ChartBlock;
  spacer?: number;
  page_break?: boolean;
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
}
