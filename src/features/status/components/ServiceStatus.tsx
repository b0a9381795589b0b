import { Button, SummaryList, Tag } from 'nhsuk-react-components';
import { useReadiness } from '../api/get-readiness.ts';

const engineNames = { pglite: 'embedded (PGlite)', postgres: 'PostgreSQL server' } as const;

/** Whether the BFF and its store answer: the first thing to check when a lookup cannot be made. */
export function ServiceStatus() {
  const readiness = useReadiness();

  return (
    <section aria-labelledby="service-status-heading">
      <h2 id="service-status-heading">Service status</h2>
      {readiness.isPending ? (
        <p role="status">Checking the service…</p>
      ) : readiness.isError ? (
        <>
          <SummaryList>
            <SummaryList.Row>
              <SummaryList.Key>Database</SummaryList.Key>
              <SummaryList.Value>
                <Tag modifier="red">Not available</Tag> {readiness.error.message}
              </SummaryList.Value>
            </SummaryList.Row>
          </SummaryList>
          <Button secondary onClick={() => void readiness.refetch()}>
            Check again
          </Button>
        </>
      ) : (
        <SummaryList>
          <SummaryList.Row>
            <SummaryList.Key>Database</SummaryList.Key>
            <SummaryList.Value>
              <Tag modifier="green">Ready</Tag> {engineNames[readiness.data.database.engine]}
            </SummaryList.Value>
          </SummaryList.Row>
        </SummaryList>
      )}
    </section>
  );
}
