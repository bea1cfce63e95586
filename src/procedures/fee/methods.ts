// The ways a payment is taken (07-fees.md "Records": payments[].method), on their own so that the
// command list (index.ts) names them without loading the fee rules. e.g. --method wechat
export const METHODS = ['cash', 'card', 'wechat', 'alipay', 'transfer'] as const;
export type Method = (typeof METHODS)[number];
