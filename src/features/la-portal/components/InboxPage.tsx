import { Table, Tag } from 'nhsuk-react-components';
import { Link, useSearchParams } from 'react-router';
import {
  formatDate,
  formatDateTime,
  formatNhsNumber,
  LA_PAGE_SIZE,
  type LaNotification,
  type NotificationStatus,
} from '#contract';
import { PageLinks } from '../../../components/PageLinks.tsx';
import { planTypeLabels, roleLabels, settingTypeLabels } from '../../../lib/labels.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useNotifications, type InboxFilters } from '../api/list-notifications.ts';
import { statusLabels } from './labels.ts';

const filters = ['new', 'filed', 'forwarded', 'all'] as const;
const inboxLink = (status: InboxFilters['status'], page: number) =>
  `/la?status=${status}${page > 1 ? `&page=${page}` : ''}`;
const isFilter = (value: string | null): value is InboxFilters['status'] =>
  (filters as readonly (string | null)[]).includes(value);

function StatusTag({ status }: { status: NotificationStatus }) {
  const colour = status === 'new' ? 'blue' : status === 'forwarded' ? 'orange' : 'grey';
  return <Tag modifier={colour}>{statusLabels[status]}</Tag>;
}

function NotificationsTable({ notifications, caption }: { notifications: LaNotification[]; caption: string }) {
  return (
    <Table caption={caption} responsive>
      <Table.Head>
        <Table.Row>
          <Table.Cell>When and where</Table.Cell>
          <Table.Cell>Child</Table.Cell>
          <Table.Cell>Plans</Table.Cell>
          <Table.Cell>Who looked</Table.Cell>
          <Table.Cell>Status</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {notifications.map((notification) => (
          <Table.Row key={notification.id}>
            <Table.Cell>
              <Link to={`/la/notifications/${notification.id}`}>{formatDateTime(notification.at)}</Link>
              <br />
              {notification.organisation.name}
              <br />
              {settingTypeLabels[notification.settingType]}
            </Table.Cell>
            <Table.Cell>
              {notification.person ? (
                <>
                  {notification.person.givenName} {notification.person.familyName}
                  <br />
                  Born {formatDate(notification.person.dateOfBirth)}
                  <br />
                </>
              ) : null}
              NHS number {formatNhsNumber(notification.nhsNumber)}
            </Table.Cell>
            <Table.Cell>
              {notification.planTypes.length > 0
                ? notification.planTypes.map((type) => planTypeLabels[type]).join('; ')
                : 'No plan held now'}
            </Table.Cell>
            <Table.Cell>
              {roleLabels[notification.viewerRole]} ({notification.viewerJobRoleName})
            </Table.Cell>
            <Table.Cell>
              <StatusTag status={notification.status} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/**
 * The LA contact centre's home: notifications of its children's visits to unscheduled care, new
 * first. Polled while open, so a visit shows up within half a minute without reloading.
 */
export function InboxPage() {
  const [params] = useSearchParams();
  const requested = params.get('status');
  const status = isFilter(requested) ? requested : 'new';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const inbox = useNotifications({ status, page });
  const newCount = inbox.data?.new;
  usePageTitle(newCount === undefined ? 'Notifications' : `Notifications (${newCount} new)`);

  const lastPage = inbox.data ? Math.max(1, Math.ceil(inbox.data.total / LA_PAGE_SIZE)) : 1;

  return (
    <>
      <h1>Notifications {newCount !== undefined ? <Tag modifier="blue">{newCount} new</Tag> : null}</h1>
      <p>
        Each is a visit by one of your children to unscheduled care. File it on the child&apos;s case for the allocated
        worker; if the case has closed, forward it to the MASH without delay.
      </p>
      <nav aria-label="Show notifications">
        <ul className="nhsuk-list la-portal-filters">
          {filters.map((filter) => (
            <li key={filter}>
              <Link to={inboxLink(filter, 1)} aria-current={filter === status ? 'page' : undefined}>
                {filter === status ? <strong>{statusLabels[filter]}</strong> : statusLabels[filter]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {inbox.isPending ? <p role="status">Loading notifications…</p> : null}
      {inbox.isError && !inbox.data ? (
        <p role="alert">
          The notifications could not be loaded: {inbox.error.message} This page tries again by itself.
        </p>
      ) : null}
      {inbox.data ? (
        inbox.data.notifications.length === 0 ? (
          <p role="status">{status === 'new' ? 'No new notifications.' : 'No notifications to show.'}</p>
        ) : (
          <>
            <NotificationsTable
              notifications={inbox.data.notifications}
              caption={`${statusLabels[status]} notifications: ${inbox.data.total}, newest first`}
            />
            <PageLinks page={page} pages={lastPage} to={(to) => inboxLink(status, to)} />
          </>
        )
      ) : null}
    </>
  );
}
