import { SummaryList, Table } from 'nhsuk-react-components';
import { type ExtractReceipt, formatDateTime } from '#contract';

/** What an upload did, row by row: the counts, and each rejected row with its line and reason. */
export function ReceiptView({ receipt, headingLevel = 2 }: { receipt: ExtractReceipt; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={`receipt-${receipt.uploadId}`}>
      <Heading id={`receipt-${receipt.uploadId}`}>Receipt for upload {receipt.uploadId}</Heading>
      <SummaryList>
        <SummaryList.Row>
          <SummaryList.Key>Received</SummaryList.Key>
          <SummaryList.Value>{formatDateTime(receipt.receivedAt)}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Rows received</SummaryList.Key>
          <SummaryList.Value>{receipt.rows.received}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Rows applied</SummaryList.Key>
          <SummaryList.Value>{receipt.rows.applied}</SummaryList.Value>
        </SummaryList.Row>
        <SummaryList.Row>
          <SummaryList.Key>Rows rejected</SummaryList.Key>
          <SummaryList.Value>{receipt.rows.rejected}</SummaryList.Value>
        </SummaryList.Row>
      </SummaryList>
      {receipt.rejections.length > 0 ? (
        <Table caption="Rejected rows: correct them and send them again" responsive>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Line</Table.Cell>
              <Table.Cell>Plan reference</Table.Cell>
              <Table.Cell>Code</Table.Cell>
              <Table.Cell>Why</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {receipt.rejections.map((rejection) => (
              <Table.Row key={rejection.line}>
                <Table.Cell>{rejection.line}</Table.Cell>
                <Table.Cell>{rejection.laPlanRef || '(blank)'}</Table.Cell>
                <Table.Cell>{rejection.code}</Table.Cell>
                <Table.Cell>{rejection.message}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
    </section>
  );
}
