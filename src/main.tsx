import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import './styles.scss';

async function enableMocking(): Promise<void> {
  // `npm run dev:mock` only: the SPA runs on MSW with no BFF. Never part of a production build.
  if (import.meta.env.MODE !== 'mock') return;
  const { worker } = await import('../mocks/browser.ts');
  await worker.start({ onUnhandledFrame: 'warn' });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void enableMocking().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} />
    </StrictMode>,
  );
});
