import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { receiptFixtures } from '../../../../mocks/la.ts';
import { ReceiptView } from './ReceiptView.tsx';

const row = (key: string) => screen.getByText(key, { selector: 'dt' }).nextElementSibling;

describe('ReceiptView', () => {
  it('names the upload in a heading that labels the section, with when and the counts', () => {
    render(<ReceiptView receipt={receiptFixtures.applied()} />);
    const section = screen.getByRole('region', { name: 'Receipt for upload 7' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Receipt for upload 7' })).toBeInTheDocument();
    expect(row('Received')).toHaveTextContent('21 November 2026 at 7:00am');
    expect(row('Rows received')).toHaveTextContent('120');
    expect(row('Rows applied')).toHaveTextContent('120');
    expect(row('Rows rejected')).toHaveTextContent('0');
  });

  it('shows no table when nothing was rejected', () => {
    render(<ReceiptView receipt={receiptFixtures.applied()} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists each rejected row by line, plan reference, code and why; a blank reference says so', () => {
    const receipt = receiptFixtures.someRejected();
    receipt.rejections.push({ line: 5, laPlanRef: '', code: 'MISSING_FIELD', message: 'la_plan_ref is empty' });
    render(<ReceiptView receipt={receipt} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Receipt for upload 8' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Rejected rows: correct them and send them again' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tableRow) =>
        within(tableRow)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([
      [
        expect.stringContaining('3'),
        expect.stringContaining('BHM-CPP-0009'),
        expect.stringContaining('INVALID_NHS_NUMBER'),
        expect.stringContaining('check digit'),
      ],
      [
        expect.stringContaining('4'),
        expect.stringContaining('LDS-CPP-0001'),
        expect.stringContaining('WRONG_LA'),
        expect.stringContaining('another local authority'),
      ],
      [
        expect.stringContaining('5'),
        expect.stringContaining('(blank)'),
        expect.stringContaining('MISSING_FIELD'),
        expect.stringContaining('empty'),
      ],
    ]);
  });
});
