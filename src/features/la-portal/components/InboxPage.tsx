import { usePageTitle } from '../../../lib/page-title.ts';

/** The LA contact centre's home: the notifications of its children's visits to unscheduled care. */
export function InboxPage() {
  usePageTitle('Notifications');
  return <h1>Notifications</h1>;
}
