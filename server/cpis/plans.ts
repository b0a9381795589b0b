import type { LegalStatus, PlanType } from '#contract';
import type { Queryable } from '../db/index.ts';
import { isOverdueUnbornPlan, planStatus, type PlanStatus } from './visibility.ts';

export interface LocalAuthority {
  code: string;
  name: string;
  officeHoursPhone: string;
  emergencyDutyPhone: string;
}

/** A plan as CP-IS may show it: never the category of the plan, never the LA's case notes. */
export interface VisiblePlan {
  type: PlanType;
  status: PlanStatus;
  legalStatus: LegalStatus | null;
  startDate: string;
  endDate: string | null;
  expectedDeliveryDate: string | null;
  overdue: boolean;
  person: { familyName: string; givenName: string; dateOfBirth: string };
  localAuthority: LocalAuthority;
  /** When this LA last sent an extract that applied (null: never recorded). */
  dataAsOf: string | null;
}

/** A row of the store's visible_plans(nhs_number, today) (migration 050), as jsonb. */
export interface PlanRecord {
  plan_type: PlanType;
  legal_status: LegalStatus | null;
  start_date: string;
  end_date: string | null;
  expected_delivery_date: string | null;
  family_name: string;
  given_name: string;
  date_of_birth: string;
  la_code: string;
  la_name: string;
  office_hours_phone: string;
  emergency_duty_phone: string;
  data_as_of: string | null;
}

/** The plans as CP-IS shows them, from visible_plans' rows (jsonb carries instants with an offset). */
export const toVisiblePlans = (rows: readonly PlanRecord[], today: string): VisiblePlan[] =>
  rows.map((row) => ({
    type: row.plan_type,
    status: planStatus(row.end_date, today),
    legalStatus: row.legal_status,
    startDate: row.start_date,
    endDate: row.end_date,
    expectedDeliveryDate: row.expected_delivery_date,
    overdue: isOverdueUnbornPlan(
      { planType: row.plan_type, endDate: row.end_date, expectedDeliveryDate: row.expected_delivery_date },
      today,
    ),
    person: { familyName: row.family_name, givenName: row.given_name, dateOfBirth: row.date_of_birth },
    localAuthority: {
      code: row.la_code,
      name: row.la_name,
      officeHoursPhone: row.office_hours_phone,
      emergencyDutyPhone: row.emergency_duty_phone,
    },
    dataAsOf: row.data_as_of === null ? null : new Date(row.data_as_of).toISOString(),
  }));

/** Every visible plan held for an NHS number, open plans first. */
export async function findVisiblePlans(q: Queryable, nhsNumber: string, today: string): Promise<VisiblePlan[]> {
  const [row] = await q.query<{ plans: PlanRecord[] }>('SELECT visible_plans($1, $2) AS plans', [nhsNumber, today]);
  return toVisiblePlans(row!.plans, today);
}
