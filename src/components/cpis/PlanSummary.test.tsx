import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureTimes, lookupFixtures } from '../../../mocks/lookups.ts';
import { PlanSummary } from './PlanSummary.tsx';

describe('PlanSummary', () => {
  it('gives the plan type with its status in one heading, then whom to call now', () => {
    render(
      <PlanSummary plan={lookupFixtures.endedWithStaleData('clinician').plans[0]!} now={fixtureTimes.mondayMorning} />,
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'Child protection plan Ended on 21 August 2026' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: '0121 496 0101' })).toBeInTheDocument();
    expect(screen.queryByText('Start date')).not.toBeInTheDocument();
  });
});
