import type { Preview } from '@storybook/react-vite';
import { QueryClientProvider } from '@tanstack/react-query';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { MemoryRouter } from 'react-router';
import { handlers } from '../mocks/handlers.ts';
import { createQueryClient } from '../src/app/query-client.ts';
import '../src/styles.scss';

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    msw: { handlers },
    // Stories fail on any axe violation, as every page must meet WCAG 2.2 AA.
    a11y: { test: 'error' },
    // The commonest NHS desktop screen: what must show without scrolling is judged at this size.
    viewport: {
      options: { nhsDesktop: { name: 'NHS desktop 1366 x 768', styles: { width: '1366px', height: '768px' } } },
    },
  },
  decorators: [
    (Story) => (
      // A fresh client per story: a cached answer must never leak from one state into another.
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter>
          <Story />
        </MemoryRouter>
      </QueryClientProvider>
    ),
  ],
};

export default preview;
