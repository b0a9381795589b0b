import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPdsStandIn, type PdsStandIn } from '../../stand-ins/pds/server.ts';
import { fixedClock } from '../clock.ts';
import { createPdsClient } from '../pds/index.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { clearStore, extractCsv, testDirectoryCsv, validRow } from '../testing/extracts.ts';
import { applyExtract } from './apply-extract.ts';
import { applyDirectory } from './la-directory.ts';
import { ingestCaller } from './pds-verification.ts';
import { exitStatus } from './receipt.ts';

const clock = fixedClock('2026-11-21T14:30:00Z');
/** Maisie Ashdown as PDS (the stand-in) holds her. */
const maisie = {
  nhs_number: '999 000 0018',
  family_name: 'Ashdown',
  given_name: 'Maisie',
  date_of_birth: '2019-03-14',
};

describeEachEngine('LA extracts verified against PDS (the stand-in, over HTTP)', (ctx) => {
  let standIn: PdsStandIn;
  let reads = 0;

  beforeAll(async () => {
    standIn = await startPdsStandIn({ onRequest: () => (reads += 1) });
  });
  afterAll(() => standIn?.close());
  beforeEach(async () => {
    reads = 0;
    await clearStore(ctx.db);
    await applyDirectory(ctx.db, new TextEncoder().encode(testDirectoryCsv), { clock });
  });

  const apply = (rows: Parameters<typeof extractCsv>[0], baseUrl = standIn.baseUrl) =>
    applyExtract(ctx.db, extractCsv(rows), {
      clock,
      pdsVerification: { pds: createPdsClient({ baseUrl, timeoutMs: 2000 }), caller: ingestCaller() },
    });

  it('applies rows PDS agrees with, and rejects unknown, disagreeing and superseded numbers by code', async () => {
    const receipt = await apply([
      validRow({ ...maisie, la_plan_ref: 'OK' }),
      validRow({ ...maisie, la_plan_ref: 'OK-AGAIN', la_code: 'LA2', family_name: 'ASHDOWN' }),
      validRow({ ...maisie, la_plan_ref: 'UNKNOWN', nhs_number: '999 000 0999' }),
      validRow({ ...maisie, la_plan_ref: 'NAME', family_name: 'Ashdowne' }),
      validRow({ ...maisie, la_plan_ref: 'DOB', date_of_birth: '2019-03-15' }),
      validRow({
        la_plan_ref: 'OLD',
        nhs_number: '999 001 0005',
        family_name: 'Stanbury',
        given_name: 'Freya',
        date_of_birth: '2019-09-30',
      }),
      validRow({
        la_plan_ref: 'REDACTED',
        nhs_number: '999 001 0064',
        family_name: 'Redmayne',
        given_name: 'Kit',
        date_of_birth: '2016-03-03',
      }),
    ]);
    expect(receipt.applied).toBe(2);
    expect(receipt.rejections.map((r) => [r.line, r.ref, r.code])).toEqual([
      [4, 'UNKNOWN', 'NO_PDS_MATCH'],
      [5, 'NAME', 'NO_PDS_MATCH'],
      [6, 'DOB', 'NO_PDS_MATCH'],
      [7, 'OLD', 'SUPERSEDED_NHS_NUMBER'],
      [8, 'REDACTED', 'NO_PDS_MATCH'],
    ]);
    expect(receipt.rejections[3]!.message).toContain("send the plan under the child's current NHS number");
    expect(JSON.stringify(receipt.rejections)).not.toMatch(/\d{6,}|Ashdown|Stanbury|2019/);
    expect(receipt.uploads.find((upload) => upload.laCode === 'LA1')).toMatchObject({ applied: 1, rejected: 5 });
    // The upload the LA reads back later lists the same rejections as the receipt it was given.
    const [stored] = await ctx.db.query<{ rejections: { line: number; code: string }[] | string }>(
      "SELECT rejections FROM extract_uploads WHERE la_code = 'LA1'",
    );
    const storedRejections =
      typeof stored!.rejections === 'string' ? JSON.parse(stored!.rejections) : stored!.rejections;
    expect(storedRejections.map((r: { line: number; code: string }) => [r.line, r.code])).toEqual(
      receipt.rejections.map((r) => [r.line, r.code]),
    );
    expect(await ctx.db.query('SELECT la_plan_ref FROM plans ORDER BY la_plan_ref')).toEqual([
      { la_plan_ref: 'OK' },
      { la_plan_ref: 'OK-AGAIN' },
    ]);
    // Seven rows, four distinct numbers: each read once.
    expect(reads).toBe(4);
  });

  it('refuses the whole file when PDS is unavailable: nothing applied, no upload recorded', async () => {
    await expect(apply([validRow({ ...maisie })], 'http://127.0.0.1:1/FHIR/R4')).rejects.toThrow(
      /PDS could not be reached to verify the NHS numbers/,
    );
    expect(await ctx.db.query('SELECT 1 FROM plans')).toEqual([]);
    expect(await ctx.db.query('SELECT 1 FROM extract_uploads')).toEqual([]);
  });

  it('answers exit 2 when PDS rejects every row', async () => {
    expect(exitStatus(await apply([validRow()]))).toBe(2);
  });
});

describe('npm run ingest -- extract, verifying on PDS', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'cpis-pds-cli-'));
  const env = { ...process.env, PGLITE_DIR: join(work, 'pglite'), DATABASE_URL: '', DEMO_DATA: 'false' };
  const file = (name: string, bytes: string | Uint8Array) => {
    writeFileSync(join(work, name), bytes);
    return join(work, name);
  };
  const cli = (extra: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
      env: { ...env, ...extra },
      encoding: 'utf8',
    });

  it('verifies on the stand-in by default, refuses the file with exit 2 when PDS is down, and warns loudly when off', () => {
    expect(cli({}, 'la-directory', file('las.csv', testDirectoryCsv)).status).toBe(0);
    const extract = file(
      'extract.csv',
      extractCsv([validRow({ ...maisie, la_plan_ref: 'A' }), validRow({ la_plan_ref: 'B' })]),
    );

    const down = cli({ PDS_BASE_URL: 'http://127.0.0.1:1/FHIR/R4' }, 'extract', extract);
    expect(down.status).toBe(2);
    expect(down.stderr).toContain('Nothing was applied. PDS could not be reached');

    const verified = cli({}, 'extract', extract);
    expect(verified.status).toBe(1);
    expect(verified.stdout).toMatch(/line 3, B, NO_PDS_MATCH/);
    expect(verified.stdout).toContain('verified on PDS: yes');

    const off = cli({ PDS_VERIFY_EXTRACTS: 'false' }, 'extract', extract);
    expect(off.status).toBe(0);
    expect(off.stderr).toContain('WARNING: PDS_VERIFY_EXTRACTS=false');
    expect(off.stdout).toContain('verified on PDS: NO');
  });
});
