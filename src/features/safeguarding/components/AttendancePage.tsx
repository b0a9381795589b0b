import { BackLink, SummaryList } from 'nhsuk-react-components';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime, formatNhsNumber, type Review } from '#contract';
import { PlanCallout } from '../../../components/cpis/PlanCallout.tsx';
import { VisitsTable } from '../../../components/cpis/VisitsTable.tsx';
import { ApiClientError } from '../../../lib/api-client.ts';
import { reviewOutcomeLabels, roleLabels, settingTypeLabels } from '../../../lib/labels.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useAttendance } from '../api/get-attendance.ts';
import { ReviewForm } from './ReviewForm.tsx';
import { useEveryMinute } from '../../../lib/use-every-minute.ts';

function ReviewHistory({ reviews }: { reviews: Review[] }) {
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews</h2>
      {reviews.length === 0 ? (
        <p>Not reviewed yet.</p>
      ) : (
        <ol className="nhsuk-list">
          {reviews.map((review) => (
            <li key={`${review.reviewedAt}-${review.outcome}`} className="nhsuk-u-margin-bottom-3">
              <strong>{reviewOutcomeLabels[review.outcome]}</strong>
              <br />
              {review.reviewer.name} ({review.reviewer.jobRoleName}), {formatDateTime(review.reviewedAt)}
              {review.note ? (
                <>
                  <br />
                  {review.note}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The route: the attendance named in the URL (an opaque id, never an NHS number). */
export function AttendanceRoute() {
  const { id = '' } = useParams();
  return <AttendancePage id={id} />;
}

/** One attendance: who, when, where; the plans; visits everywhere; the reviews, and a new one. */
export function AttendancePage({ id, now = () => new Date() }: { id: string; now?: () => Date }) {
  const detail = useAttendance(id);
  useEveryMinute();
  const [formError, setFormError] = useState(false);
  const notFound = detail.error instanceof ApiClientError && detail.error.status === 404;
  usePageTitle(notFound ? 'Attendance not found' : 'Attendance', formError);

  const back = (
    <BackLink asElement={Link} to="/safeguarding">
      Back to safeguarding review
    </BackLink>
  );
  if (detail.isPending) return <p role="status">Loading the attendance…</p>;
  if (detail.isError) {
    return (
      <>
        {back}
        <h1>{notFound ? 'Attendance not found' : 'The attendance could not be loaded'}</h1>
        <p>{notFound ? 'There is no such attendance at your organisation.' : detail.error.message}</p>
      </>
    );
  }

  const { attendance, plans, visits } = detail.data;
  return (
    <>
      {back}
      <h1>
        {attendance.person.givenName} {attendance.person.familyName}: attendance on {formatDateTime(attendance.at)}
      </h1>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>NHS number</SummaryList.Key>
          <SummaryList.Value className="app-nowrap">{formatNhsNumber(attendance.nhsNumber)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Date of birth</SummaryList.Key>
          <SummaryList.Value>{formatDate(attendance.person.dateOfBirth)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Where</SummaryList.Key>
          <SummaryList.Value>{settingTypeLabels[attendance.settingType]}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>CP-IS first checked by</SummaryList.Key>
          <SummaryList.Value>{roleLabels[attendance.firstCheckedByRole]}</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
      <h2>Plans</h2>
      {plans.map((plan, index) => (
        <PlanCallout key={`${plan.localAuthority.code}-${plan.type}-${index}`} plan={plan} now={now()} />
      ))}
      <VisitsTable visits={visits} />
      <ReviewHistory reviews={attendance.reviews} />
      <ReviewForm attendanceId={attendance.id} onError={setFormError} />
    </>
  );
}
