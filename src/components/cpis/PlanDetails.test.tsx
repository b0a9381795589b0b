import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureTimes, lookupFixtures } from '../../../mocks/lookups.ts';
import { PlanDetails } from './PlanDetails.tsx';

describe('PlanDetails', () => {
  it('shows a clinician the dates and legal status, and both LA numbers', () => {
    const lac = lookupFixtures.twoPlans('clinician').plans[1]!;
    render(<PlanDetails plan={lac} now={fixtureTimes.saturdayAfternoon} />);
    expect(screen.getByText('1 October 2025')).toBeInTheDocument();
    expect(screen.getByText('None: the plan is open')).toBeInTheDocument();
    expect(screen.getByText(/Voluntary accommodation/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0161 496 0303' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0161 496 0707' })).toBeInTheDocument();
    expect(screen.queryByText(/more than 2 days old/)).not.toBeInTheDocument();
  });

  it('shows reception no dates, and warns of old data and an overdue unborn plan', () => {
    const { rerender } = render(
      <PlanDetails plan={lookupFixtures.endedWithStaleData().plans[0]!} now={fixtureTimes.saturdayAfternoon} />,
    );
    expect(screen.queryByText('Start date')).not.toBeInTheDocument();
    expect(screen.getByText(/This plan has ended/)).toBeInTheDocument();
    expect(screen.getByText(/more than 2 days old/)).toBeInTheDocument();
    rerender(
      <PlanDetails plan={lookupFixtures.overdueUnborn('clinician').plans[0]!} now={fixtureTimes.saturdayAfternoon} />,
    );
    expect(screen.getByText(/expected delivery date has passed by more than 28 days/)).toBeInTheDocument();
    expect(screen.getByText('1 October 2026')).toBeInTheDocument();
  });
});
