// The states of a renovation case (03-renovation.md "States"), on their own so that the command
// list (index.ts) names them without loading the state machine. e.g. wuye renovation list --state permitted
export const STATES = [
  'applied',
  'under-review',
  'rejected',
  'reviewed',
  'director-rejected',
  'approved',
  'permitted',
  'in-progress',
  'suspended',
  'completed',
  'accepted',
  'refunded',
  'closed',
  'withdrawn',
] as const;
export type RenovationState = (typeof STATES)[number];
