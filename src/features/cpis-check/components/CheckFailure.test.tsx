import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CheckFailure } from './CheckFailure.tsx';

describe('CheckFailure', () => {
  it('says "could not be checked" with error styling, never "no information", and checks again on request', async () => {
    const onCheckAgain = vi.fn();
    render(<CheckFailure failure={{ kind: 'unavailable' }} onCheckAgain={onCheckAgain} />);
    const region = screen.getByRole('region', {
      name: 'CP-IS could not be checked: follow your local safeguarding procedure',
    });
    expect(region).toHaveClass('app-outcome--failed');
    expect(screen.queryByText(/No CP-IS information/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Check CP-IS again' }));
    expect(onCheckAgain).toHaveBeenCalledTimes(1);
  });

  it('gives the BFF message of a rate limit, and says what to do without permission', () => {
    const { rerender } = render(
      <CheckFailure
        failure={{ kind: 'unavailable', message: 'Wait a minute, then check again.' }}
        onCheckAgain={vi.fn()}
      />,
    );
    expect(screen.getByText('Wait a minute, then check again.')).toBeInTheDocument();
    rerender(<CheckFailure failure={{ kind: 'forbidden' }} onCheckAgain={vi.fn()} />);
    expect(screen.getByRole('heading', { name: 'You do not have permission to check CP-IS' })).toBeInTheDocument();
  });

  it('shows nothing for an invalid number (the field shows it) or an ended session (sign-in takes over)', () => {
    const { container } = render(<CheckFailure failure={{ kind: 'session' }} onCheckAgain={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });
});
