import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { demoCard, SignInPage } from './pages/sign-in-page.ts';

// Home is behind sign-in: every test here starts signed in as the demo receptionist.
test.beforeEach(async ({ page }) => {
  await page.goto('/sign-in');
  await new SignInPage(page).signInAs(demoCard('555000000001'));
  await expect(page.getByRole('heading', { level: 1, name: 'Check CP-IS' })).toBeVisible();
});

test('home is the check, and the footer links the service status, which says the database is ready', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Check CP-IS - CP-IS Lookup - NHS');
  await page.getByRole('link', { name: 'Service status' }).click();
  await expect(page).toHaveTitle('Service status - CP-IS Lookup - NHS');
  await expect(page.getByText('Ready', { exact: true })).toBeVisible();
  await expect(page.getByText('embedded (PGlite)')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the skip link is the first thing the keyboard reaches and moves focus to main', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('a client-side route that does not exist shows "Page not found" from the server-served SPA', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the SPA is served with a strict CSP and the body classes nhsuk-frontend needs', async ({ page }) => {
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  await expect(page.locator('body')).toHaveClass(/js-enabled/);
  await expect(page.locator('body')).toHaveClass(/nhsuk-frontend-supported/);
});
