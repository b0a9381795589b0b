import { beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { clearStore, extractCsv, seedStore, testDirectoryCsv, validRow } from '../testing/extracts.ts';
import { applyExtract } from './apply-extract.ts';
import { IngestFileError } from './csv.ts';
import { applyDirectory } from './la-directory.ts';
import { exitStatus, formatReceipt } from './receipt.ts';

const clock = fixedClock('2026-11-21T10:00:00Z');
const encode = (text: string) => new TextEncoder().encode(text);

describeEachEngine('applying LA extracts', (ctx) => {
  const plans = () =>
    ctx.db.query<{ la_plan_ref: string; family_name: string; end_date: string | null }>(
      'SELECT la_plan_ref, family_name, end_date FROM plans ORDER BY la_plan_ref',
    );

  beforeEach(async () => {
    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, [validRow({ la_plan_ref: 'KEEP', family_name: 'Original' })]);
  });

  it('applies valid rows, upserting by (la_code, la_plan_ref)', async () => {
    const receipt = await applyExtract(
      ctx.db,
      extractCsv([
        validRow({ la_plan_ref: 'KEEP', family_name: 'Updated', end_date: '2026-10-01' }),
        validRow({ la_plan_ref: 'NEW', nhs_number: '9990000026' }),
      ]),
      { clock },
    );
    expect(receipt).toMatchObject({ received: 2, applied: 2, rejected: 0 });
    expect(exitStatus(receipt)).toBe(0);
    expect(await plans()).toEqual([
      { la_plan_ref: 'KEEP', family_name: 'Updated', end_date: '2026-10-01' },
      { la_plan_ref: 'NEW', family_name: 'Testchild', end_date: null },
    ]);
  });

  it('a rejected row changes nothing: the existing plan with that key stays as it was', async () => {
    const receipt = await applyExtract(
      ctx.db,
      extractCsv([
        validRow({ la_plan_ref: 'KEEP', nhs_number: '999 000 0019', family_name: 'Typo' }),
        validRow({ la_plan_ref: 'OTHER', nhs_number: '9990000026' }),
      ]),
      { clock },
    );
    expect(receipt).toMatchObject({ received: 2, applied: 1, rejected: 1 });
    expect(receipt.rejections).toEqual([
      { line: 2, ref: 'KEEP', code: 'INVALID_NHS_NUMBER', message: expect.any(String) },
    ]);
    expect(exitStatus(receipt)).toBe(1);
    expect(await plans()).toContainEqual({ la_plan_ref: 'KEEP', family_name: 'Original', end_date: null });
  });

  it('removes nothing unless a row says delete', async () => {
    await applyExtract(ctx.db, extractCsv([validRow({ la_plan_ref: 'OTHER' })]), { clock });
    expect((await plans()).map((p) => p.la_plan_ref)).toEqual(['KEEP', 'OTHER']);

    const receipt = await applyExtract(
      ctx.db,
      extractCsv([{ la_code: 'LA1', la_plan_ref: 'KEEP', action: 'delete' }]),
      {
        clock,
      },
    );
    expect(receipt).toMatchObject({ applied: 1, rejected: 0 });
    expect((await plans()).map((p) => p.la_plan_ref)).toEqual(['OTHER']);
  });

  it('rejects both rows that share a la_plan_ref, and applies neither', async () => {
    const receipt = await applyExtract(
      ctx.db,
      extractCsv([
        validRow({ la_plan_ref: 'KEEP', family_name: 'First' }),
        validRow({ la_plan_ref: 'KEEP', family_name: 'Second' }),
      ]),
      { clock },
    );
    expect(receipt.rejections.map((r) => [r.line, r.code])).toEqual([
      [2, 'DUPLICATE_ROW'],
      [3, 'DUPLICATE_ROW'],
    ]);
    expect(exitStatus(receipt)).toBe(2);
    expect(await plans()).toEqual([{ la_plan_ref: 'KEEP', family_name: 'Original', end_date: null }]);
  });

  it('applies all valid rows in one transaction: a failure part-way applies none of them', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) =>
      validRow({ la_plan_ref: `BULK-${i}`, nhs_number: '9990000026' }),
    );
    // A row the rules accept but the database refuses (la_code deleted between check and write).
    await ctx.db.exec(`INSERT INTO local_authorities VALUES ('GONE', 'Gone', '0121 496 0999', '0121 496 0998', now())`);
    rows.push(validRow({ la_code: 'GONE', la_plan_ref: 'LAST' }));
    const bytes = extractCsv(rows);
    const failing = {
      ...ctx.db,
      query: ctx.db.query,
      exec: ctx.db.exec,
      transaction: <T>(fn: Parameters<typeof ctx.db.transaction<T>>[0]) =>
        ctx.db.transaction(async (tx) => {
          await tx.query(`DELETE FROM local_authorities WHERE la_code = 'GONE'`);
          return fn(tx);
        }),
    };
    await expect(applyExtract(failing, bytes, { clock })).rejects.toThrow();
    expect((await plans()).map((p) => p.la_plan_ref)).toEqual(['KEEP']);
    await ctx.db.exec(`DELETE FROM local_authorities WHERE la_code = 'GONE'`);
  });

  it('records each upload per LA with its counts, so staff can see how fresh the data is', async () => {
    await ctx.db.exec('DELETE FROM extract_uploads');
    clock.set('2026-11-21T11:30:00Z');
    await applyExtract(
      ctx.db,
      extractCsv([
        validRow({ la_plan_ref: 'A' }),
        validRow({ la_code: 'LA2', la_plan_ref: 'B' }),
        validRow({ la_code: 'LA2', la_plan_ref: 'C', plan_type: 'X' }),
      ]),
      { clock },
    );
    const uploads = await ctx.db.query(
      'SELECT la_code, received_at, rows_received, rows_applied, rows_rejected FROM extract_uploads ORDER BY la_code',
    );
    expect(uploads).toEqual([
      { la_code: 'LA1', received_at: '2026-11-21T11:30:00.000Z', rows_received: 1, rows_applied: 1, rows_rejected: 0 },
      { la_code: 'LA2', received_at: '2026-11-21T11:30:00.000Z', rows_received: 2, rows_applied: 1, rows_rejected: 1 },
    ]);
  });

  it('accepts columns in any order, a byte-order mark, quoted fields and no action column', async () => {
    const text =
      '\uFEFFnhs_number,la_plan_ref,la_code,plan_type,legal_status,family_name,given_name,date_of_birth,start_date,end_date,expected_delivery_date\n' +
      '9990000034,Q1,LA1,CPP,,"O\'Brien, Jr",Zed,2018-01-01,2026-01-01,,\n';
    const receipt = await applyExtract(ctx.db, encode(text), { clock });
    expect(receipt).toMatchObject({ applied: 1, rejected: 0 });
    expect(await plans()).toContainEqual({ la_plan_ref: 'Q1', family_name: "O'Brien, Jr", end_date: null });
  });

  it('rejects a row with the wrong number of fields', async () => {
    const text =
      'la_code,la_plan_ref,plan_type,legal_status,nhs_number,family_name,given_name,date_of_birth,start_date,end_date,expected_delivery_date\nLA1,SHORT,CPP\n';
    const receipt = await applyExtract(ctx.db, encode(text), { clock });
    expect(receipt.rejections).toEqual([{ line: 2, ref: 'SHORT', code: 'MISSING_FIELD', message: expect.any(String) }]);
  });

  it.each([
    ['a missing required column', 'la_code,la_plan_ref\nLA1,X\n', /nhs_number/],
    ['an empty file', '', /empty/],
    [
      'broken quoting',
      'la_code,la_plan_ref,plan_type,legal_status,nhs_number,family_name,given_name,date_of_birth,start_date,end_date,expected_delivery_date\nLA1,"X,CPP\n',
      /not readable CSV/,
    ],
  ])('refuses the whole file for %s, applying nothing', async (_, text, message) => {
    await expect(applyExtract(ctx.db, encode(text), { clock })).rejects.toThrow(IngestFileError);
    await expect(applyExtract(ctx.db, encode(text), { clock })).rejects.toThrow(message);
    expect(await plans()).toHaveLength(1);
  });

  it('refuses a file that is not UTF-8', async () => {
    await expect(applyExtract(ctx.db, new Uint8Array([0x6c, 0x61, 0xff, 0xfe, 0x0a]), { clock })).rejects.toThrow(
      /not valid UTF-8/,
    );
  });

  it('rejects a row holding a NUL character on its own code, and applies the rest', async () => {
    const receipt = await applyExtract(
      ctx.db,
      extractCsv([
        validRow({ la_plan_ref: 'NUL', family_name: 'Test\u0000child' }),
        validRow({ la_plan_ref: 'NUL-REF\u0000', nhs_number: '9990000026' }),
        validRow({ la_plan_ref: 'FINE', nhs_number: '9990000026' }),
      ]),
      { clock },
    );
    expect(receipt).toMatchObject({ received: 3, applied: 1, rejected: 2 });
    expect(exitStatus(receipt)).toBe(1);
    expect(receipt.rejections.map((r) => [r.line, r.code])).toEqual([
      [2, 'UNSTORABLE_TEXT'],
      [3, 'UNSTORABLE_TEXT'],
    ]);
    expect((await plans()).map((plan) => plan.la_plan_ref)).toEqual(['FINE', 'KEEP']);
  });

  it('reports a rejected row at the line it starts on, after rows spanning lines and blank lines', async () => {
    const header =
      'la_code,la_plan_ref,plan_type,legal_status,nhs_number,family_name,given_name,date_of_birth,start_date,end_date,expected_delivery_date';
    const text = [
      header,
      'LA1,A,CPP,,9990000018,"Two\r\nline",Alpha,2019-03-14,2026-06-02,,',
      '',
      'LA1,B,CPP,,9990000019,"Three\nline\nname",Beta,2019-03-14,2026-06-02,,',
      'LA1,C,XXX,,9990000026,Testchild,Gamma,2019-03-14,2026-06-02,,',
    ].join('\r\n');
    const receipt = await applyExtract(ctx.db, encode(text), { clock });
    expect(receipt.rejections.map((r) => [r.line, r.ref, r.code])).toEqual([
      [5, 'B', 'INVALID_NHS_NUMBER'],
      [8, 'C', 'INVALID_PLAN_TYPE'],
    ]);
  });

  it('prints control characters of a la_plan_ref as escapes, never raw to the terminal', async () => {
    const receipt = await applyExtract(
      ctx.db,
      extractCsv([
        validRow({ la_plan_ref: 'X\u001b[2J\u001b]0;pwned\u0007\nline 9, FAKE\u202e\\u{1b}', plan_type: 'BAD' }),
      ]),
      { clock },
    );
    const text = formatReceipt('LA extract', receipt, 'la_plan_ref');
    expect(text).toContain(
      'line 2, X\\u{001b}[2J\\u{001b}]0;pwned\\u{0007}\\u{000a}line 9, FAKE\\u{202e}\\\\u{1b}, INVALID_PLAN_TYPE',
    );
    expect(text.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    expect(text.split('\n').filter((line) => line.includes('FAKE'))).toHaveLength(1);
  });

  it('prints a receipt with line, reference, code and message, and never an NHS number or name', async () => {
    const receipt = await applyExtract(
      ctx.db,
      extractCsv([
        validRow({ la_plan_ref: 'BAD', nhs_number: '999 000 0019', family_name: 'Privatename', plan_type: 'LAC' }),
      ]),
      { clock },
    );
    const text = formatReceipt('LA extract', receipt, 'la_plan_ref');
    expect(text).toContain('received: 1');
    expect(text).toContain('rejected: 1');
    expect(text).toMatch(/line 2, BAD, INVALID_LEGAL_STATUS: /);
    expect(text).not.toMatch(/999 ?000 ?0019|Privatename/);
  });
});

