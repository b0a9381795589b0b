import type { LookupPlan, VisitSummary } from '#contract';
import type { AuthSession } from '../auth/index.ts';
import type { Viewer } from '../cpis/audit.ts';
import type { VisiblePlan } from '../cpis/plans.ts';
import type { Visit } from '../cpis/visits.ts';

/** A plan with every field the contract has for it; visibleTo() then leaves out what a role may not see. */
export const planView = (plan: VisiblePlan): Required<LookupPlan> => ({
  type: plan.type,
  status: plan.status,
  legalStatus: plan.legalStatus,
  startDate: plan.startDate,
  endDate: plan.endDate,
  expectedDeliveryDate: plan.expectedDeliveryDate,
  overdue: plan.overdue,
  localAuthority: plan.localAuthority,
  dataAsOf: plan.dataAsOf,
});

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
