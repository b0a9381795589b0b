import { expect, type Locator, type Page } from '@playwright/test';
import { demoCard, SignInPage } from './sign-in-page.ts';

/** What a receptionist gives to trace a child on PDS; what is left out is not typed. */
export interface TraceDetails {
  familyName: string;
  dateOfBirth: [day: string, month: string, year: string];
  givenName?: string;
  gender?: 'Female' | 'Male' | 'Other' | 'Not known';
  postcode?: string;
}

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

  readonly findNhsNumber = () => this.page.getByText('Find the NHS number', { exact: true });
  readonly traceResult = (name: string | RegExp) => this.page.getByRole('region', { name });
  readonly chosenPerson = () => this.page.getByText(/^Chosen from PDS:/);

  /** Opens "Find the NHS number" and searches PDS. */
  async trace(details: TraceDetails): Promise<void> {
    await this.findNhsNumber().click();
    await this.page.getByRole('textbox', { name: 'Family name' }).fill(details.familyName);
    if (details.givenName)
      await this.page.getByRole('textbox', { name: 'Given name (optional)' }).fill(details.givenName);
    const [day, month, year] = details.dateOfBirth;
    await this.page.getByRole('textbox', { name: 'Day' }).fill(day);
    await this.page.getByRole('textbox', { name: 'Month' }).fill(month);
    await this.page.getByRole('textbox', { name: 'Year' }).fill(year);
    if (details.gender) await this.page.getByRole('radio', { name: details.gender, exact: true }).check();
    if (details.postcode) await this.page.getByRole('textbox', { name: 'Postcode (optional)' }).fill(details.postcode);
    await this.page.getByRole('button', { name: 'Search PDS' }).click();
  }

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

/** Wholly inside the first screen: not scrolled, top at or below 0, bottom at or above the viewport's. */
export async function expectOnFirstScreen(page: Page, what: string, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what}: on the page`).not.toBeNull();
  expect(await page.evaluate('window.scrollY'), 'the page has not scrolled').toBe(0);
  expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what}: bottom (y = ${box!.y}, height ${box!.height})`).toBeLessThanOrEqual(
    viewport.height,
  );
}
