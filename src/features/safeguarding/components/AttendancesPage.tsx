import { Button, Pagination, Select, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ATTENDANCES_PAGE_SIZE, attendanceStatusSchema, formatDate, type AttendanceStatus } from '#contract';
import { ApiClientError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useAttendances, type AttendanceFilters } from '../api/list-attendances.ts';
import { AttendancesTable } from './AttendancesTable.tsx';
import { ProblemSummary } from '../../../components/ProblemSummary.tsx';

const statusLabels: Record<AttendanceStatus, string> = { unreviewed: 'Not reviewed', reviewed: 'Reviewed', all: 'All' };

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
  const [draft, setDraft] = useState({ from: filters.from ?? '', to: filters.to ?? '', status: filters.status });

  const rangeError =
    attendances.error instanceof ApiClientError && attendances.error.status === 400
      ? attendances.error.message
      : undefined;
  usePageTitle('Safeguarding review', rangeError !== undefined);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.from) next.set('from', draft.from);
    if (draft.to) next.set('to', draft.to);
    next.set('status', draft.status);
    setParams(next);
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
      <ProblemSummary problems={rangeError ? [{ message: rangeError, href: '#from' }] : []} />
      <h1>Safeguarding review</h1>
      <p>
        Attendances at your organisation of people with a child protection plan, looked after status or an unborn child
        protection plan.
      </p>
      <form onSubmit={apply} noValidate aria-label="Filter attendances">
        <TextInput
          id="from"
          label="From"
          type="date"
          width={10}
          value={draft.from}
          error={rangeError}
          onChange={(event) => setDraft({ ...draft, from: event.currentTarget.value })}
        />
        <TextInput
          id="to"
          label="To"
          type="date"
          width={10}
          hint="Up to 92 days. Leave both dates empty for the last 7 days."
          value={draft.to}
          onChange={(event) => setDraft({ ...draft, to: event.currentTarget.value })}
        />
        <Select
          id="status"
          label="Show"
          value={draft.status}
          onChange={(event) => setDraft({ ...draft, status: event.currentTarget.value as AttendanceStatus })}
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
          {pages > 1 ? (
            <Pagination>
              {data.page > 1 ? (
                <Pagination.Link previous asElement={Link} to={pageLink(data.page - 1)}>
                  Previous page
                </Pagination.Link>
              ) : null}
              {data.page < pages ? (
                <Pagination.Link next asElement={Link} to={pageLink(data.page + 1)}>
                  Next page
                </Pagination.Link>
              ) : null}
            </Pagination>
          ) : null}
        </>
      ) : null}
    </>
  );
}
