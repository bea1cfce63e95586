// The one catalog of labels for the lowercase codes stored in records
// (records.md "Values": enumerations are ASCII codes; their Chinese labels
// come from one catalog used by forms, reports and messages). The labels are
// written in the schemas beside each enum ("x-labels"; catalog name "x-catalog")
// and generated into labels.gen.ts. e.g. label('payMethod', 'wechat') → 微信支付
import { t, type Msg } from './i18n.js';
import { SCHEMA_LABELS } from './labels.gen.js';

export const LABELS: Record<string, Record<string, Msg>> = { ...SCHEMA_LABELS };

// Fee item codes other procedures book on a unit's fee account without an item in wuye.yaml: renovation's
// charges (renovation/money.ts feeItemCode and depositCode), a monthly parking pass (parking/passes.ts) and a
// paid repair (repair.fee_item's default), so a receipt, account or statement names them in words.
LABELS.feeItem = {
  ...Object.fromEntries(Object.entries(LABELS.renovationCharge).map(([k, v]) => [`renovation-${k}`, v])),
  'parking-pass': { zh: '月卡停车费', en: 'Monthly parking pass' },
  repair: { zh: '有偿维修费', en: 'Paid repair' },
};

/** The label of a code in the current language (the code itself when unknown). */
export function label(catalog: keyof typeof LABELS | string, code: string | undefined): string {
  if (code === undefined) return '';
  const m = LABELS[catalog]?.[code];
  return m ? t(m) : code;
}

export function labelZh(catalog: string, code: string | undefined): string {
  if (code === undefined) return '';
  return LABELS[catalog]?.[code]?.zh ?? code;
}

/** The catalog whose codes are exactly these (an option's choices that name no catalog): cash,card,… → payMethod. */
export function catalogOf(codes: readonly string[]): string | undefined {
  return Object.keys(LABELS).find((k) => {
    const keys = Object.keys(LABELS[k]);
    return keys.length === codes.length && codes.every((c) => keys.includes(c));
  });
}
