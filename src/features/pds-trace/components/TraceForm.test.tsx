import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TraceForm } from './TraceForm.tsx';

const now = () => new Date('2026-11-21T14:30:00Z');

describe('TraceForm', () => {
  it('sends the details given, trimmed, with the date as YYYY-MM-DD and the postcode in capitals', async () => {
    const onSearch = vi.fn();
    render(<TraceForm onSearch={onSearch} now={now} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Family name' }), ' Ashdown ');
    await userEvent.type(screen.getByRole('textbox', { name: 'Day' }), '4');
    await userEvent.type(screen.getByRole('textbox', { name: 'Month' }), '3');
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), '2019');
    await userEvent.click(screen.getByRole('radio', { name: 'Not known' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Postcode (optional)' }), 'b12 9qz');
    await userEvent.click(screen.getByRole('button', { name: 'Search PDS' }));
    expect(onSearch).toHaveBeenCalledExactlyOnceWith({
      familyName: 'Ashdown',
      dateOfBirth: '2019-03-04',
      gender: 'unknown',
      postcode: 'B12 9QZ',
    });
  });

  it('asks for a family name and a whole date of birth before searching', async () => {
    const onSearch = vi.fn();
    render(<TraceForm onSearch={onSearch} now={now} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Year' }), '2019');
    await userEvent.click(screen.getByRole('button', { name: 'Search PDS' }));
    expect(screen.getByRole('link', { name: 'Enter a family name' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Date of birth must include a day, month and year' })).toBeInTheDocument();
    expect(onSearch).not.toHaveBeenCalled();
  });
});
