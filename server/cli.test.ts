import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { performLookup } from './cpis/lookup.ts';
import { openDatabase } from './db/index.ts';
import { extractCsv, testDirectoryCsv, validRow } from './testing/extracts.ts';

const work = mkdtempSync(join(tmpdir(), 'cpis-cli-'));
// These tests are about the CLI's files and exit codes; PDS verification has its own (pds-verification.test.ts).
const env = {
  ...process.env,
  PGLITE_DIR: join(work, 'pglite'),
  DATABASE_URL: '',
  DEMO_DATA: 'false',
  PDS_VERIFY_EXTRACTS: 'false',
};
const cli = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], { env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
};

// Each command is a process that opens the embedded store (a few seconds each on a busy machine).
describe('npm run ingest', { timeout: 120_000 }, () => {
  it('exits 2 with the usage for an unknown command', () => {
    const result = cli('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown command "frobnicate"');
    expect(result.stderr).toContain('npm run ingest -- extract <file.csv>');
  });

  it('exits 0 when every row applied, 1 when some were rejected, 2 for an unreadable file', () => {
    expect(cli('la-directory', file('las.csv', testDirectoryCsv)).status).toBe(0);

    const good = cli('extract', file('good.csv', extractCsv([validRow()])));
    expect(good.stdout).toContain('applied:  1');
    expect(good.status).toBe(0);

    const mixed = cli(
      'extract',
      file(
        'mixed.csv',
        extractCsv([validRow({ la_plan_ref: 'A' }), validRow({ la_plan_ref: 'B', nhs_number: '999 000 0019' })]),
      ),
    );
    expect(mixed.status).toBe(1);
    expect(mixed.stdout).toMatch(/line 3, B, INVALID_NHS_NUMBER/);
    expect(mixed.stdout).not.toContain('9990000019');

    const missing = cli('extract', join(work, 'no-such-file.csv'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Nothing was applied');
  });

  it('applies the rest of an extract around a row PostgreSQL cannot store (exit 1), and escapes what it prints', () => {
    const result = cli(
      'extract',
      file(
        'nul.csv',
        extractCsv([
          validRow({ la_plan_ref: 'NUL\u0000', family_name: 'Test\u0000child' }),
          validRow({ la_plan_ref: 'ESC\u001b[31m', plan_type: 'BAD' }),
          validRow({ la_plan_ref: 'OK-AFTER-NUL', nhs_number: '9990000026' }),
        ]),
      ),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('applied:  1');
    expect(result.stdout).toContain('line 2, NUL\\u{0000}, UNSTORABLE_TEXT');
    expect(result.stdout).toContain('line 3, ESC\\u{001b}[31m, INVALID_PLAN_TYPE');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('unlocks a smartcard for an administrator', () => {
    const result = cli('unlock-card', '555000000001');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Card 555000000001 was not locked');
    expect(cli('unlock-card').status).toBe(2);
  });

  it('refuses with a clear message while another process (npm start) has the embedded store open', () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(`${env.PGLITE_DIR}.lock`, String(sleeper.pid));
      const result = cli('extract', file('while-running.csv', extractCsv([validRow()])));
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/Nothing was applied\. The embedded database .* is in use by process \d+/);
    } finally {
      sleeper.kill();
      rmSync(`${env.PGLITE_DIR}.lock`);
    }
  });

  it("prints an LA's notifications as JSON lines", async () => {
    const db = await openDatabase({ engine: 'pglite', dir: env.PGLITE_DIR });
    await performLookup(db, {
      nhsNumber: '9990000018',
      viewer: {
        name: 'Test Nurse',
        cardId: '555000000009',
        role: 'clinician',
        jobRoleCode: 'R8000',
        jobRoleName: 'Clinical Practitioner',
        organisation: { code: 'RX101', name: 'Test General ED' },
        settingType: 'emergency-department',
      },
      now: new Date(),
      windowHours: 12,
    });
    await db.close();

    const result = cli('notifications', 'LA1');
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({
        laCode: 'LA1',
        nhsNumber: '9990000018',
        viewerRole: 'clinician',
        settingType: 'emergency-department',
      }),
    ]);
    expect(cli('notifications', 'LA2').stdout).toBe('');
  });
});
