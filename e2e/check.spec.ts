import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { CheckPage } from './pages/check-page.ts';

// Demo staff at the demo ED (data/staff-directory.json) and the demo store (README "Demo data").
const RECEPTIONIST = '555000000001';
const CLINICIAN = '555000000002';

test('a receptionist checks a flagged child: indicator, person to confirm, whom to call, no clinical detail', async ({
  page,
}) => {
  const check = await CheckPage.signedInAs(page, RECEPTIONIST);
  await check.enter('9990000018');
  await expect(check.result(/^CP-IS: 1 plan found/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Child protection plan/ })).toBeVisible();
  await expect(check.field()).toHaveValue('999 000 0018');
  await expect(page.getByText('Maisie Ashdown')).toBeVisible();
  await expect(page.getByText(/^Call now: Birmingham City Council, (office hours|emergency duty team)/)).toBeVisible();
  await expect(page.getByRole('link', { name: '0121 496 0101' }).first()).toHaveAttribute('href', 'tel:01214960101');
  await expect(page.getByRole('link', { name: '0121 496 0909' }).first()).toHaveAttribute('href', 'tel:01214960909');
  await expect(page.getByText('Start date')).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a receptionist checks a child with no plan: "no CP-IS information", not "no concerns"', async ({ page }) => {
  const check = await CheckPage.signedInAs(page, RECEPTIONIST);
  await check.enter('999 000 0115');
  await expect(check.result('No CP-IS information for this NHS number')).toBeVisible();
  await expect(page.getByText(/does not mean there are no safeguarding concerns/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an invalid number is caught before any request, with an error summary linked to the field', async ({ page }) => {
  const check = await CheckPage.signedInAs(page, RECEPTIONIST);
  const lookups: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/cpis/lookups')) lookups.push(request.url());
  });
  await check.enter('999 000 0019');
  await expect(page.getByText('Enter a valid NHS number: check you have typed it correctly').first()).toBeVisible();
  await check.field().fill('99900');
  await page.getByRole('button', { name: 'Check CP-IS' }).click();
  const summaryLink = page.getByRole('link', { name: 'NHS number must be 10 digits' });
  await expect(summaryLink).toBeVisible();
  await expect(page).toHaveTitle('Error: Check CP-IS - CP-IS Lookup - NHS');
  await expectNoAxeViolations(page);
  await summaryLink.click();
  await expect(check.field()).toBeFocused();
  expect(lookups).toEqual([]);
});

test('a clinician sees the plan dates, legal status and the visit reception just recorded', async ({
  browser,
  page,
}) => {
  // Reception checks first, at its own desk (its own browser context).
  const receptionDesk = await browser.newContext();
  const atReception = await CheckPage.signedInAs(await receptionDesk.newPage(), RECEPTIONIST);
  await atReception.enter('9990000077');
  await expect(atReception.result(/^CP-IS: 2 plans found/)).toBeVisible();
  await receptionDesk.close();

  const check = await CheckPage.signedInAs(page, CLINICIAN);
  await check.enter('9990000077');
  await expect(check.result(/^CP-IS: 2 plans found/)).toBeVisible();
  await expect(page.getByText(/Voluntary accommodation/)).toBeVisible();
  await expect(page.getByText('Start date')).toHaveCount(2);
  const visits = page.getByRole('table', { name: 'Previous 25 unscheduled care visits' });
  await expect(visits.getByRole('row').nth(1)).toContainText('Example General Hospital ED');
  await expect(visits.getByRole('row').nth(1)).toContainText('Emergency department');
  // Reception's check opened this attendance: marked, with the role that opened it.
  await expect(visits.getByRole('row').nth(1)).toContainText('This attendance');
  await expect(visits.getByRole('row').nth(1)).toContainText('Reception');
  await expectNoAxeViolations(page);
});

test('a clinician sees an overdue unborn plan on the mother, with its warning', async ({ page }) => {
  const check = await CheckPage.signedInAs(page, CLINICIAN);
  await check.enter('9990000107');
  await expect(
    page.getByRole('heading', { level: 3, name: /Unborn child protection plan: on this woman's record/ }),
  ).toBeVisible();
  await expect(page.getByText(/expected delivery date has passed by more than 28 days/)).toBeVisible();
  await expectNoAxeViolations(page);
});
