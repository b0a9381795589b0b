import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { pdsFixtures } from '../../../../mocks/pds.ts';
import { closeness, TraceResults, type TraceResultsProps } from './TraceResults.tsx';

const props = (overrides: Partial<TraceResultsProps>): TraceResultsProps => ({
  fuzzy: false,
  onChoose: vi.fn(),
  onRetry: vi.fn(),
  onSearchCloseSpellings: vi.fn(),
  ...overrides,
});

describe('TraceResults', () => {
  it('puts PDS scores in words', () => {
    expect([1, 0.95, 0.85, 0.84].map(closeness)).toEqual([
      'Exact match',
      'Close match',
      'Close match',
      'Possible match',
    ]);
  });

  it('keeps "could not be searched" apart from "no match"', () => {
    const { rerender } = render(<TraceResults {...props({ failure: { kind: 'unavailable' } })} />);
    expect(screen.getByRole('heading', { name: 'PDS could not be searched' })).toBeInTheDocument();
    expect(screen.getByText(/This is not the same as no match/)).toBeInTheDocument();
    rerender(<TraceResults {...props({ answer: pdsFixtures.noMatch() })} />);
    expect(screen.getByRole('heading', { name: 'No match on PDS' })).toBeInTheDocument();
  });

  it('offers close spellings only when the search did not ask for them', async () => {
    const onSearchCloseSpellings = vi.fn();
    const { rerender } = render(<TraceResults {...props({ answer: pdsFixtures.noMatch(), onSearchCloseSpellings })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Search again including close spellings' }));
    expect(onSearchCloseSpellings).toHaveBeenCalledOnce();
    rerender(<TraceResults {...props({ answer: pdsFixtures.noMatch(), fuzzy: true })} />);
    expect(screen.queryByRole('button', { name: /close spellings/ })).not.toBeInTheDocument();
  });

  it('lists matches best first, each with a way to choose it', async () => {
    const onChoose = vi.fn();
    render(<TraceResults {...props({ answer: pdsFixtures.twins(), onChoose, chosen: '9990010013' })} />);
    expect(screen.getByText('Chosen: CP-IS is checked for this NHS number')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Choose Noah Brightwell, 999 001 0021' }));
    expect(onChoose).toHaveBeenCalledWith('9990010021');
  });
});
