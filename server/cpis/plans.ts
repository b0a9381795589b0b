import type { LegalStatus, PlanType } from '#contract';
import type { Queryable } from '../db/index.ts';
import { isOverdueUnbornPlan, planStatus, visiblePlanSql, type PlanStatus } from './visibility.ts';

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

interface PlanRecord {
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

const FIND_VISIBLE_PLANS = `
SELECT p.plan_type, p.legal_status, p.start_date, p.end_date, p.expected_delivery_date,
       p.family_name, p.given_name, p.date_of_birth,
       la.la_code, la.name AS la_name, la.office_hours_phone, la.emergency_duty_phone,
       (SELECT max(u.received_at) FROM extract_uploads u
         WHERE u.la_code = p.la_code AND u.rows_applied > 0) AS data_as_of
FROM plans p JOIN local_authorities la ON la.la_code = p.la_code
WHERE p.nhs_number = $1 AND ${visiblePlanSql('$2')}
ORDER BY (p.end_date IS NOT NULL AND p.end_date < $2::date), p.start_date DESC, p.la_code, p.la_plan_ref`;

/** Every visible plan held for an NHS number, open plans first. */
export async function findVisiblePlans(q: Queryable, nhsNumber: string, today: string): Promise<VisiblePlan[]> {
  const rows = await q.query<PlanRecord>(FIND_VISIBLE_PLANS, [nhsNumber, today]);
  return rows.map((row) => {
    const plan = {
      planType: row.plan_type,
      endDate: row.end_date,
      expectedDeliveryDate: row.expected_delivery_date,
    };
    return {
      type: row.plan_type,
      status: planStatus(row.end_date, today),
      legalStatus: row.legal_status,
      startDate: row.start_date,
      endDate: row.end_date,
      expectedDeliveryDate: row.expected_delivery_date,
      overdue: isOverdueUnbornPlan(plan, today),
      person: { familyName: row.family_name, givenName: row.given_name, dateOfBirth: row.date_of_birth },
      localAuthority: {
        code: row.la_code,
        name: row.la_name,
        officeHoursPhone: row.office_hours_phone,
        emergencyDutyPhone: row.emergency_duty_phone,
      },
      dataAsOf: row.data_as_of,
    };
  });
}
