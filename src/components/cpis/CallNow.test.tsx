import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureTimes, lookupFixtures } from '../../../mocks/lookups.ts';
import { CallNow } from './CallNow.tsx';

const birmingham = lookupFixtures.activeCpp().plans[0]!.localAuthority;

describe('CallNow', () => {
  it.each([
    ['Monday 10am', fixtureTimes.mondayMorning, 'office hours', '0121 496 0101'],
    [
      'Saturday afternoon',
      fixtureTimes.saturdayAfternoon,
      'emergency duty team (outside office hours)',
      '0121 496 0909',
    ],
    [
      'Christmas Day at 11am',
      fixtureTimes.christmasMorning,
      'emergency duty team (outside office hours)',
      '0121 496 0909',
    ],
  ])('on %s gives whose number it is and the one number to dial', (_, now, whose, number) => {
    render(<CallNow localAuthority={birmingham} now={now} />);
    expect(screen.getByText(`Call now: Birmingham City Council, ${whose}`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: number })).toHaveAttribute('href', `tel:${number.replace(/\s/g, '')}`);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
