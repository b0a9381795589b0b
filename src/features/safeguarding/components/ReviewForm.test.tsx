import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { REVIEW_NOTE_MAX } from '#contract';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { reviewFixture, safeguardingFixtures } from '../../../../mocks/safeguarding.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ReviewForm } from './ReviewForm.tsx';

const render = (onError = vi.fn()) => ({
  onError,
  ...renderWithProviders(<ReviewForm attendanceId={safeguardingFixtures.maisieId} onError={onError} />),
});
const note = () => screen.getByLabelText('Note (optional)');

describe('ReviewForm', () => {
  it('asks what the lead did, with an optional note', () => {
    render();
    expect(screen.getByRole('form', { name: 'Record a review' })).toBeInTheDocument();
    const outcomes = screen.getByRole('group', { name: 'What did you do?' });
    expect(within(outcomes).getAllByRole('radio')).toHaveLength(4);
    expect(note()).toHaveAccessibleDescription(/Do not include clinical details/);
  });

  it('insists on an outcome: an error summary linked to the first option, at the field too', async () => {
    const { onError } = render();
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select what you did' })).toHaveAttribute(
      'href',
      '#outcome-no-further-action',
    );
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(screen.getByRole('group', { name: 'What did you do?' })).toHaveAccessibleDescription(/Select what you did/);
    expect(onError).toHaveBeenLastCalledWith(true);
  });

  it("refuses a note over the contract's length, in the contract's words", async () => {
    const sent = vi.fn();
    server.use(mockEndpoint('createReview', 200, () => (sent(), { reviews: [reviewFixture] })));
    render();
    await userEvent.click(screen.getByRole('radio', { name: 'No further action' }));
    await userEvent.click(note());
    await userEvent.paste('x'.repeat(REVIEW_NOTE_MAX + 1));
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: `Note must be ${REVIEW_NOTE_MAX} characters or fewer`,
      }),
    ).toHaveAttribute('href', '#note');
    expect(sent).not.toHaveBeenCalled();
  });

  it('after recording: a success banner takes focus, and the form and its character count start again', async () => {
    const posted: unknown[] = [];
    server.use(
      mockEndpoint('createReview', 200, async (request) => {
        posted.push(await request.json());
        return { reviews: [reviewFixture] };
      }),
    );
    render();
    await userEvent.click(screen.getByRole('radio', { name: 'Contacted the local authority' }));
    await userEvent.type(note(), 'Rang the duty team.');
    await screen.findByText('You have 981 characters remaining');
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }));

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading', { name: 'Review recorded' })).toBeInTheDocument();
    expect(banner).toHaveClass('nhsuk-notification-banner--success');
    await waitFor(() => expect(banner).toHaveFocus());
    expect(posted).toEqual([{ outcome: 'contacted-local-authority', note: 'Rang the duty team.' }]);
    expect(note()).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Contacted the local authority' })).not.toBeChecked();
    expect(await screen.findByText('You can enter up to 1000 characters')).toBeInTheDocument();
    expect(screen.queryByText(/981 characters remaining/)).not.toBeInTheDocument();
  });

  it('says when the review could not be recorded, keeping what was entered', async () => {
    server.use(mockNetworkError('createReview'));
    render();
    await userEvent.click(screen.getByRole('radio', { name: 'Discussed with the clinician' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record review' }));
    expect(await screen.findByText(/The review could not be recorded/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Discussed with the clinician' })).toBeChecked();
  });
});
