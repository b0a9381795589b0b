import { DateInput } from 'nhsuk-react-components';
import { noDate, type DatePart, type DateParts } from '../lib/date-parts.ts';

interface DateFieldProps {
  /** The inputs are `${id}-day`, `${id}-month` and `${id}-year`; link an error to `#${id}-day`. */
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  error?: string;
  /** The fields at fault (a missing month); with an error and none named, all three are marked. */
  faulty?: DatePart[];
  onChange(value: DateParts): void;
}

/** The NHS date input pattern: day, month and year in fields of their own, never a browser date picker. */
export function DateField({ id, legend, hint, value, error, faulty, onChange }: DateFieldProps) {
  // undefined: marked as the field is (by its error); false: not marked.
  const mark = (part: DatePart) => (faulty && !faulty.includes(part) ? false : undefined);
  return (
    <DateInput
      id={id}
      name={id}
      legend={legend}
      legendProps={{ size: 's' }}
      hint={hint}
      error={error}
      value={value}
      onChange={(event) => onChange({ ...noDate, ...event.target.value })}
    >
      <DateInput.Day error={mark('day')} />
      <DateInput.Month error={mark('month')} />
      <DateInput.Year error={mark('year')} />
    </DateInput>
  );
}
