import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { noDate, type DateParts } from '../lib/date-parts.ts';
import { DateField } from './DateField.tsx';

function Controlled({ onChange }: { onChange: (value: DateParts) => void }) {
  const [value, setValue] = useState(noDate);
  return (
    <DateField
      id="from"
      legend="From"
      hint="For example, 15 11 2026"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('DateField', () => {
  it('asks for day, month and year in numeric text fields, grouped under the legend with its hint', () => {
    render(<DateField id="from" legend="From" hint="For example, 15 11 2026" value={noDate} onChange={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'From' });
    expect(group).toHaveAccessibleDescription('For example, 15 11 2026');
    for (const [label, id] of [
      ['Day', 'from-day'],
      ['Month', 'from-month'],
      ['Year', 'from-year'],
    ]) {
      const input = within(group).getByLabelText(label!);
      expect(input).toHaveAttribute('id', id);
      expect(input).toHaveAttribute('type', 'text');
      expect(input).toHaveAttribute('inputmode', 'numeric');
    }
  });

  it('hands on all three parts as they are typed', async () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Day'), '1');
    await userEvent.type(screen.getByLabelText('Year'), '2026');
    expect(onChange).toHaveBeenLastCalledWith({ day: '1', month: '', year: '2026' });
  });

  it('shows its error on the group and marks only the parts at fault', () => {
    render(
      <DateField
        id="from"
        legend="From"
        value={{ day: '1', month: '', year: '2026' }}
        error="From date must include a month"
        faulty={['month']}
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('group', { name: 'From' })).toHaveAccessibleDescription(/From date must include a month/);
    expect(screen.getByLabelText('Month')).toHaveClass('nhsuk-input--error');
    expect(screen.getByLabelText('Day')).not.toHaveClass('nhsuk-input--error');
    expect(screen.getByLabelText('Year')).not.toHaveClass('nhsuk-input--error');
  });

  it('marks all three parts for an error about the whole date', () => {
    render(
      <DateField
        id="from"
        legend="From"
        value={{ day: '1', month: '1', year: '2026' }}
        error="Choose dates no more than 92 days apart."
        onChange={vi.fn()}
      />,
    );
    for (const label of ['Day', 'Month', 'Year']) {
      expect(screen.getByLabelText(label)).toHaveClass('nhsuk-input--error');
    }
  });
});
