import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { account, confidentialityBanner, demoCard, demoCards, SignInPage } from './pages/sign-in-page.ts';

for (const card of demoCards) {
  for (const role of card.roles) {
    const where = `${role.jobRoleName}, ${role.organisation.name}`;
    test(`${card.name} signs in as ${where}, sees it in the header, and removes the card`, async ({ page }) => {
      const signIn = new SignInPage(page);
      await page.goto('/');
      await expect(signIn.heading()).toBeVisible();
      await signIn.enterCard(card.cardId, card.passcode);
      if (card.roles.length > 1) await signIn.chooseRole(where);

      // Each role's home: the check for health staff, the notifications inbox for an LA contact centre.
      const home = role.role === 'la-contact-centre' ? /^Notifications/ : 'Check CP-IS';
      await expect(page.getByRole('heading', { level: 1, name: home })).toBeVisible();
      await expect(account(page)).toContainText(card.name);
      await expect(account(page)).toContainText(where);
      await expect(confidentialityBanner(page)).toContainText(`accessed by ${card.name} (${role.jobRoleName})`);

      await account(page).getByRole('button', { name: 'Remove card' }).click();
      await expect(page.getByText('You have removed your card and are signed out')).toBeVisible();
      await expect(account(page)).toBeHidden();
      // The server ended it too: a fresh load is signed out.
      await page.goto('/');
      await expect(signIn.heading()).toBeVisible();
    });
  }
}

test('sign-in, the role picker and a signed-in page pass axe', async ({ page }) => {
  const signIn = new SignInPage(page);
  await page.goto('/sign-in');
  await expect(signIn.heading()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Enter your card number' })).toBeVisible();
  await expect(page).toHaveTitle('Error: Sign in - CP-IS Lookup - NHS');
  await expectNoAxeViolations(page);

  const twoRoles = demoCards.find((card) => card.roles.length > 1)!;
  await signIn.enterCard(twoRoles.cardId, twoRoles.passcode);
  await expect(signIn.rolePicker()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('link', { name: 'Select the role you are working in' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the signed-in page passes axe, with the header and the banner', async ({ page }) => {
  await page.goto('/');
  await new SignInPage(page).signInAs(demoCard('555000000003'));
  await expect(confidentialityBanner(page)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a wrong passcode is refused and the session cookie is HttpOnly and SameSite=Strict', async ({ page }) => {
  const signIn = new SignInPage(page);
  const card = demoCard('555000000006');
  await page.goto('/sign-in');
  await signIn.enterCard(card.cardId, '0000');
  await expect(page.getByRole('link', { name: /passcode is not right/ })).toBeVisible();
  await expect(page.getByLabel('Passcode')).toHaveValue('');

  await signIn.signInAs(card);
  await expect(account(page)).toContainText(card.name);
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'cpis_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
});

test('another site cannot sign in or out on the user’s behalf', async ({ page }) => {
  await page.goto('/');
  const refused = await page.request.post('/api/session', {
    headers: { origin: 'https://attacker.example' },
    data: { cardId: '555000000001', passcode: '1234' },
  });
  expect(refused.status()).toBe(403);

  await new SignInPage(page).signInAs(demoCard('555000000002'));
  await expect(account(page)).toBeVisible();
  const signOut = await page.request.delete('/api/session', { headers: { origin: 'https://attacker.example' } });
  expect(signOut.status()).toBe(403);
  await page.reload();
  await expect(account(page)).toContainText('Priya Shah');
});
