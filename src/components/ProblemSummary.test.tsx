import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemSummary } from './ProblemSummary.tsx';

describe('ProblemSummary', () => {
  it('shows nothing when there is no problem', () => {
    const { container } = render(<ProblemSummary problems={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each problem, linked to its field, under "There is a problem", and takes focus', async () => {
    render(
      <ProblemSummary
        problems={[
          { message: 'Enter your card number', href: '#card-number' },
          { message: 'Enter your passcode', href: '#passcode' },
        ]}
      />,
    );
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter your card number', '#card-number'],
      ['Enter your passcode', '#passcode'],
    ]);
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
  });

  it('shows a problem with no field to fix as text, not a link', () => {
    render(<ProblemSummary problems={[{ message: 'Sorry, you cannot sign in at the moment. Try again later' }]} />);
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Sorry, you cannot sign in at the moment. Try again later');
    expect(within(summary).queryByRole('link')).not.toBeInTheDocument();
  });

  it('leaves focus where it is when told to (a problem found while typing)', async () => {
    const field = <input aria-label="NHS number" />;
    const { rerender } = render(field);
    screen.getByLabelText('NHS number').focus();
    rerender(
      <>
        {field}
        <ProblemSummary
          problems={[{ message: 'NHS number must be 10 digits', href: '#nhs-number' }]}
          takeFocus={false}
        />
      </>,
    );
    // Give nhsuk-frontend's error summary the time it takes to initialise and focus itself.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByLabelText('NHS number')).toHaveFocus();
  });
});
