/** While a screen's own chunk downloads: announced to screen readers, never a blank page. */
export function Loading() {
  return (
    <p className="nhsuk-body" role="status">
      Loading…
    </p>
  );
}
