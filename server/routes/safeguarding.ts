import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ATTENDANCES_MAX_RANGE_DAYS, endpoints, type AttendanceDetailResponse } from '#contract';
import { sessionOf } from '../auth/index.ts';
import { listAttendances, openAttendance, reviewAttendance, type RangeProblem } from '../cpis/safeguarding.ts';
import { ApiError } from '../errors.ts';
import { planView, viewerOf, visitView } from './views.ts';

// Another organisation's attendance answers exactly as a made-up id does: ids reveal nothing.
const notFound = () => new ApiError(404, 'NOT_FOUND', 'There is no such attendance at your organisation.');

const rangeErrors: Record<RangeProblem, () => ApiError> = {
  'from-after-to': () => new ApiError(400, 'INVALID_REQUEST', 'The "from" date must be on or before the "to" date.'),
  'range-too-large': () =>
    new ApiError(400, 'RANGE_TOO_LARGE', `Choose dates no more than ${ATTENDANCES_MAX_RANGE_DAYS} days apart.`),
};

/** The safeguarding lead's workspace: their own organisation's flagged attendances, and reviews of them. */
export const safeguardingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { listAttendances: list, getAttendance, createReview } = endpoints;

  app.route({
    method: list.method,
    url: list.path,
    config: { permission: 'safeguarding:review' },
    schema: { querystring: list.query, response: list.responses },
    handler: async (request) => {
      const listed = await listAttendances(app.db, {
        ...request.query,
        viewer: viewerOf(sessionOf(request)),
        now: app.clock(),
      });
      if ('problem' in listed) throw rangeErrors[listed.problem]();
      return listed;
    },
  });

  app.route({
    method: getAttendance.method,
    url: getAttendance.path,
    config: { permission: 'safeguarding:review' },
    schema: { params: getAttendance.params, response: getAttendance.responses },
    handler: async (request): Promise<AttendanceDetailResponse> => {
      const opened = await openAttendance(app.db, {
        id: request.params.id,
        viewer: viewerOf(sessionOf(request)),
        now: app.clock(),
      });
      if (!opened) throw notFound();
      return {
        attendance: opened.attendance,
        plans: opened.plans.map(planView),
        visits: opened.visits.map((visit) => visitView(visit, opened.attendance.id)),
      };
    },
  });

  app.route({
    method: createReview.method,
    url: createReview.path,
    config: { permission: 'safeguarding:review' },
    schema: { params: createReview.params, body: createReview.body, response: createReview.responses },
    handler: async (request) => {
      const reviews = await reviewAttendance(app.db, {
        id: request.params.id,
        viewer: viewerOf(sessionOf(request)),
        now: app.clock(),
        ...request.body,
      });
      if (!reviews) throw notFound();
      request.log.info({ outcome: request.body.outcome }, 'attendance reviewed');
      return { reviews };
    },
  });
};
