// The one catalog of labels for the lowercase codes stored in records
// (records.md "Values": enumerations are ASCII codes; their Chinese labels
// come from one catalog used by forms, reports and messages).
import { msg, t, type Msg } from './i18n.js';

export const LABELS: Record<string, Record<string, Msg>> = {
  unitType: {
    residential: msg('住宅', 'residential'), shop: msg('商铺', 'shop'), office: msg('办公', 'office'),
    parking: msg('车位', 'parking'), storage: msg('储藏室', 'storage'),
  },
  unitState: {
    unsold: msg('未售', 'unsold'), vacant: msg('空置', 'vacant'), 'handed-over': msg('已交付', 'handed over'),
    renovating: msg('装修中', 'renovating'), occupied: msg('已入住', 'occupied'), let: msg('出租', 'let'),
  },
  gender: { male: msg('男', 'male'), female: msg('女', 'female') },
  department: {
    management: msg('服务中心', 'management'), 'customer-service': msg('用户服务部', 'customer service'),
    engineering: msg('设备维护部', 'engineering'), security: msg('秩序维护部', 'security'),
    environment: msg('环境管理部', 'environment'), finance: msg('财务', 'finance'),
  },
  role: {
    director: msg('服务中心主任', 'director'), 'cs-manager': msg('用户服务部经理', 'CS manager'),
    'cs-assistant': msg('客服助理', 'CS assistant'), cashier: msg('内勤助理', 'cashier'),
    storekeeper: msg('财务内勤', 'storekeeper'), engineer: msg('工程', 'engineer'), security: msg('秩序维护', 'security'),
  },
  document: {
    passport: msg('护照', 'passport'), 'hk-macau-permit': msg('港澳通行证', 'HK/Macau permit'),
    'taiwan-permit': msg('台胞证', 'Taiwan permit'), 'foreign-residence-permit': msg('外国人居留证', 'foreign residence permit'),
  },
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
