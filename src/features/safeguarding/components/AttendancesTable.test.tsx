import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { safeguardingFixtures } from '../../../../mocks/safeguarding.ts';
import { renderWithRouter } from '../../../test/render.tsx';
import { AttendancesTable } from './AttendancesTable.tsx';

const { attendances } = safeguardingFixtures.unreviewed();
const render = (list = attendances) =>
  renderWithRouter(<AttendancesTable attendances={list} caption="Not reviewed attendances: page 1 of 1 (2 in all)" />);

describe('AttendancesTable', () => {
  it('has a caption and a column for each thing the lead needs', () => {
    render();
    const table = screen.getByRole('table', { name: 'Not reviewed attendances: page 1 of 1 (2 in all)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Attended', 'Person', 'Plans', 'First checked by', 'Review']);
  });

  it('shows each attendance: when and where (linked to it), who, the plans and LAs, who checked, the review', () => {
    render();
    const [, maisie, oscar] = screen.getAllByRole('row');
    expect(within(maisie!).getByRole('link', { name: '21 November 2026 at 2:05pm' })).toHaveAttribute(
      'href',
      `/safeguarding/attendances/${safeguardingFixtures.maisieId}`,
    );
    expect(maisie).toHaveTextContent('Emergency department');
    expect(maisie).toHaveTextContent('Maisie AshdownBorn 14 March 2019NHS number 999 000 0018');
    expect(maisie).toHaveTextContent('Reception');
    expect(maisie).toHaveTextContent('Not reviewed');
    expect(oscar).toHaveTextContent(
      'Child protection plan; Looked after childManchester City Council; Leeds City Council',
    );
    expect(oscar).toHaveTextContent('Clinician');
  });

  it('keeps an NHS number and a date and time each on one line', () => {
    render();
    const [, maisie] = screen.getAllByRole('row');
    expect(within(maisie!).getByText('999 000 0018')).toHaveClass('app-nowrap');
    expect(within(maisie!).getByRole('link')).toHaveClass('app-nowrap');
  });

  it('counts the reviews of an attendance reviewed already', () => {
    const { attendances: reviewed } = safeguardingFixtures.unreviewed();
    render([{ ...reviewed[0]!, reviews: safeguardingFixtures.maisieReviewed().attendance.reviews }]);
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('Reviewed (1)');
  });
});
