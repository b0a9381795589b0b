import { BackLink, SummaryList } from 'nhsuk-react-components';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime, formatNhsNumber, type LaAction, type NotificationAction } from '#contract';
import { PlanCallout } from '../../../components/cpis/PlanCallout.tsx';
import { VisitsTable } from '../../../components/cpis/VisitsTable.tsx';
import { ApiClientError } from '../../../lib/api-client.ts';
import { roleLabels, settingTypeLabels } from '../../../lib/labels.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useNotification } from '../api/get-notification.ts';
import { ActionForm } from './ActionForm.tsx';
import { actionLabels, statusLabels } from './labels.ts';

function ActionHistory({ actions }: { actions: NotificationAction[] }) {
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      {actions.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <ol className="nhsuk-list">
          {actions.map((action) => (
            <li key={`${action.at}-${action.action}`} className="nhsuk-u-margin-bottom-3">
              <strong>{actionLabels[action.action]}</strong>
              {action.caseReference ? `: case ${action.caseReference}` : ''}
              <br />
              {action.by}, {formatDateTime(action.at)}
              {action.note ? (
                <>
                  <br />
                  {action.note}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The route: the notification named in the URL (an opaque id, never an NHS number). */
export function NotificationRoute() {
  const { id = '' } = useParams();
  return <NotificationPage id={id} />;
}

/** One notification: the visit, the LA's plans for the child, visits everywhere, and what was done. */
export function NotificationPage({ id, now = () => new Date() }: { id: string; now?: () => Date }) {
  const detail = useNotification(id);
  const [formError, setFormError] = useState(false);
  const [recorded, setRecorded] = useState<LaAction>();
  const banner = useRef<HTMLDivElement>(null);
  // The banner is at the top and the form at the bottom: take the user (and focus) to it.
  useEffect(() => {
    if (recorded) banner.current?.focus();
  }, [recorded]);
  const notFound = detail.error instanceof ApiClientError && detail.error.status === 404;
  usePageTitle(notFound ? 'Notification not found' : 'Notification', formError);

  const back = (
    <BackLink asElement={Link} to="/la">
      Back to notifications
    </BackLink>
  );
  if (detail.isPending) return <p role="status">Loading the notification…</p>;
  if (detail.isError) {
    return (
      <>
        {back}
        <h1>{notFound ? 'Notification not found' : 'The notification could not be loaded'}</h1>
        <p>{notFound ? 'There is no such notification for your local authority.' : detail.error.message}</p>
      </>
    );
  }

  const { notification, plans, visits } = detail.data;
  const child = notification.person
    ? `${notification.person.givenName} ${notification.person.familyName}`
    : `NHS number ${formatNhsNumber(notification.nhsNumber)}`;
  return (
    <>
      {back}
      {recorded ? (
        <div className="nhsuk-card nhsuk-card--feature" role="status" tabIndex={-1} ref={banner}>
          <div className="nhsuk-card__content nhsuk-card__content--feature">
            <h2 className="nhsuk-card__heading nhsuk-card__heading--feature">Action recorded</h2>
            <p>
              {actionLabels[recorded]}. It is no longer in your new notifications.{' '}
              <Link to="/la">Back to new notifications</Link>
            </p>
          </div>
        </div>
      ) : null}
      <h1>
        {child}: seen on {formatDateTime(notification.at)}
      </h1>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>NHS number</SummaryList.Key>
          <SummaryList.Value>{formatNhsNumber(notification.nhsNumber)}</SummaryList.Value>
        </SummaryList.Row>
        {notification.person ? (
          <SummaryList.Row>
            <SummaryList.Key>Date of birth</SummaryList.Key>
            <SummaryList.Value>{formatDate(notification.person.dateOfBirth)}</SummaryList.Value>
          </SummaryList.Row>
        ) : null}
        <SummaryList.Row>
          <SummaryList.Key>Where</SummaryList.Key>
          <SummaryList.Value>
            {notification.organisation.name} ({settingTypeLabels[notification.settingType]})
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Who looked</SummaryList.Key>
          <SummaryList.Value>
            {roleLabels[notification.viewerRole]} ({notification.viewerJobRoleName})
          </SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Status</SummaryList.Key>
          <SummaryList.Value>{statusLabels[notification.status]}</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
      <h2>Your plans for this child</h2>
      {plans.length === 0 ? <p>Your local authority holds no visible plan for this child now.</p> : null}
      {plans.map((plan, index) => (
        <PlanCallout key={`${plan.type}-${index}`} plan={plan} now={now()} />
      ))}
      <VisitsTable visits={visits} />
      <ActionHistory actions={notification.actions} />
      <ActionForm notificationId={notification.id} onError={setFormError} onRecorded={setRecorded} />
    </>
  );
}
