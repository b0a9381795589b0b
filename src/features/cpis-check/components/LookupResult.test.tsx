import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureTimes, lookupFixtures } from '../../../../mocks/lookups.ts';
import { LookupResult } from './LookupResult.tsx';

const order = (first: HTMLElement, then: HTMLElement) =>
  Boolean(first.compareDocumentPosition(then) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('LookupResult', () => {
  it('reads from the glance outward: outcome, each plan with status and number, person, details, visits', () => {
    render(<LookupResult lookup={lookupFixtures.twoPlans('clinician')} now={fixtureTimes.mondayMorning} />);
    const outcome = screen.getByRole('region', { name: 'CP-IS: 2 plans found 2 active' });
    expect(outcome).toHaveClass('app-outcome--flag');
    const lac = screen.getByRole('heading', { level: 3, name: 'Looked after child Active' });
    const callLac = screen.getAllByRole('link', { name: '0161 496 0303' })[0]!;
    const person = screen.getByRole('heading', { name: 'Check these details match the child in front of you' });
    const details = screen.getByRole('heading', { name: 'Looked after child: details' });
    const visits = screen.getByRole('table', { name: 'Previous 25 unscheduled care visits' });
    expect(outcome).toContainElement(lac);
    expect(outcome).toContainElement(callLac);
    expect(order(callLac, person) && order(person, details) && order(details, visits)).toBe(true);
  });

  it('puts an ended plan in the heading too', () => {
    render(<LookupResult lookup={lookupFixtures.endedWithStaleData('clinician')} now={fixtureTimes.mondayMorning} />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'CP-IS: 1 plan found Ended on 21 August 2026' }),
    ).toBeVisible();
  });

  it('says "no CP-IS information" in its own shape, and that it is not an all-clear', () => {
    render(<LookupResult lookup={lookupFixtures.noPlans()} now={fixtureTimes.mondayMorning} />);
    expect(screen.getByRole('region', { name: 'No CP-IS information for this NHS number' })).toHaveClass(
      'app-outcome--none',
    );
    expect(screen.getByText(/does not mean there are no safeguarding concerns/)).toBeInTheDocument();
  });
});
