import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Outcome } from './Outcome.tsx';

describe('Outcome', () => {
  it.each(['flag', 'none', 'failed'] as const)('labels its region by its heading and draws the %s shape', (kind) => {
    render(
      <Outcome kind={kind} heading="An outcome">
        <p>What to do</p>
      </Outcome>,
    );
    const region = screen.getByRole('region', { name: 'An outcome' });
    expect(region).toHaveClass(`app-outcome--${kind}`);
    expect(region.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'An outcome' })).toHaveAttribute('id', 'cpis-result-heading');
  });
});
