import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanStatusTag } from './PlanStatusTag.tsx';

describe('PlanStatusTag', () => {
  it('says Active, Ended on its date, or Ended when the role may not see the date', () => {
    const { rerender } = render(<PlanStatusTag plan={{ status: 'active', endDate: null }} />);
    expect(screen.getByText('Active')).toHaveClass('nhsuk-tag--red');
    rerender(<PlanStatusTag plan={{ status: 'ended', endDate: '2026-08-21' }} />);
    expect(screen.getByText('Ended on 21 August 2026')).toHaveClass('nhsuk-tag--grey');
    rerender(<PlanStatusTag plan={{ status: 'ended' }} />);
    expect(screen.getByText('Ended')).toBeInTheDocument();
  });
});
