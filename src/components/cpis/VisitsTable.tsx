import { Table } from 'nhsuk-react-components';
import { formatDateTime, VISIT_HISTORY_LIMIT, type VisitSummary } from '#contract';
import { roleLabels, settingTypeLabels } from '../../lib/labels.ts';

/**
 * The child's previous unscheduled-care visits, newest first (the server sends them in that order),
 * with who opened each; the attendance on screen is marked, so it is not taken for an earlier one.
 */
export function VisitsTable({ visits }: { visits: VisitSummary[] }) {
  if (visits.length === 0) {
    return (
      <>
        <h2 className="nhsuk-heading-m">Previous unscheduled care visits</h2>
        <p>No previous unscheduled care visits are recorded in CP-IS.</p>
      </>
    );
  }
  return (
    <Table caption={`Previous ${VISIT_HISTORY_LIMIT} unscheduled care visits`} responsive>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Date and time</Table.Cell>
          <Table.Cell>Organisation</Table.Cell>
          <Table.Cell>Setting</Table.Cell>
          <Table.Cell>Checked by</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {visits.map((visit) => (
          <Table.Row key={`${visit.at}-${visit.organisation.code}`}>
            <Table.Cell>
              {formatDateTime(visit.at)}
              {visit.thisAttendance ? (
                <>
                  {' '}
                  <strong className="nhsuk-tag nhsuk-tag--blue">This attendance</strong>
                </>
              ) : null}
            </Table.Cell>
            <Table.Cell>{visit.organisation.name}</Table.Cell>
            <Table.Cell>{settingTypeLabels[visit.settingType]}</Table.Cell>
            <Table.Cell>{roleLabels[visit.viewerRole]}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
