import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** A card in data/staff-directory.json, the demo staff the e2e BFF runs with. */
export interface DemoCard {
  cardId: string;
  name: string;
  passcode: string;
  roles: { roleId: string; role: string; jobRoleName: string; organisation: { code: string; name: string } }[];
}

export const demoCards = JSON.parse(readFileSync('data/staff-directory.json', 'utf8')) as DemoCard[];

export const demoCard = (cardId: string): DemoCard => {
  const card = demoCards.find((candidate) => candidate.cardId === cardId);
  if (!card) throw new Error(`No demo card ${cardId}`);
  return card;
};

/** The sign-in screen: card number and passcode, then the role picker for a card with several roles. */
export class SignInPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Sign in with your smartcard' });

  async enterCard(cardId: string, passcode: string): Promise<void> {
    await this.page.getByLabel('Card number').fill(cardId);
    await this.page.getByLabel('Passcode').fill(passcode);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  readonly rolePicker = () => this.page.getByRole('group', { name: 'Which role are you working in?' });

  async chooseRole(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** Signs in from wherever sign-in was asked for; picks the card's first role if it has several. */
  async signInAs(card: DemoCard): Promise<void> {
    await this.enterCard(card.cardId, card.passcode);
    const [first] = card.roles;
    if (card.roles.length > 1 && first) await this.chooseRole(`${first.jobRoleName}, ${first.organisation.name}`);
  }
}

/** The signed-in header and banner. */
export const account = (page: Page) => page.getByRole('navigation', { name: 'Signed in' });
export const confidentialityBanner = (page: Page) =>
  page.getByRole('region', { name: 'Confidential patient information' });
