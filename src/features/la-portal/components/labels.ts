import type { LaAction, NotificationStatus } from '#contract';

export const statusLabels: Record<NotificationStatus | 'all', string> = {
  new: 'New',
  filed: 'Filed on a case',
  forwarded: 'Forwarded to MASH',
  all: 'All',
};

export const actionLabels: Record<LaAction, string> = {
  'filed-on-case': "Filed on the child's case",
  'forwarded-to-mash': 'Forwarded to the MASH (case closed)',
};
