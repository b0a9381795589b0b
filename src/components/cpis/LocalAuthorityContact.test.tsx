import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lookupFixtures } from '../../../mocks/lookups.ts';
import { LocalAuthorityContact } from './LocalAuthorityContact.tsx';

describe('LocalAuthorityContact', () => {
  it('gives both numbers as tel: links, each with when it is answered', () => {
    render(<LocalAuthorityContact localAuthority={lookupFixtures.activeCpp().plans[0]!.localAuthority} />);
    expect(screen.getByText(/Office hours, 9am to 5pm Monday to Friday \(not bank holidays\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0121 496 0101' })).toHaveAttribute('href', 'tel:01214960101');
    expect(screen.getByText(/Emergency duty team, any other time/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '0121 496 0909' })).toHaveAttribute('href', 'tel:01214960909');
  });
});
