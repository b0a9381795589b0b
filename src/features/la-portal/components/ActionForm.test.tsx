import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LA_ACTION_NOTE_MAX, LA_CASE_REFERENCE_MAX } from '#contract';
import { mockEndpoint, mockNetworkError } from '../../../../mocks/http.ts';
import { laFixtures } from '../../../../mocks/la.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ActionForm } from './ActionForm.tsx';

const render = () => {
  const onError = vi.fn();
  const onRecorded = vi.fn();
  renderWithProviders(<ActionForm notificationId={laFixtures.maisie.id} onError={onError} onRecorded={onRecorded} />);
  return { onError, onRecorded };
};
const filed = () => screen.getByRole('radio', { name: "Filed on the child's case" });
const caseReference = () => screen.getByRole('textbox', { name: 'Case reference' });
const note = () => screen.getByRole('textbox', { name: 'Note (optional)' });
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Record action' }));
const recording = () => {
  const posted: unknown[] = [];
  server.use(
    mockEndpoint('createNotificationAction', 200, async (request) => {
      posted.push(await request.json());
      return laFixtures.filed();
    }),
  );
  return posted;
};

describe('ActionForm', () => {
  it('asks what was done, with a case reference and an optional note', () => {
    render();
    expect(screen.getByRole('form', { name: 'Record what you did' })).toBeInTheDocument();
    const actions = screen.getByRole('group', { name: 'What did you do with it?' });
    expect(
      within(actions)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['filed-on-case', 'forwarded-to-mash']);
    expect(caseReference()).toHaveAccessibleDescription(/Needed when you file it on a case/);
    expect(caseReference()).toHaveAttribute('maxlength', String(LA_CASE_REFERENCE_MAX));
    expect(note()).toHaveAccessibleDescription(/For the allocated worker or the MASH/);
  });

  it('insists on an action: an error summary that takes focus, linked to the first option', async () => {
    const posted = recording();
    const { onError } = render();
    await submit();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select what you did with this notification' })).toHaveAttribute(
      'href',
      '#action-filed-on-case',
    );
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(screen.getByRole('group', { name: 'What did you do with it?' })).toHaveAccessibleDescription(
      /Select what you did with this notification/,
    );
    expect(onError).toHaveBeenLastCalledWith(true);
    expect(posted).toEqual([]);
  });

  it("asks for the case reference when filing on a case, in the contract's words, at the field too", async () => {
    const posted = recording();
    render();
    await userEvent.click(filed());
    await userEvent.type(caseReference(), '   ');
    await submit();
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the case reference it was filed on' }),
    ).toHaveAttribute('href', '#case-reference');
    expect(caseReference()).toHaveAccessibleDescription(/Enter the case reference it was filed on/);
    expect(posted).toEqual([]);
  });

  it("refuses a note over the contract's length", async () => {
    const posted = recording();
    render();
    await userEvent.click(screen.getByRole('radio', { name: 'Forwarded to the MASH (case closed)' }));
    await userEvent.click(note());
    await userEvent.paste('x'.repeat(LA_ACTION_NOTE_MAX + 1));
    await submit();
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: `Note must be ${LA_ACTION_NOTE_MAX} characters or fewer`,
      }),
    ).toHaveAttribute('href', '#note');
    expect(posted).toEqual([]);
  });

  it('forwards to the MASH with no case reference; blank fields are not sent; then it starts again', async () => {
    const posted = recording();
    const { onError, onRecorded } = render();
    await userEvent.click(screen.getByRole('radio', { name: 'Forwarded to the MASH (case closed)' }));
    await userEvent.type(note(), '  ');
    await submit();
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith('forwarded-to-mash'));
    expect(posted).toEqual([{ action: 'forwarded-to-mash' }]);
    expect(onError).toHaveBeenLastCalledWith(false);
    expect(screen.getByRole('radio', { name: 'Forwarded to the MASH (case closed)' })).not.toBeChecked();
    expect(note()).toHaveValue('');
  });

  it('files on a case with the reference and note as the contract reads them (trimmed)', async () => {
    const posted = recording();
    const { onRecorded } = render();
    await userEvent.click(filed());
    await userEvent.type(caseReference(), ' BHM-2240 ');
    await userEvent.type(note(), 'Allocated to the duty team.');
    await submit();
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith('filed-on-case'));
    expect(posted).toEqual([
      { action: 'filed-on-case', caseReference: 'BHM-2240', note: 'Allocated to the duty team.' },
    ]);
    expect(caseReference()).toHaveValue('');
  });

  it('says when the action could not be recorded, keeping what was entered', async () => {
    server.use(mockNetworkError('createNotificationAction'));
    const { onRecorded } = render();
    await userEvent.click(filed());
    await userEvent.type(caseReference(), 'BHM-2240');
    await submit();
    expect(await screen.findByText(/The action could not be recorded/)).toBeInTheDocument();
    expect(filed()).toBeChecked();
    expect(caseReference()).toHaveValue('BHM-2240');
    expect(onRecorded).not.toHaveBeenCalled();
  });
});
