import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { CheckPage } from './pages/check-page.ts';

// Demo staff at the demo ED (data/staff-directory.json) and demo children no other spec checks.
const RECEPTIONIST = '555000000001';
const CLINICIAN = '555000000002';
const SAFEGUARDING_LEAD = '555000000003';

test('the ED safeguarding lead reviews the attendances reception and a clinician flagged', async ({
  browser,
  page,
}) => {
  for (const [cardId, nhsNumber] of [
    [RECEPTIONIST, '9990000026'],
    [CLINICIAN, '9990000050'],
  ] as const) {
    const desk = await browser.newContext();
    const check = await CheckPage.signedInAs(await desk.newPage(), cardId);
    await check.enter(nhsNumber);
    await expect(check.result(/^CP-IS: 1 plan found/)).toBeVisible();
    await desk.close();
  }

  await CheckPage.signedInAs(page, SAFEGUARDING_LEAD);
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Safeguarding review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safeguarding review' })).toBeVisible();
  await expect(page).toHaveTitle('Safeguarding review - CP-IS Lookup - NHS');
  const theo = page.getByRole('row').filter({ hasText: 'Theo Penhallow' });
  const rosie = page.getByRole('row').filter({ hasText: 'Rosie Wetherden' });
  await expect(theo).toContainText('Reception');
  await expect(theo).toContainText('Not reviewed');
  await expect(rosie).toContainText('Clinician');
  // On the commonest NHS desktop, neither an NHS number nor a date and time breaks across lines.
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const oneLine of [theo.getByText('999 000 0026', { exact: true }), theo.getByRole('link')]) {
    await expect(oneLine).toHaveCSS('white-space', 'nowrap');
    const { height } = (await oneLine.boundingBox())!;
    const lineHeight = await oneLine.evaluate((element) =>
      parseFloat(element.ownerDocument.defaultView!.getComputedStyle(element).lineHeight),
    );
    expect(height).toBeLessThan(lineHeight * 1.5);
  }
  await expectNoAxeViolations(page);

  await theo.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /Theo Penhallow: attendance on/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Looked after child/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Previous 25 unscheduled care visits' })).toContainText(
    'Example General Hospital ED',
  );
  await expectNoAxeViolations(page);

  await page.getByRole('radio', { name: "Referred to children's social care" }).check();
  await page.getByLabel('Note (optional)').fill('Referred after speaking to the duty social worker.');
  await page.getByRole('button', { name: 'Record review' }).click();
  const recorded = page.getByRole('alert').filter({ hasText: 'Review recorded' });
  await expect(recorded).toBeFocused();
  await expect(page.getByText('You can enter up to 1000 characters')).toBeVisible();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Reviews' })).toContainText("Referred to children's social care");
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Back to safeguarding review' }).click();
  await expect(rosie).toBeVisible();
  await expect(theo).toHaveCount(0);
  await page.getByLabel('Show').selectOption('reviewed');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(theo).toContainText('Reviewed (1)');
  expect(new URL(page.url()).search).toBe('?status=reviewed');
});

test('reception is not offered the safeguarding review and is refused it', async ({ page }) => {
  await CheckPage.signedInAs(page, RECEPTIONIST);
  await expect(page.getByRole('link', { name: 'Safeguarding review' })).toHaveCount(0);
  await page.goto('/safeguarding');
  await expect(
    page.getByRole('heading', { level: 1, name: 'You do not have permission to view this page' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