describeEachEngine('the LA directory', (ctx) => {
  it('upserts by la_code and rejects bad rows without touching the rest', async () => {
    await clearStore(ctx.db);
    await applyDirectory(ctx.db, encode(testDirectoryCsv), { clock });
    const receipt = await applyDirectory(
      ctx.db,
      encode(
        'la_code,name,office_hours_phone,emergency_duty_phone\n' +
          'LA1,Testshire Council (renamed),0121 496 0011,0121 496 0012\n' +
          'LA2,,020 7946 0003,020 7946 0004\n' +
          'LA3,Third Council,not a phone,0121 496 0013\n' +
          'LA4,Fourth\u0000Council,0121 496 0014,0121 496 0015\n',
      ),
      { clock },
    );
    expect(receipt).toMatchObject({ received: 4, applied: 1, rejected: 3 });
    expect(receipt.rejections.map((r) => [r.line, r.ref, r.code])).toEqual([
      [3, 'LA2', 'MISSING_FIELD'],
      [4, 'LA3', 'INVALID_PHONE'],
      [5, 'LA4', 'UNSTORABLE_TEXT'],
    ]);
    const las = await ctx.db.query('SELECT la_code, name FROM local_authorities ORDER BY la_code');
    expect(las).toEqual([
      { la_code: 'LA1', name: 'Testshire Council (renamed)' },
      { la_code: 'LA2', name: 'Exampleton City Council' },
    ]);
  });
});
