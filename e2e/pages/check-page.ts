import type { Page } from '@playwright/test';
import { demoCard, SignInPage } from './sign-in-page.ts';

/** The registration check: the NHS number field, and what CP-IS answered. */
export class CheckPage {
  constructor(readonly page: Page) {}

  /** Signs in on a demo card (README "Demo staff cards") and lands on the check. */
  static async signedInAs(page: Page, cardId: string): Promise<CheckPage> {
    await page.goto('/sign-in');
    await new SignInPage(page).signInAs(demoCard(cardId));
    const check = new CheckPage(page);
    await check.heading().waitFor();
    return check;
  }

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Check CP-IS' });
  readonly field = () => this.page.getByRole('textbox', { name: 'NHS number' });
  readonly result = (name: string | RegExp) => this.page.getByRole('heading', { level: 2, name });

  /** Types as a receptionist would; the check runs by itself on the tenth digit. */
  async enter(nhsNumber: string): Promise<void> {
    await this.field().fill('');
    await this.field().pressSequentially(nhsNumber);
  }
}

/**
 * The store failing, answered as the BFF answers it (store-fault.spec.ts makes it happen for real):
 * for the "could not be checked" screen where a real outage is not the point.
 */
export const answerLookupsUnavailable = (page: Page) =>
  page.route('**/api/cpis/lookups', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({
        error: {
          code: 'CPIS_UNAVAILABLE',
          message: 'CP-IS could not be checked. Follow your local safeguarding procedure, then try again.',
        },
      }),
    }),
  );
