import { Pagination } from 'nhsuk-react-components';
import { Link } from 'react-router';

/**
 * Previous and next links for a list the BFF serves a page at a time; nothing when it fits on one
 * page. `to` says where a page is (the list's own filters stay in its URL).
 */
export function PageLinks({ page, pages, to }: { page: number; pages: number; to: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <Pagination>
      {page > 1 ? (
        <Pagination.Link previous asElement={Link} to={to(page - 1)}>
          Previous page
        </Pagination.Link>
      ) : null}
      {page < pages ? (
        <Pagination.Link next asElement={Link} to={to(page + 1)}>
          Next page
        </Pagination.Link>
      ) : null}
    </Pagination>
  );
}
