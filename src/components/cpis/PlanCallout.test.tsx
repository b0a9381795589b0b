import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureTimes, lookupFixtures } from '../../../mocks/lookups.ts';
import { PlanCallout } from './PlanCallout.tsx';

describe('PlanCallout', () => {
  it('puts the plan type, its status and the number to call first, then the details', () => {
    const { container } = render(
      <PlanCallout plan={lookupFixtures.activeCpp('clinician').plans[0]!} now={fixtureTimes.mondayMorning} />,
    );
    const heading = screen.getByRole('heading', { level: 3, name: 'Child protection plan Active' });
    const links = within(container).getAllByRole('link');
    expect(links[0]).toHaveAccessibleName('0121 496 0101');
    expect(
      heading.compareDocumentPosition(screen.getByText('Start date')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
