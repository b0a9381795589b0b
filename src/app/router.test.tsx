import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../test/render.tsx';

describe('the app frame', () => {
  it('has a skip link to the main landmark, the service name, and the check as home', async () => {
    renderRoute('/');
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveAttribute('href', '#maincontent');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'maincontent');
    expect(within(screen.getByRole('banner')).getByText('CP-IS Lookup')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeInTheDocument();
    expect(document.title).toBe('Check CP-IS - CP-IS Lookup - NHS');
  });

  it('links the service status from the footer, a page anyone may see', async () => {
    renderRoute('/status');
    expect(await screen.findByText('Ready')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Service status' })).toHaveAttribute('href', '/status');
    expect(document.title).toBe('Service status - CP-IS Lookup - NHS');
  });

  it('shows an NHS "Page not found" for an unknown path', () => {
    renderRoute('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found - CP-IS Lookup - NHS');
  });
});
