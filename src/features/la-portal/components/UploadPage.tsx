import { Button, ErrorMessage, Table, WarningCallout } from 'nhsuk-react-components';
import { formatDateTime } from '#contract';
import { useState, type FormEvent } from 'react';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useUploads } from '../api/list-uploads.ts';
import { useUploadExtract } from '../api/upload-extract.ts';
import { ReceiptView } from './ReceiptView.tsx';

const DAY_MS = 24 * 60 * 60 * 1000;

function UploadHistory({ now }: { now: Date }) {
  const uploads = useUploads();
  if (uploads.isPending) return <p role="status">Loading your uploads…</p>;
  if (uploads.isError) return <p role="alert">Your uploads could not be loaded: {uploads.error.message}</p>;
  const { lastAppliedAt } = uploads.data;
  const stale = lastAppliedAt === null || now.getTime() - Date.parse(lastAppliedAt) > DAY_MS;
  return (
    <>
      {stale ? (
        <WarningCallout>
          <WarningCallout.Heading>Your data is more than a day old</WarningCallout.Heading>
          <p>
            {lastAppliedAt
              ? `Your last extract that applied was received ${formatDateTime(lastAppliedAt)}.`
              : 'No extract from your local authority has applied yet.'}{' '}
            Health staff see your plans as possibly out of date after 2 days. Send today&apos;s extract.
          </p>
        </WarningCallout>
      ) : null}
      <h2>Past uploads</h2>
      {uploads.data.uploads.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <Table caption="Your uploads, newest first" responsive>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Received</Table.Cell>
              <Table.Cell>By</Table.Cell>
              <Table.Cell>Rows received</Table.Cell>
              <Table.Cell>Applied</Table.Cell>
              <Table.Cell>Rejected</Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {uploads.data.uploads.map(({ by, receipt }) => (
              <Table.Row key={receipt.uploadId}>
                <Table.Cell>{formatDateTime(receipt.receivedAt)}</Table.Cell>
                <Table.Cell>{by.kind === 'token' ? `${by.name} (API)` : by.name}</Table.Cell>
                <Table.Cell>{receipt.rows.received}</Table.Cell>
                <Table.Cell>{receipt.rows.applied}</Table.Cell>
                <Table.Cell>{receipt.rows.rejected}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </>
  );
}

/** Send the LA's extract as a CSV file, watch it go, read the receipt; and the uploads before it. */
export function UploadPage({ now = () => new Date() }: { now?: () => Date }) {
  const [file, setFile] = useState<File>();
  const [missing, setMissing] = useState(false);
  const [progress, setProgress] = useState(0);
  const upload = useUploadExtract(setProgress);
  usePageTitle('Send your extract', missing);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!file);
    if (!file) return;
    setProgress(0);
    upload.mutate(file);
  };

  return (
    <>
      <h1>Send your extract</h1>
      <p>
        Your daily CSV extract of children on a plan, in the CP-IS extract format. Each row is checked; the receipt says
        which rows applied and why any were rejected.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <div className={`nhsuk-form-group${missing ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor="extract-file">
            Extract file (CSV)
          </label>
          {missing ? <ErrorMessage id="extract-file-error">Choose the CSV file to send</ErrorMessage> : null}
          <input
            className="nhsuk-file-upload"
            id="extract-file"
            name="extract"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={missing ? 'extract-file-error' : undefined}
            onChange={(event) => setFile(event.currentTarget.files?.[0])}
          />
        </div>
        <Button type="submit" disabled={upload.isPending}>
          Send extract
        </Button>
      </form>
      {upload.isPending ? (
        <div role="status">
          <label htmlFor="upload-progress">
            {progress < 1 ? 'Sending the file' : 'Checking and applying the rows'}
          </label>
          <progress
            id="upload-progress"
            max={1}
            value={progress < 1 ? progress : undefined}
            className="la-portal-progress"
          />
        </div>
      ) : null}
      {upload.isError ? <p role="alert">The extract could not be sent: {upload.error.message}</p> : null}
      {upload.data ? (
        <div role="status">
          <p>
            <strong>
              {upload.data.applied
                ? upload.data.receipt.rows.rejected > 0
                  ? 'Extract received: some rows were rejected.'
                  : 'Extract received: every row applied.'
                : 'Nothing applied: every row was rejected.'}
            </strong>
          </p>
          <ReceiptView receipt={upload.data.receipt} />
        </div>
      ) : null}
      <UploadHistory now={now()} />
    </>
  );
}
