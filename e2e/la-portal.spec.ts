import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { CheckPage } from './pages/check-page.ts';
import { demoCard, SignInPage } from './pages/sign-in-page.ts';

// Demo cards (data/staff-directory.json): the ED receptionist, and the Birmingham and Leeds contact centres.
const RECEPTIONIST = '555000000001';
const BIRMINGHAM = '555000000021';
const LEEDS = '555000000022';

test("a child's visit to the ED reaches its LA's open inbox, which files it on a case", async ({ browser, page }) => {
  // The inbox asks every 20 s: give the notification its 30 s to show, and the journey around it time.
  test.setTimeout(90_000);
  // Chloe Marchmont (999 000 0069), on a Leeds unborn child protection plan: no other spec checks her.
  const chloe = page.getByRole('row').filter({ hasText: 'Chloe Marchmont' });
  await page.goto('/');
  await new SignInPage(page).signInAs(demoCard(LEEDS));
  await expect(page).toHaveURL(/\/la$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Notifications/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Check CP-IS' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expect(chloe).toHaveCount(0);

  const desk = await browser.newContext();
  const check = await CheckPage.signedInAs(await desk.newPage(), RECEPTIONIST);
  await check.enter('9990000069');
  await expect(check.result('CP-IS: 1 plan found')).toBeVisible();
  await desk.close();

  // No reload: the open inbox asks again by itself.
  await expect(chloe).toBeVisible({ timeout: 30_000 });
  await expect(chloe).toContainText('Example General Hospital ED');
  await expect(chloe).toContainText('Unborn child protection plan');
  await expect(chloe).toContainText('Reception (Receptionist)');
  await expect(page).toHaveTitle(/^Notifications \(\d+ new\) - CP-IS Lookup - NHS$/);
  await expectNoAxeViolations(page);

  await chloe.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: /Chloe Marchmont: seen on/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: "Filed on the child's case" }).check();
  await page.getByLabel('Case reference').fill('LDS-44120');
  await page.getByRole('button', { name: 'Record action' }).click();
  await expect(page.getByRole('heading', { name: 'Action recorded' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Actions' })).toContainText('case LDS-44120');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Back to new notifications' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Notifications/ })).toBeVisible();
  await expect(chloe).toHaveCount(0);
  await page.getByRole('link', { name: 'Filed on a case' }).click();
  await expect(chloe).toContainText('Filed on a case');
});

test('an LA sends an extract with a bad row and reads the receipt', async ({ page }) => {
  await page.goto('/');
  await new SignInPage(page).signInAs(demoCard(BIRMINGHAM));
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Send extract' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send your extract' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A new plan for a child PDS holds and no other spec checks, one for a number PDS does not hold,
  // one with a wrong check digit, one for Leeds.
  const extract = [
    'la_code,la_plan_ref,action,plan_type,legal_status,nhs_number,family_name,given_name,date_of_birth,start_date,end_date,expected_delivery_date',
    'E08000025,BHM-CPP-0099,upsert,CPP,,999 100 0011,Jones,Henry,2014-10-20,2026-10-01,,',
    'E08000025,BHM-CPP-0100,upsert,CPP,,999 000 0158,Harrowgate,Nell,2020-02-02,2026-10-01,,',
    'E08000025,BHM-CPP-0101,upsert,CPP,,999 000 0019,Harrowgate,Finn,2021-03-03,2026-10-01,,',
    'E08000035,LDS-CPP-0100,upsert,CPP,,999 000 0166,Ormsby,Ava,2019-05-05,2026-10-01,,',
  ].join('\n');
  await page.getByLabel('Extract file (CSV)').setInputFiles({
    name: 'birmingham.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${extract}\n`),
  });
  await page.getByRole('button', { name: 'Send extract' }).click();
  await expect(page.getByText('Extract received: some rows were rejected.')).toBeVisible();
  const rejected = page.getByRole('table', { name: 'Rejected rows: correct them and send them again' });
  await expect(rejected.getByRole('row').filter({ hasText: 'BHM-CPP-0100' })).toContainText('NO_PDS_MATCH');
  await expect(rejected.getByRole('row').filter({ hasText: 'BHM-CPP-0101' })).toContainText('INVALID_NHS_NUMBER');
  await expect(rejected.getByRole('row').filter({ hasText: 'LDS-CPP-0100' })).toContainText('WRONG_LA');
  await expect(page.getByRole('table', { name: 'Your uploads, newest first' })).toContainText('Robin Hale');
  await expectNoAxeViolations(page);
});
