import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lookupFixtures } from '../../../mocks/lookups.ts';
import { VisitsTable } from './VisitsTable.tsx';

describe('VisitsTable', () => {
  it('lists visits newest first with who checked, and marks this attendance only', () => {
    render(<VisitsTable visits={lookupFixtures.twoPlans('clinician').visits!} />);
    const rows = within(screen.getByRole('table', { name: 'Previous 25 unscheduled care visits' })).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('Date and timeOrganisationSettingChecked by');
    expect(rows[1]).toHaveTextContent('21 November 2026 at 2:05pm This attendance');
    expect(rows[1]).toHaveTextContent('Reception');
    expect(rows[2]).toHaveTextContent('Clinician');
    expect(screen.getAllByText('This attendance')).toHaveLength(1);
  });

  it('says so when there are none', () => {
    render(<VisitsTable visits={[]} />);
    expect(screen.getByText('No previous unscheduled care visits are recorded in CP-IS.')).toBeInTheDocument();
  });
});
