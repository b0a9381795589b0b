import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/node.ts';
import { useDrafts } from '../stores/drafts.ts';
import { useSessionNotice } from '../stores/session-notice.ts';

// nhsuk-frontend expects these classes on <body> (index.html sets them in the browser).
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // Stores live as long as the page: each test starts as a fresh page would.
  useDrafts.getState().clear();
  useSessionNotice.getState().dismiss();
});
afterAll(() => server.close());
