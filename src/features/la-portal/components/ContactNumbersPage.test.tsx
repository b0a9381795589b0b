import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockEndpoint } from '../../../../mocks/http.ts';
import { laDirectoryFixture } from '../../../../mocks/la.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ContactNumbersPage } from './ContactNumbersPage.tsx';

// A Tuesday at 10am in England: office hours.
const now = () => new Date('2026-11-17T10:00:00Z');

describe('ContactNumbersPage', () => {
  it('previews what an ED sees as the numbers are typed, and saves them', async () => {
    const sent: unknown[] = [];
    server.use(
      mockEndpoint('updateLaDirectory', 200, async (request) => {
        const body = (await request.json()) as object;
        sent.push(body);
        return { ...laDirectoryFixture, ...body };
      }),
    );
    renderWithProviders(<ContactNumbersPage now={now} />);
    const office = await screen.findByLabelText('Office hours number', { exact: false });
    await userEvent.clear(office);
    await userEvent.type(office, '01632 960111');
    expect(screen.getAllByRole('link', { name: '01632 960111' })[0]).toHaveAttribute('href', 'tel:01632960111');
    await userEvent.click(screen.getByRole('button', { name: 'Save numbers' }));
    expect(await screen.findByText('Numbers saved.', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(sent).toEqual([{ officeHoursPhone: '01632 960111', emergencyDutyPhone: '0121 496 0909' }]);
  });

  it('refuses a number that is not one, linked from the error summary', async () => {
    renderWithProviders(<ContactNumbersPage now={now} />);
    const duty = await screen.findByLabelText('Emergency duty number', { exact: false });
    await userEvent.clear(duty);
    await userEvent.type(duty, 'ring us');
    await userEvent.click(screen.getByRole('button', { name: 'Save numbers' }));
    expect(
      await screen.findByRole('link', { name: /Enter the emergency duty number as 10 to 16 digits/ }),
    ).toHaveAttribute('href', '#emergency-duty-phone');
    expect(document.title).toBe('Error: Contact numbers - CP-IS Lookup - NHS');
  });
});
