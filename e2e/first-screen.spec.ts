import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { answerLookupsUnavailable, CheckPage, expectOnFirstScreen } from './pages/check-page.ts';

// Demo staff at the demo ED and the demo store (README "Demo staff cards", "Demo data").
const RECEPTIONIST = '555000000001';
const CLINICIAN = '555000000002';
const SAFEGUARDING_LEAD = '555000000003';

// Each LA's office and emergency duty numbers (data/demo/la-directory.csv): which one is "call now"
// depends on the time the test runs, so either may be the one on screen.
const phones = {
  birmingham: ['0121 496 0101', '0121 496 0909'],
  leeds: ['0113 496 0606', '0113 496 0696'],
  manchester: ['0161 496 0303', '0161 496 0707'],
  southwark: ['020 7946 0404', '020 7946 0606'],
};

interface Plan {
  type: string;
  status: RegExp;
  phones: string[];
}

const outcomes: { name: string; nhsNumber: string; heading: RegExp; plans: Plan[]; unavailable?: boolean }[] = [
  {
    name: 'one active plan',
    nhsNumber: '9990000018',
    heading: /^CP-IS: 1 plan found Active$/,
    plans: [{ type: 'Child protection plan', status: /Active/, phones: phones.birmingham }],
  },
  {
    name: 'two plans from two LAs',
    nhsNumber: '9990000077',
    heading: /^CP-IS: 2 plans found 2 active$/,
    plans: [
      { type: 'Looked after child', status: /Active/, phones: phones.manchester },
      { type: 'Child protection plan', status: /Active/, phones: phones.leeds },
    ],
  },
  {
    name: 'an ended plan',
    nhsNumber: '9990000085',
    heading: /^CP-IS: 1 plan found Ended/,
    plans: [{ type: 'Child protection plan', status: /Ended/, phones: phones.birmingham }],
  },
  {
    name: 'an overdue unborn plan',
    nhsNumber: '9990000107',
    heading: /^CP-IS: 1 plan found Active$/,
    plans: [
      { type: "Unborn child protection plan: on this woman's record", status: /Active/, phones: phones.southwark },
    ],
  },
  { name: 'no information', nhsNumber: '9990000115', heading: /^No CP-IS information for this NHS number$/, plans: [] },
  {
    name: 'could not be checked',
    nhsNumber: '9990000018',
    heading: /^CP-IS could not be checked/,
    plans: [],
    unavailable: true,
  },
];

/** The status of 503 is the answer the test itself gives (it handles it). */
test.use({ handledApiStatuses: [503] });

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`at ${viewport.width} x ${viewport.height}`, () => {
    test.use({ viewport });
    for (const [who, card] of [
      ['the receptionist', RECEPTIONIST],
      ['the clinician', CLINICIAN],
    ] as const) {
      for (const outcome of outcomes) {
        test(`${who} sees ${outcome.name}: outcome, every plan with its status, the number to call, on the first screen`, async ({
          page,
        }) => {
          if (outcome.unavailable) await answerLookupsUnavailable(page);
          const check = await CheckPage.signedInAs(page, card);
          await check.enter(outcome.nhsNumber);
          const heading = check.result(outcome.heading);
          await expect(heading).toBeVisible();
          await expectOnFirstScreen(page, 'outcome heading', heading);
          for (const plan of outcome.plans) {
            const planHeading = page.getByRole('heading', { level: 3, name: new RegExp(`^${plan.type}`) });
            await expectOnFirstScreen(page, `${plan.type} heading`, planHeading);
            await expect(planHeading).toContainText(plan.status);
            // The first of the LA's numbers on the page is the one to call now.
            const callNow = page.getByRole('link', { name: new RegExp(`^(${plan.phones.join('|')})$`) }).first();
            await expectOnFirstScreen(page, `${plan.type}: number to call now`, callNow);
          }
          if (outcome.unavailable) {
            await expectOnFirstScreen(page, 'check again', page.getByRole('button', { name: 'Check CP-IS again' }));
          }
          if (outcome.plans.length === 0 && !outcome.unavailable) {
            await expectOnFirstScreen(
              page,
              'not an all-clear',
              page.getByText(/does not mean there are no safeguarding concerns/),
            );
          }
        });
      }
    }
  });
}

