import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sessionFixture } from '../../../../mocks/fixtures.ts';
import { mockEndpoint } from '../../../../mocks/http.ts';
import { server } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ConfidentialityBanner } from './ConfidentialityBanner.tsx';

describe('ConfidentialityBanner', () => {
  it('says whose access this is and what the information is for', async () => {
    server.use(mockEndpoint('getSession', 200, () => sessionFixture('clinician')));
    renderWithProviders(<ConfidentialityBanner />);
    const banner = await screen.findByRole('region', { name: 'Confidential patient information' });
    expect(banner).toHaveTextContent(
      "accessed by Priya Shah (Clinical Practitioner) for this patient's care and safeguarding only.",
    );
  });

  it("tells LA staff the record is for the child's safeguarding, not a patient's care", async () => {
    server.use(mockEndpoint('getSession', 200, () => sessionFixture('la-contact-centre')));
    renderWithProviders(<ConfidentialityBanner />);
    const banner = await screen.findByRole('region', { name: 'Confidential patient information' });
    expect(banner).toHaveTextContent("for this child's safeguarding only.");
    expect(banner).not.toHaveTextContent("patient's care");
  });

  it('shows nothing when no one is signed in', async () => {
    let asked = 0;
    server.use(
      mockEndpoint('getSession', 401, () => {
        asked += 1;
        return { error: { code: 'UNAUTHENTICATED' as const, message: 'Sign in again.' } };
      }),
    );
    const { container } = renderWithProviders(<ConfidentialityBanner />);
    await vi.waitFor(() => expect(asked).toBe(1));
    expect(container).toBeEmptyDOMElement();
  });
});
