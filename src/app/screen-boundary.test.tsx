import { render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ScreenBoundary } from './screen-boundary.tsx';

function renderScreen(screenElement: React.ReactElement) {
  render(
    <MemoryRouter>
      <Routes>
        <Route element={<ScreenBoundary />}>
          <Route index element={screenElement} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

/** A lazy screen whose chunk settles when the test says. */
function lazyScreen() {
  let settle!: { arrive(): void; fail(error: Error): void };
  const chunk = new Promise<{ default: () => React.ReactElement }>((resolve, reject) => {
    settle = { arrive: () => resolve({ default: () => <h1>Flagged attendances</h1> }), fail: reject };
  });
  const Screen = lazy(() => chunk);
  return { element: <Screen />, ...settle };
}

describe('a screen in its own chunk', () => {
  it('says it is loading, to screen readers too, until the chunk arrives', async () => {
    const { element, arrive } = lazyScreen();
    renderScreen(element);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    arrive();
    expect(await screen.findByRole('heading', { level: 1, name: 'Flagged attendances' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('asks for a reload when the chunk cannot be fetched (a release replaced it)', async () => {
    const { element, fail } = lazyScreen();
    renderScreen(element);
    fail(new TypeError('Failed to fetch dynamically imported module: https://example.test/assets/x.js'));
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(document.title).toBe('Error: This page could not be loaded - CP-IS Lookup - NHS');
  });

  it('shows the service error page for a screen that fails for any other reason', async () => {
    function Broken(): React.ReactElement {
      throw new Error('a bug');
    }
    renderScreen(<Broken />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
    ).toBeInTheDocument();
  });
});
