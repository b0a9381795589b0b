import type { LookupPlan, Permission, VisitSummary } from '#contract';
import type { AuthSession } from '../auth/index.ts';
import type { Viewer } from '../cpis/lookup.ts';
import type { VisiblePlan } from '../cpis/plans.ts';
import type { Visit } from '../cpis/visits.ts';

/** A plan as a role may receive it: without cpis:details, the detail keys are left out, not nulled. */
export function planView(plan: VisiblePlan, permissions: readonly Permission[]): LookupPlan {
  const shared = { type: plan.type, status: plan.status, localAuthority: plan.localAuthority, dataAsOf: plan.dataAsOf };
  if (!permissions.includes('cpis:details')) return shared;
  return {
    ...shared,
    legalStatus: plan.legalStatus,
    startDate: plan.startDate,
    endDate: plan.endDate,
    expectedDeliveryDate: plan.expectedDeliveryDate,
    overdue: plan.overdue,
  };
}

/** A visit as the SPA shows it; `attendanceId` is the attendance on screen, marked "this attendance". */
export const visitView = (
  { id, at, organisation, settingType, viewerRole }: Visit,
  attendanceId: string | undefined,
): VisitSummary => ({ at, organisation, settingType, viewerRole, thisAttendance: id === attendanceId });

/** Who is looking, as the audit and notifications record it. */
export const viewerOf = (session: AuthSession): Viewer => ({
  name: session.user.name,
  cardId: session.user.cardId,
  ...session.role,
});
