import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roles as allRoles } from '#contract';
import { loadStaffDirectory, parseStaffDirectory, StaffDirectoryError, type StaffCardEntry } from './directory.ts';
import { buildTestApp } from '../testing/app.ts';

const card = (overrides: Record<string, unknown> = {}): StaffCardEntry =>
  ({
    cardId: '555000000101',
    name: 'Test Person',
    passcode: '1357',
    roles: [
      {
        roleId: 'test-person-ed',
        role: 'clinician',
        jobRoleCode: 'R8000',
        jobRoleName: 'Clinical Practitioner',
        organisation: { code: 'RX901', name: 'Test Hospital ED' },
        settingType: 'emergency-department',
      },
    ],
    ...overrides,
  }) as StaffCardEntry;

const problemWith = (raw: unknown): string => {
  try {
    parseStaffDirectory(raw, 'test.json');
  } catch (error) {
    expect(error).toBeInstanceOf(StaffDirectoryError);
    return (error as Error).message;
  }
  throw new Error('the directory was accepted');
};

function writeTemp(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cpis-staff-')), 'staff.json');
  writeFileSync(path, text);
  return path;
}

describe('the staff directory', () => {
  it('accepts a well-formed card and keeps the passcode only as a hash', () => {
    const directory = parseStaffDirectory([card()], 'test.json');
    const loaded = directory.get('555000000101');
    expect(loaded?.roles[0]?.roleId).toBe('test-person-ed');
    expect(JSON.stringify(loaded)).not.toContain('1357');
    expect(loaded).not.toHaveProperty('passcode');
  });

  it('gives the local-authority setting to the LA contact-centre role alone', () => {
    const health = card().roles[0]!;
    const la = {
      ...health,
      role: 'la-contact-centre',
      jobRoleName: 'Contact Centre Officer',
      organisation: { code: 'LA1', name: 'Testshire County Council' },
      settingType: 'local-authority',
    };
    expect(parseStaffDirectory([card({ roles: [la] })], 'test.json').get('555000000101')?.roles[0]?.role).toBe(
      'la-contact-centre',
    );
    expect(problemWith([card({ roles: [{ ...la, settingType: 'emergency-department' }] })])).toMatch(
      /card 555000000101: roles\.0\.settingType: must be "local-authority"/,
    );
    expect(problemWith([card({ roles: [{ ...health, settingType: 'local-authority' }] })])).toMatch(
      /card 555000000101: roles\.0\.settingType: must be "local-authority" for the la-contact-centre role, and only/,
    );
  });

  it('names the card and the field that is wrong', () => {
    const role = { ...card().roles[0], settingType: 'car-park' };
    expect(problemWith([card(), card({ cardId: '555000000102', roles: [role] })])).toMatch(
      /card 555000000102: roles\.0\.settingType/,
    );
    expect(problemWith([card({ roles: [{ ...role, settingType: 'walk-in-centre', role: 'porter' }] })])).toMatch(
      /card 555000000101: roles\.0\.role/,
    );
    expect(problemWith([card({ roles: [] })])).toMatch(/card 555000000101: roles: must list at least one role/);
  });

  it('names a card by its place in the file when its number is unusable', () => {
    expect(problemWith([card(), card({ cardId: 42 })])).toMatch(/card #2: cardId/);
    expect(problemWith([card({ cardId: '12' })])).toMatch(/card 12: cardId: must be the 12 digits on the card/);
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    expect(problemWith([card({ passcodes: '1357' })])).toMatch(/card 555000000101: .*passcodes/);
  });

  it('refuses a card listed twice and a role id used twice', () => {
    expect(problemWith([card(), card()])).toMatch(/card 555000000101: cardId is listed twice/);
    expect(problemWith([card(), card({ cardId: '555000000102' })])).toMatch(
      /card 555000000102: roles\.0\.roleId "test-person-ed" is already used/,
    );
  });

  it('never echoes a passcode in its messages', () => {
    expect(problemWith([card({ passcode: '123456789' })])).not.toContain('123456789');
    const path = writeTemp('[{"cardId": "555000000101", "passcode": "9753" ');
    expect(() => loadStaffDirectory(path)).toThrow(`Staff directory ${path} is not valid JSON.`);
  });

  it('says when the file cannot be read', () => {
    expect(() => loadStaffDirectory('/no/such/staff.json')).toThrow(/cannot be read \(ENOENT\)/);
  });

  it('stops start-up when malformed', async () => {
    const path = writeTemp(JSON.stringify([card({ name: '' })]));
    await expect(buildTestApp({ staffDirectory: path }, { staffDirectory: undefined })).rejects.toThrow(
      /Staff directory .* is not valid:\n {2}card 555000000101: name/,
    );
  });

  it('ships a demo directory with every role and every kind of setting', () => {
    const demo = [...loadStaffDirectory('data/staff-directory.json').values()];
    const roles = demo.flatMap((entry) => entry.roles);
    expect(new Set(roles.map((role) => role.role))).toEqual(new Set(allRoles));
    expect(roles.map((role) => role.settingType)).toEqual(
      expect.arrayContaining(['emergency-department', 'walk-in-centre', 'gp-in-hours', 'sexual-health']),
    );
    expect(demo.some((entry) => entry.roles.length > 1)).toBe(true);
  });

  it('gives two demo LAs a contact-centre card, each organisation a demo LA', () => {
    const demoLaCodes = readFileSync('data/demo/la-directory.csv', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    const laRoles = [...loadStaffDirectory('data/staff-directory.json').values()]
      .flatMap((entry) => entry.roles)
      .filter((role) => role.role === 'la-contact-centre');
    expect(new Set(laRoles.map((role) => role.organisation.code)).size).toBe(2);
    for (const role of laRoles) expect(demoLaCodes).toContain(role.organisation.code);
  });
});
