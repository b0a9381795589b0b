import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { CheckPage, expectOnFirstScreen } from './pages/check-page.ts';
import { pdsDownPort } from './ports.ts';

// The demo receptionist (data/staff-directory.json); the children are the PDS stand-in's
// (stand-ins/pds/population.ndjson, README "Finding the NHS number").
const RECEPTIONIST = '555000000001';

test.use({ viewport: { width: 1366, height: 768 } });

test('a receptionist traces a demo child by name and date of birth, chooses her, and sees the flag on the first screen', async ({
  page,
}) => {
  const check = await CheckPage.signedInAs(page, RECEPTIONIST);
  const lookups: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/cpis/lookups') lookups.push(request.postData() ?? '');
  });
  await check.trace({ familyName: 'Ashdown', dateOfBirth: ['14', '3', '2019'] });
  const results = check.traceResult('1 match on PDS');
  await expect(results.getByRole('heading', { name: 'Maisie Ashdown (exact match)' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(lookups).toEqual([]);

  await results.getByRole('button', { name: 'Choose Maisie Ashdown, 999 000 0018' }).click();
  const flag = check.result(/^CP-IS: 1 plan found Active$/);
  await expect(flag).toBeVisible();
  await expect(check.field()).toHaveValue('999 000 0018');
  await expect(check.field()).toBeFocused();
  await expect(check.chosenPerson()).toHaveText(
    'Chosen from PDS: Maisie Ashdown, born 14 March 2019, female, B12 9QZ (exact match)',
  );
  // The panel folds away, so the flag and the number to call are where a typed number puts them.
  await expectOnFirstScreen(page, 'outcome heading', flag);
  await expectOnFirstScreen(page, 'the plan', page.getByRole('heading', { level: 3, name: /^Child protection plan/ }));
  await expectOnFirstScreen(
    page,
    'number to call now',
    page.getByRole('link', { name: /^0121 496 0(101|909)$/ }).first(),
  );
  expect(lookups).toEqual([JSON.stringify({ nhsNumber: '9990000018' })]);
  await expectNoAxeViolations(page);
});

test('one exact match on all five details is checked by itself, showing the person to confirm', async ({ page }) => {
  const check = await CheckPage.signedInAs(page, RECEPTIONIST);
  await check.trace({
    familyName: 'Ashdown',
    givenName: 'Maisie',
    dateOfBirth: ['14', '03', '2019'],
    gender: 'Female',
    postcode: 'B12 9QZ',
  });
  const flag = check.result(/^CP-IS: 1 plan found Active$/);
  await expect(flag).toBeVisible();
  await expect(check.chosenPerson()).toContainText('Maisie Ashdown, born 14 March 2019');
  await expectOnFirstScreen(page, 'outcome heading', flag);
});

test('twins both show; choosing one checks that twin, and the results open again to choose the other', async ({
  page,
}) => {
  const check = await CheckPage.signedInAs(page, RECEPTIONIST);
  await check.trace({ familyName: 'Brightwell', dateOfBirth: ['11', '6', '2020'] });
  const results = check.traceResult('2 matches on PDS');
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await expect(results.getByRole('heading', { level: 3 })).toHaveText([
    'Ava Brightwell (exact match)',
    'Noah Brightwell (exact match)',
  ]);
  await expect(results.getByText('LS8 4QJ')).toHaveCount(2);
  await expectNoAxeViolations(page);

  await results.getByRole('button', { name: 'Choose Noah Brightwell, 999 001 0021' }).click();
  const none = check.result('No CP-IS information for this NHS number');
  await expect(none).toBeVisible();
  await expect(check.field()).toHaveValue('999 001 0021');
  await expect(check.chosenPerson()).toContainText('Noah Brightwell, born 11 June 2020, male');
  await expectOnFirstScreen(page, 'outcome heading', none);

  await check.findNhsNumber().click();
  await results.getByRole('button', { name: 'Choose Ava Brightwell, 999 001 0013' }).click();
  await expect(check.field()).toHaveValue('999 001 0013');
  await expect(none).toBeVisible();
  await expect(check.chosenPerson()).toContainText('Ava Brightwell');
});

test.describe('when PDS does not answer', () => {
  // The BFF's 503 PDS_UNAVAILABLE is the point here: Chromium logs it as a failed resource.
  test.use({ baseURL: `http://127.0.0.1:${pdsDownPort}`, handledApiStatuses: [503] });

  test('the trace says "PDS could not be searched", never no match', async ({ page }) => {
    const check = await CheckPage.signedInAs(page, RECEPTIONIST);
    await check.trace({ familyName: 'Ashdown', dateOfBirth: ['14', '3', '2019'] });
    const failed = check.traceResult('PDS could not be searched');
    await expect(failed).toBeVisible();
    await expect(failed.getByRole('button', { name: 'Search PDS again' })).toBeVisible();
    await expect(page.getByText('No match on PDS')).toHaveCount(0);
    await expectNoAxeViolations(page);
    // The check itself still works: the number can be typed.
    await check.enter('9990000018');
    await expect(check.result(/^CP-IS: 1 plan found/)).toBeVisible();
  });
});
