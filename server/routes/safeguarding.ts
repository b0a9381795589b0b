import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ATTENDANCES_MAX_RANGE_DAYS, ATTENDANCES_PAGE_SIZE, endpoints, type AttendanceDetailResponse } from '#contract';
import { sessionOf } from '../auth/index.ts';
import { addReview, findAttendance, listAttendances } from '../cpis/attendances.ts';
import { addDays, daysBetween, englandDate } from '../cpis/dates.ts';
import { writeAudit, writeAudits } from '../cpis/audit.ts';
import { findVisiblePlans } from '../cpis/plans.ts';
import { recentVisits } from '../cpis/visits.ts';
import { ApiError } from '../errors.ts';
import { planView, viewerOf, visitView } from './views.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Another organisation's attendance answers exactly as a made-up id does: ids reveal nothing.
const notFound = () => new ApiError(404, 'NOT_FOUND', 'There is no such attendance at your organisation.');

/** The safeguarding lead's workspace: their own organisation's flagged attendances, and reviews of them. */
export const safeguardingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { listAttendances: list, getAttendance, createReview } = endpoints;

  app.route({
    method: list.method,
    url: list.path,
    config: { permission: 'safeguarding:review' },
    schema: { querystring: list.query, response: list.responses },
    handler: async (request) => {
      const session = sessionOf(request);
      const today = englandDate(app.clock());
      const to = request.query.to ?? today;
      const from = request.query.from ?? addDays(to, -6);
      if (from > to) throw new ApiError(400, 'INVALID_REQUEST', 'The "from" date must be on or before the "to" date.');
      if (daysBetween(from, to) + 1 > ATTENDANCES_MAX_RANGE_DAYS) {
        throw new ApiError(
          400,
          'RANGE_TOO_LARGE',
          `Choose dates no more than ${ATTENDANCES_MAX_RANGE_DAYS} days apart.`,
        );
      }
      const { page, status } = request.query;
      // The rows and their counts in one transaction, with one audit row per person listed.
      const result = await app.db.transaction(async (tx) => {
        const listed = await listAttendances(tx, {
          organisation: session.role.organisation.code,
          today,
          from,
          to,
          status,
          page,
          pageSize: ATTENDANCES_PAGE_SIZE,
        });
        await writeAudits(tx, {
          lookupIds: listed.attendances.map(() => randomUUID()),
          nhsNumbers: listed.attendances.map((attendance) => attendance.nhsNumber),
          at: app.clock().toISOString(),
          outcome: 'listed-attendance',
          viewer: viewerOf(session),
        });
        return listed;
      });
      return { ...result, page, status, from, to };
    },
  });

  app.route({
    method: getAttendance.method,
    url: getAttendance.path,
    config: { permission: 'safeguarding:review' },
    schema: { params: getAttendance.params, response: getAttendance.responses },
    handler: async (request): Promise<AttendanceDetailResponse> => {
      if (!UUID.test(request.params.id)) throw notFound();
      const session = sessionOf(request);
      const now = app.clock();
      const today = englandDate(now);
      // Opening an attendance shows a child's record: audited like a lookup, in the same transaction.
      const detail = await app.db.transaction(async (tx) => {
        const attendance = await findAttendance(tx, {
          id: request.params.id,
          organisation: session.role.organisation.code,
          today,
        });
        if (!attendance) return undefined;
        const plans = await findVisiblePlans(tx, attendance.nhsNumber, today);
        const visits = await recentVisits(tx, attendance.nhsNumber, 25);
        await writeAudit(tx, {
          lookupId: randomUUID(),
          at: now.toISOString(),
          nhsNumber: attendance.nhsNumber,
          outcome: 'opened-attendance',
          viewer: viewerOf(session),
        });
        return { attendance, plans, visits };
      });
      if (!detail) throw notFound();
      return {
        attendance: detail.attendance,
        plans: detail.plans.map(planView),
        visits: detail.visits.map(visitView),
      };
    },
  });

  app.route({
    method: createReview.method,
    url: createReview.path,
    config: { permission: 'safeguarding:review' },
    schema: { params: createReview.params, body: createReview.body, response: createReview.responses },
    handler: async (request) => {
      if (!UUID.test(request.params.id)) throw notFound();
      const session = sessionOf(request);
      const now = app.clock();
      const scope = { id: request.params.id, organisation: session.role.organisation.code, today: englandDate(now) };
      const reviews = await app.db.transaction(async (tx) => {
        if (!(await findAttendance(tx, scope))) return undefined;
        await addReview(tx, {
          visitId: scope.id,
          outcome: request.body.outcome,
          note: request.body.note,
          reviewer: { name: session.user.name, jobRoleName: session.role.jobRoleName },
          at: now.toISOString(),
        });
        return (await findAttendance(tx, scope))?.reviews;
      });
      if (!reviews) throw notFound();
      request.log.info({ outcome: request.body.outcome }, 'attendance reviewed');
      return { reviews };
    },
  });
};
