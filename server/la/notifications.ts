import {
  englandDate,
  LA_PAGE_SIZE,
  VISIT_HISTORY_LIMIT,
  type LaAction,
  type LaNotification,
  type NotificationStatus,
} from '#contract';
import { findVisiblePlans, type VisiblePlan } from '../cpis/plans.ts';
import { recentVisits, type Visit } from '../cpis/visits.ts';
import type { Database } from '../db/index.ts';
import { auditLaAccess } from './audit.ts';
import type { LaCaller } from './caller.ts';
import { addAction, findNotification, listNotifications } from './inbox.ts';

export interface InboxPage {
  notifications: LaNotification[];
  total: number;
  new: number;
  page: number;
}

/**
 * One page of the caller's LA's notifications. The page and its counts are read in one transaction,
 * with one audit row per person listed.
 */
export async function listInbox(
  db: Database,
  { caller, now, status, page }: { caller: LaCaller; now: Date; status: NotificationStatus | 'all'; page: number },
): Promise<InboxPage> {
  const listed = await db.transaction(async (tx) => {
    const result = await listNotifications(tx, {
      laCode: caller.laCode,
      today: englandDate(now),
      status,
      page,
      pageSize: LA_PAGE_SIZE,
    });
    await auditLaAccess(tx, {
      caller,
      nhsNumbers: result.notifications.map((notification) => notification.nhsNumber),
      outcome: 'listed-notification',
      at: now.toISOString(),
    });
    return result;
  });
  return { ...listed, page };
}

/** What opening a notification shows: it, the plans this LA holds for the person, their previous visits. */
export interface OpenedNotification {
  notification: LaNotification & { visitId: string };
  plans: VisiblePlan[];
  visits: Visit[];
}

/**
 * Opens one of the caller's LA's notifications, audited in the same transaction. Undefined when there
 * is no such notification for that LA: another LA's id and a made-up one are the same answer.
 */
export async function openNotification(
  db: Database,
  { id, caller, now }: { id: string; caller: LaCaller; now: Date },
): Promise<OpenedNotification | undefined> {
  const today = englandDate(now);
  return db.transaction(async (tx) => {
    const notification = await findNotification(tx, { id, laCode: caller.laCode, today });
    if (!notification) return undefined;
    // The LA's own plans, in full: it wrote them.
    const plans = (await findVisiblePlans(tx, notification.nhsNumber, today)).filter(
      (plan) => plan.localAuthority.code === caller.laCode,
    );
    // Where the child has been, everywhere in England: what the LA needs to judge the visit.
    const visits = await recentVisits(tx, notification.nhsNumber, VISIT_HISTORY_LIMIT);
    await auditLaAccess(tx, {
      caller,
      nhsNumbers: [notification.nhsNumber],
      outcome: 'opened-notification',
      at: now.toISOString(),
    });
    return { notification, plans, visits };
  });
}

/**
 * Appends the caller's action to one of its LA's notifications and answers the notification as it now
 * stands; undefined when there is no such notification for that LA (as openNotification).
 */
export async function actOnNotification(
  db: Database,
  {
    id,
    caller,
    now,
    ...action
  }: { id: string; caller: LaCaller; now: Date; action: LaAction; caseReference?: string; note?: string },
): Promise<LaNotification | undefined> {
  const scope = { id, laCode: caller.laCode, today: englandDate(now) };
  return db.transaction(async (tx) => {
    if (!(await findNotification(tx, scope))) return undefined;
    await addAction(tx, {
      notificationId: id,
      ...action,
      by: { kind: caller.kind, name: caller.name },
      at: now.toISOString(),
    });
    return findNotification(tx, scope);
  });
}