test('the number to call now is the largest text in the result', async ({ page }) => {
  const check = await CheckPage.signedInAs(page, RECEPTIONIST);
  await check.enter('9990000077');
  await expect(check.result(/^CP-IS: 2 plans found/)).toBeVisible();
  const sizes = await page.locator('#maincontent section, #maincontent section *').evaluateAll((elements) =>
    elements
      .filter((element) => element.childNodes.length > 0 && element.textContent?.trim())
      .map((element) => ({
        text: element.textContent!.trim().slice(0, 40),
        size: parseFloat(element.ownerDocument.defaultView!.getComputedStyle(element).fontSize),
      })),
  );
  const largest = Math.max(...sizes.map((entry) => entry.size));
  const numberSize = sizes.find((entry) => /^0161 496 0(303|707)$/.test(entry.text))!.size;
  expect(numberSize).toBe(largest);
  expect(sizes.filter((entry) => entry.size === largest).every((entry) => /^0\d{3} 496 0\d{3}$/.test(entry.text))).toBe(
    true,
  );
});

test('the three outcomes differ in computed style, not only in words', async ({ page }) => {
  const styleOf = async () =>
    page.locator('section[aria-labelledby="cpis-result-heading"]').evaluate((section) => {
      const style = section.ownerDocument.defaultView!.getComputedStyle(section);
      return {
        borderTop: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
        borderLeft: `${style.borderLeftWidth} ${style.borderLeftStyle} ${style.borderLeftColor}`,
        background: style.backgroundColor,
      };
    });
  const check = await CheckPage.signedInAs(page, RECEPTIONIST);
  await check.enter('9990000018');
  await expect(check.result(/^CP-IS: 1 plan found/)).toBeVisible();
  const flag = await styleOf();
  await check.enter('9990000115');
  await expect(check.result(/^No CP-IS information/)).toBeVisible();
  const none = await styleOf();
  await answerLookupsUnavailable(page);
  await check.enter('9990000123');
  await expect(check.result(/^CP-IS could not be checked/)).toBeVisible();
  const failed = await styleOf();

  const distinct = (a: object, b: object) => expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  distinct(flag, none);
  distinct(flag, failed);
  distinct(none, failed);
  // The failure has the NHS error colour (#d5281b) round it; "no information" has no top border at all.
  expect(failed.borderTop).toBe('5px solid rgb(213, 40, 27)');
  expect(none.borderTop).toMatch(/^0px none/);
  expect(none.background).toBe('rgb(255, 255, 255)');
  // The plan's box is yellow, the warning colour, never green.
  expect(flag.borderTop).toBe('8px solid rgb(255, 235, 59)');
  await expectNoAxeViolations(page);
});

test('no page is set in a serif: the NHS stack with its Arial fallback, fetched from no other host', async ({
  page,
}) => {
  const fontOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).fontFamily);
  const expectSans = async (where: string, selector: string) => {
    const family = await fontOf(selector);
    expect(family, `${where}: ${selector}`).toMatch(/^"Frutiger W01", arial, sans-serif$/i);
  };
  await page.goto('/sign-in');
  await expectSans('sign-in', 'body');
  await expectSans('sign-in', 'input');
  await expectSans('sign-in', 'button');
  const check = await CheckPage.signedInAs(page, SAFEGUARDING_LEAD);
  await expectSans('check', 'body');
  await expectSans('check', 'input');
  await check.enter('9990000018');
  await expectSans('check result', '.app-call-now__number');
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Safeguarding review' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectSans('safeguarding', 'body');
  await page.goto('/status');
  await expectSans('status', 'body');
});

test('the header marks the current page, and focus on main after sign-in draws no box round the page', async ({
  page,
}) => {
  const check = await CheckPage.signedInAs(page, SAFEGUARDING_LEAD);
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await expect(menu.getByRole('link', { name: 'Check CP-IS' })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: 'Safeguarding review' })).not.toHaveAttribute('aria-current');
  const main = page.locator('main');
  await expect(main).toBeFocused();
  const focusStyle = await main.evaluate((element) => {
    const style = element.ownerDocument.defaultView!.getComputedStyle(element);
    return { outline: style.outlineStyle, boxShadow: style.boxShadow };
  });
  expect(focusStyle).toEqual({ outline: 'none', boxShadow: 'none' });
  await expect(check.heading()).toBeVisible();

  await menu.getByRole('link', { name: 'Safeguarding review' }).click();
  await expect(menu.getByRole('link', { name: /Safeguarding review/ })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: 'Check CP-IS' })).not.toHaveAttribute('aria-current');
});
