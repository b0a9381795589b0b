import { useEffect } from 'react';

export const SERVICE_NAME = 'CP-IS Lookup';

/** NHS pattern: "Page - Service - NHS", prefixed "Error: " while the page shows an error. */
export function usePageTitle(page: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${page} - ${SERVICE_NAME} - NHS`;
  }, [page, hasError]);
}
