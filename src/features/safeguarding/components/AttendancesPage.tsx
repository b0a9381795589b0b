import { Button, Select } from 'nhsuk-react-components';
import { useSearchParams } from 'react-router';
import {
  ATTENDANCES_PAGE_SIZE,
  attendancesQuerySchema,
  type AttendanceStatus,
  attendanceStatusSchema,
  formatDate,
} from '#contract';
import { ApiClientError } from '../../../lib/api-client.ts';
import { datePartsOf, datePartsProblem, readDateParts, type DateParts } from '../../../lib/date-parts.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useContractForm, type FieldSpecs } from '../../../lib/use-contract-form.ts';
import { useAttendances, type AttendanceFilters } from '../api/list-attendances.ts';
import { AttendancesTable } from './AttendancesTable.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { PageLinks } from '../../../components/PageLinks.tsx';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';

const statusLabels: Record<AttendanceStatus, string> = { unreviewed: 'Not reviewed', reviewed: 'Reviewed', all: 'All' };

type FilterValues = { from: DateParts; to: DateParts; status: AttendanceStatus };

const dateLabels = { from: 'From date', to: 'To date' } as const;
const filterFields: FieldSpecs<FilterValues> = {
  from: { id: 'from-day', read: readDateParts(dateLabels.from), invalid: 'From date must be 1 January 2000 or later' },
  to: { id: 'to-day', read: readDateParts(dateLabels.to), invalid: 'To date must be 1 January 2000 or later' },
  status: { id: 'status' },
};

function filtersFrom(params: URLSearchParams): AttendanceFilters {
  const status = attendanceStatusSchema.safeParse(params.get('status'));
  const page = Number(params.get('page'));
  return {
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    status: status.success ? status.data : 'unreviewed',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The lead's list of flagged attendances at their organisation. Filters live in the URL. */
export function AttendancesPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const attendances = useAttendances(filters);
  const form = useContractForm({
    schema: attendancesQuerySchema,
    fields: filterFields,
    initial: { from: datePartsOf(filters.from), to: datePartsOf(filters.to), status: filters.status },
  });

  // A range the server refuses (too long, or backwards) belongs to the dates as a whole.
  const rangeError =
    attendances.error instanceof ApiClientError && attendances.error.status === 400
      ? attendances.error.message
      : undefined;
  const problems = form.hasProblems ? form.summary : rangeError ? [{ message: rangeError, href: '#from-day' }] : [];
  usePageTitle('Safeguarding review', problems.length > 0);

  const apply = form.handleSubmit(({ from, to, status }) => {
    const next = new URLSearchParams();
    if (from) next.set('from', from);
    if (to) next.set('to', to);
    next.set('status', status);
    setParams(next);
  });

  /** One date filter: its message on the field, and only the day, month or year at fault marked. */
  const dateField = (field: 'from' | 'to') => {
    const error = form.errorFor(field) ?? (field === 'from' && !form.hasProblems ? rangeError : undefined);
    const faulty = form.errorFor(field) ? datePartsProblem(dateLabels[field], form.values[field])?.parts : undefined;
    return (
      <DateField
        id={field}
        legend={field === 'from' ? 'From' : 'To'}
        hint={
          field === 'from' ? 'For example, 15 11 2026' : 'Up to 92 days. Leave both dates empty for the last 7 days.'
        }
        error={error}
        faulty={faulty}
        value={form.values[field]}
        onChange={(value) => form.setValue(field, value)}
      />
    );
  };
  const pageLink = (page: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(page));
    return `?${next.toString()}`;
  };

  const data = attendances.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / ATTENDANCES_PAGE_SIZE)) : 1;
  return (
    <>
      <ProblemSummary key={form.attempt} problems={problems} />
      <h1>Safeguarding review</h1>
      <p>
        Attendances at your organisation of people with a child protection plan, looked after status or an unborn child
        protection plan.
      </p>
      <form onSubmit={apply} noValidate aria-label="Filter attendances">
        {dateField('from')}
        {dateField('to')}
        <Select
          id="status"
          label="Show"
          value={form.values.status}
          onChange={(event) => form.setValue('status', event.currentTarget.value as AttendanceStatus)}
        >
          {attendanceStatusSchema.options.map((status) => (
            <Select.Option key={status} value={status}>
              {statusLabels[status]}
            </Select.Option>
          ))}
        </Select>
        <Button type="submit" secondary>
          Apply filters
        </Button>
      </form>

      {attendances.isPending ? <p role="status">Loading attendances…</p> : null}
      {attendances.isPlaceholderData ? <p role="status">Updating the list for these filters…</p> : null}
      {attendances.isError && !rangeError ? (
        <section aria-labelledby="attendances-error">
          <h2 id="attendances-error">Attendances could not be loaded</h2>
          <p>{attendances.error.message}</p>
          <Button secondary onClick={() => void attendances.refetch()}>
            Try again
          </Button>
        </section>
      ) : null}
      {data ? (
        <>
          <p role="status">
            <strong>{data.unreviewed === 1 ? '1 attendance' : `${data.unreviewed} attendances`} not reviewed</strong>{' '}
            from {formatDate(data.from)} to {formatDate(data.to)}.
          </p>
          {data.attendances.length === 0 ? (
            <p>
              No {data.status === 'all' ? '' : `${statusLabels[data.status].toLowerCase()} `}attendances from{' '}
              {formatDate(data.from)} to {formatDate(data.to)}.
            </p>
          ) : (
            <AttendancesTable
              attendances={data.attendances}
              caption={`${statusLabels[data.status]} attendances: page ${data.page} of ${pages} (${data.total} in all)`}
            />
          )}
          <PageLinks page={data.page} pages={pages} to={pageLink} />
        </>
      ) : null}
    </>
  );
}
