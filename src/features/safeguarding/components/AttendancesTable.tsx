import { Table } from 'nhsuk-react-components';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatNhsNumber, type Attendance } from '#contract';
import { planTypeLabels, roleLabels, settingTypeLabels } from '../../../lib/labels.ts';

/** One row per attendance; the date links to the attendance (an audited opening). */
export function AttendancesTable({ attendances, caption }: { attendances: Attendance[]; caption: string }) {
  return (
    <Table caption={caption} responsive>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Attended</Table.Cell>
          <Table.Cell>Person</Table.Cell>
          <Table.Cell>Plans</Table.Cell>
          <Table.Cell>First checked by</Table.Cell>
          <Table.Cell>Review</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {attendances.map((attendance) => (
          <Table.Row key={attendance.id}>
            <Table.Cell>
              <Link className="app-nowrap" to={`/safeguarding/attendances/${attendance.id}`}>
                {formatDateTime(attendance.at)}
              </Link>
              <br />
              {settingTypeLabels[attendance.settingType]}
            </Table.Cell>
            <Table.Cell>
              {attendance.person.givenName} {attendance.person.familyName}
              <br />
              Born {formatDate(attendance.person.dateOfBirth)}
              <br />
              NHS number <span className="app-nowrap">{formatNhsNumber(attendance.nhsNumber)}</span>
            </Table.Cell>
            <Table.Cell>
              {attendance.planTypes.map((type) => planTypeLabels[type]).join('; ')}
              <br />
              {attendance.localAuthorities.map((la) => la.name).join('; ')}
            </Table.Cell>
            <Table.Cell>{roleLabels[attendance.firstCheckedByRole]}</Table.Cell>
            <Table.Cell>
              {attendance.reviews.length === 0 ? 'Not reviewed' : `Reviewed (${attendance.reviews.length})`}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
