import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { demoCard } from './pages/sign-in-page.ts';

/*
 * Journeys by keyboard alone: no clicks, no fill(); only page.keyboard. Each element the keyboard
 * reaches must show that it has focus, and an error summary must take focus when a form is sent.
 */

const title = (page: string, error = false) => `${error ? 'Error: ' : ''}${page} - CP-IS Lookup - NHS`;

/*
 * The functions run in the browser reach the page through the element they are given (this
 * project's Node typings have no DOM): element.ownerDocument, its defaultView.
 */

/** How the focused element shows focus; for a radio, NHS styles draw the ring on its label. */
async function focusIndicator(page: Page): Promise<{ element: string; visible: boolean }> {
  return page.locator('body').evaluate((body) => {
    const element = body.ownerDocument.activeElement;
    if (!element || element === body) return { element: 'nothing', visible: false };
    const view = element.ownerDocument.defaultView!;
    const styles = [view.getComputedStyle(element)];
    const label = 'labels' in element && /radio|checkbox/.test(element.type) ? element.labels[0] : undefined;
    if (label) styles.push(view.getComputedStyle(label, '::before'));
    const isTransparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const visible = styles.some(
      (style) =>
        style.boxShadow !== 'none' ||
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !isTransparent(style.outlineColor)),
    );
    return { element: element.outerHTML.slice(0, 120), visible };
  });
}

async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await focusIndicator(page);
  expect(focus.visible, `no visible focus on ${focus.element}`).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking on the way that every stop shows its focus. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let press = 0; press < 40; press += 1) {
    await page.keyboard.press(key);
    await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
  }
  throw new Error(`40 presses of ${key} never reached ${target.toString()}`);
}

/**
 * Tabs round the whole page once, checking every stop shows its focus; the number of stops. Past the
 * last stop focus leaves the page (for the browser's own controls), then comes back at the top.
 */
async function tabRoundPage(page: Page): Promise<number> {
  const stops = await page.evaluateHandle(() => new Set<unknown>());
  for (let press = 0; press < 80; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.locator('body').evaluate((body, seen) => {
      const element = body.ownerDocument.activeElement;
      if (!element || element === body) return 'outside the page';
      if (seen.has(element)) return 'round';
      seen.add(element);
      return 'new';
    }, stops);
    if (stop === 'round') break;
    if (stop === 'new') await expectVisibleFocus(page);
  }
  return stops.evaluate((seen) => seen.size);
}

async function expectSummaryFocused(page: Page, pageTitle: string): Promise<void> {
  await expect(page.locator(':focus')).toContainText('There is a problem');
  await expectVisibleFocus(page);
  await expect(page).toHaveTitle(title(pageTitle, true));
}

/** Card, passcode, Enter: sign-in as a keyboard user does it. */
async function signInByKeyboard(page: Page, cardId: string): Promise<void> {
  const card = demoCard(cardId);
  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel('Card number'));
  await page.keyboard.type(card.cardId);
  await tabTo(page, page.getByLabel('Passcode'));
  await page.keyboard.type(card.passcode);
  await page.keyboard.press('Enter');
  // The form went with the sign-in page: the keyboard carries on from the new page's main content.
  await expect(page.locator('main')).toBeFocused();
}

test('sign-in, its errors and the role picker, by keyboard', async ({ page }) => {
  const card = demoCard('555000000004');
  await page.goto('/sign-in');
  await expect(page).toHaveTitle(title('Sign in'));
  await tabTo(page, page.getByLabel('Card number'));
  await page.keyboard.type(card.cardId);
  await tabTo(page, page.getByRole('button', { name: 'Sign in' }));
  await page.keyboard.press('Enter');

  await expectSummaryFocused(page, 'Sign in');
  await expectNoAxeViolations(page);
  // The summary's link takes the user to the field to fix.
  await tabTo(page, page.getByRole('link', { name: 'Enter your passcode' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Passcode')).toBeFocused();
  await page.keyboard.type(card.passcode);
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle(title('Choose your role'));
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expectSummaryFocused(page, 'Choose your role');
  await tabTo(page, page.getByRole('link', { name: 'Select the role you are working in' }));
  await page.keyboard.press('Enter');
  const firstRole = page.getByRole('radio', { name: 'Clinical Practitioner, Example General Hospital ED' });
  await expect(firstRole).toBeFocused();
  await page.keyboard.press('Space');
  await expect(firstRole).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeVisible();
  await expect(page).toHaveTitle(title('Check CP-IS'));
  expect(await tabRoundPage(page)).toBeGreaterThan(4);
});

test('a check at registration, by keyboard, with a wrong number first', async ({ page }) => {
  await signInByKeyboard(page, '555000000001');
  const nhsNumber = page.getByLabel('NHS number', { exact: true });
  await tabTo(page, nhsNumber);
  // Ten digits with the wrong check digit: the error shows as the last digit is typed.
  await page.keyboard.type('999 000 0019');
  await expect(page).toHaveTitle(title('Check CP-IS', true));
  await page.keyboard.press('Enter');
  await expectSummaryFocused(page, 'Check CP-IS');
  await tabTo(page, page.getByRole('link', { name: 'Enter a valid NHS number: check you have typed it correctly' }));
  await page.keyboard.press('Enter');
  await expect(nhsNumber).toBeFocused();

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('999 000 0018');
  await expect(page.getByRole('heading', { name: /^CP-IS: 1 plan found/ })).toBeVisible();
  await expect(page).toHaveTitle(title('Check CP-IS'));
  // Every link in the result (the local authority's numbers) shows its focus too.
  expect(await tabRoundPage(page)).toBeGreaterThan(6);
  await expectNoAxeViolations(page);
});

test('a review by the safeguarding lead, by keyboard', async ({ page }) => {
  // The attendance to review: a receptionist at the lead's ED checks a child with a plan.
  const receptionist = demoCard('555000000001');
  await page.request.post('/api/session', { data: { cardId: receptionist.cardId, passcode: receptionist.passcode } });
  const check = await page.request.post('/api/cpis/lookups', { data: { nhsNumber: '9990000034' } });
  expect(check.status()).toBe(200);
  await page.request.delete('/api/session');

  await signInByKeyboard(page, '555000000003');
  await tabTo(page, page.getByRole('link', { name: 'Safeguarding review' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(title('Safeguarding review'));
  // Another spec may have reviewed it already: show all.
  await tabTo(page, page.getByLabel('Show'));
  await page.keyboard.press('End');
  await tabTo(page, page.getByRole('button', { name: 'Apply filters' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/status=all/);
  await tabTo(page, page.getByRole('row').filter({ hasText: 'Isla Quenby' }).getByRole('link'));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: /^Isla Quenby: attendance on / })).toBeVisible();
  await expect(page).toHaveTitle(title('Attendance'));
  const record = page.getByRole('button', { name: 'Record review' });
  await tabTo(page, record);
  await page.keyboard.press('Enter');
  await expectSummaryFocused(page, 'Attendance');
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole('link', { name: 'Select what you did' }));
  await page.keyboard.press('Enter');
  const firstOutcome = page.getByRole('radio').first();
  await expect(firstOutcome).toBeFocused();
  await page.keyboard.press('Space');
  await expect(firstOutcome).toBeChecked();
  await tabTo(page, record);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('alert').filter({ hasText: 'Review recorded' })).toBeFocused();
  await expect(page).toHaveTitle(title('Attendance'));
  await expectNoAxeViolations(page);
});
