import { Readable } from 'node:stream';
import type { InjectOptions } from 'fastify';
import { beforeEach, expect, it } from 'vitest';
import { extractReceiptSchema, extractRejectedBodySchema, uploadsResponseSchema } from '#contract';
import { fixedClock } from '../clock.ts';
import { applyExtract } from '../ingest/apply-extract.ts';
import { ingestCaller } from '../ingest/pds-verification.ts';
import { createLaToken } from '../la/tokens.ts';
import { useTestApp } from '../testing/app.ts';
import { describeEachEngine } from '../testing/engines.ts';
import { clearStore, extractCsv, seedStore, verifiedRow } from '../testing/extracts.ts';
import { signIn } from '../testing/session.ts';
import { testLaRoleIds } from '../testing/staff.ts';

const clock = fixedClock('2026-11-21T10:00:00Z');
// Small, so the limit can be crossed cheaply; above the API's 16 KB JSON limit, which extracts do not share.
const LIMIT = 64 * 1024;

// A number with a valid check digit that PDS (the stand-in) does not hold.
const UNKNOWN_ON_PDS = '999 000 0999';

// One good row, one the rules reject, and one for the other LA.
const mixed = () =>
  extractCsv([
    verifiedRow({ la_plan_ref: 'A' }),
    verifiedRow({ la_plan_ref: 'B', nhs_number: '999 000 0019' }),
    verifiedRow({ la_plan_ref: 'C', la_code: 'LA2', nhs_number: '9990000026' }),
  ]);

describeEachEngine('LA extracts through the API', (ctx) => {
  const t = useTestApp(ctx, { extractBodyLimitBytes: LIMIT }, undefined, { clock });
  const upload = async (body: Uint8Array | Readable | string, headers: InjectOptions['headers'] = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/la/extracts',
      headers: { cookie: await signIn(t.app, testLaRoleIds.LA1), 'content-type': 'text/csv', ...headers },
      // inject would send a Uint8Array that is not a Buffer as JSON.
      payload: body instanceof Uint8Array ? Buffer.from(body) : body,
    });
  const plans = () => ctx.db.query<{ la_plan_ref: string }>('SELECT la_plan_ref FROM plans ORDER BY 1');

  beforeEach(async () => {
    clock.set('2026-11-21T10:00:00Z');
    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, []);
    await ctx.db.exec('DELETE FROM extract_uploads');
  });

  it("applies the LA's valid rows and answers the receipt, a row for another LA rejected WRONG_LA", async () => {
    const response = await upload(mixed());
    expect(response.statusCode).toBe(200);
    expect(extractReceiptSchema.parse(response.json())).toEqual({
      uploadId: expect.stringMatching(/^\d+$/),
      receivedAt: '2026-11-21T10:00:00.000Z',
      rows: { received: 3, applied: 1, rejected: 2 },
      rejections: [
        { line: 3, laPlanRef: 'B', code: 'INVALID_NHS_NUMBER', message: expect.any(String) },
        { line: 4, laPlanRef: 'C', code: 'WRONG_LA', message: 'this row is for another local authority' },
      ],
    });
    expect(response.body).not.toContain('9990000019');
    expect(await plans()).toEqual([{ la_plan_ref: 'A' }]);
  });

  it('answers what the CLI prints for the same file: one code path', async () => {
    const file = extractCsv([
      verifiedRow({ la_plan_ref: 'A' }),
      verifiedRow({ la_plan_ref: 'B', plan_type: 'LAC' }),
      verifiedRow({ la_plan_ref: 'A' }),
      verifiedRow({ la_plan_ref: 'D', date_of_birth: '2030-01-01' }),
      verifiedRow({ la_plan_ref: 'E', nhs_number: '' }),
      verifiedRow({ la_plan_ref: 'F', plan_type: 'UCPP', expected_delivery_date: '2026-12-01' }),
      verifiedRow({ la_plan_ref: 'G', nhs_number: UNKNOWN_ON_PDS }),
    ]);
    // Verified as the CLI verifies, on the same PDS the app uses.
    const cli = await applyExtract(ctx.db, file, {
      clock,
      pdsVerification: { pds: t.app.pds, caller: ingestCaller() },
    });
    expect(cli.rejections.map((rejection) => rejection.code)).toContain('NO_PDS_MATCH');
    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, []);
    const api = extractReceiptSchema.parse((await upload(file)).json());
    expect(api.rows).toEqual({ received: cli.received, applied: cli.applied, rejected: cli.rejected });
    expect(api.rejections).toEqual(
      cli.rejections.map(({ line, ref, code, message }) => ({ line, laPlanRef: ref, code, message })),
    );
  });

  it('answers 422 EXTRACT_REJECTED with the receipt when nothing applied, and changes nothing', async () => {
    await upload(extractCsv([verifiedRow({ la_plan_ref: 'A' })]));
    const response = await upload(
      extractCsv([verifiedRow({ la_plan_ref: 'A', plan_type: 'XYZ' }), verifiedRow({ la_code: 'LA2' })]),
    );
    expect(response.statusCode).toBe(422);
    const body = extractRejectedBodySchema.parse(response.json());
    expect(body.error.code).toBe('EXTRACT_REJECTED');
    expect(body.receipt.rows).toEqual({ received: 2, applied: 0, rejected: 2 });
    const [plan] = await ctx.db.query('SELECT plan_type FROM plans');
    expect(plan).toEqual({ plan_type: 'CPP' });
  });

  it("lists the LA's own uploads, newest first, by whom, each with its receipt", async () => {
    const { token } = await createLaToken(ctx.db, clock, { laCode: 'LA1', label: 'Nightly job' });
    await upload(mixed());
    clock.advance(60_000);
    await t.app.inject({
      method: 'POST',
      url: '/api/la/extracts',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      payload: Buffer.from(extractCsv([verifiedRow({ la_plan_ref: 'Z' })])),
    });
    const list = async (roleId: string) =>
      uploadsResponseSchema.parse(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/la/uploads',
            headers: { cookie: await signIn(t.app, roleId) },
          })
        ).json(),
      );
    const la1 = await list(testLaRoleIds.LA1);
    expect(la1).toMatchObject({ total: 2, page: 1, lastAppliedAt: '2026-11-21T10:01:00.000Z' });
    expect(la1.uploads.map((entry) => [entry.by, entry.receipt.rows])).toEqual([
      [
        { kind: 'token', name: 'Nightly job' },
        { received: 1, applied: 1, rejected: 0 },
      ],
      [
        { kind: 'person', name: 'Test Contact Centre LA1' },
        { received: 3, applied: 1, rejected: 2 },
      ],
    ]);
    expect(la1.uploads[1]!.receipt.rejections.map((rejection) => rejection.code)).toEqual([
      'INVALID_NHS_NUMBER',
      'WRONG_LA',
    ]);
    expect(await list(testLaRoleIds.LA2)).toMatchObject({ total: 0, uploads: [], lastAppliedAt: null });
  });

  it('takes an extract over the API JSON limit, refuses one over its own limit, and applies nothing of it', async () => {
    const rows = (count: number) =>
      extractCsv(Array.from({ length: count }, (_, i) => verifiedRow({ la_plan_ref: `R${i}` })));
    const under = rows(300);
    expect(under.length).toBeGreaterThan(16 * 1024);
    expect(under.length).toBeLessThan(LIMIT);
    expect((await upload(under)).json().rows.applied).toBe(300);

    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, []);
    const over = rows(1500);
    expect(over.length).toBeGreaterThan(LIMIT);
    const declared = await upload(over);
    expect([declared.statusCode, declared.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    // Sent in chunks with no length said in advance: refused as it arrives.
    const streamed = await upload(Readable.from([over.slice(0, 40_000), over.slice(40_000)]));
    expect(streamed.statusCode).toBe(413);
    expect(await plans()).toEqual([]);
  });

  it('says what is wrong with a file it cannot use, and with a body that is not CSV', async () => {
    const notUtf8 = await upload(new Uint8Array([0x6c, 0x61, 0xff, 0xfe]));
    expect([notUtf8.statusCode, notUtf8.json().error.message]).toEqual([400, 'The file is not valid UTF-8 text.']);
    const json = await upload(JSON.stringify({ rows: [] }), { 'content-type': 'application/json' });
    expect(json.statusCode).toBe(415);
    expect((await upload('la_code\n')).json().error.message).toMatch(/header has no/);
  });

  it('verifies every row on PDS as the CLI does: a number PDS does not hold is NO_PDS_MATCH, never applied', async () => {
    const response = await upload(
      extractCsv([verifiedRow({ la_plan_ref: 'A' }), verifiedRow({ la_plan_ref: 'B', nhs_number: UNKNOWN_ON_PDS })]),
    );
    expect(response.statusCode).toBe(200);
    const receipt = extractReceiptSchema.parse(response.json());
    expect(receipt.rows).toEqual({ received: 2, applied: 1, rejected: 1 });
    expect(receipt.rejections).toEqual([
      { line: 3, laPlanRef: 'B', code: 'NO_PDS_MATCH', message: expect.any(String) },
    ]);
    expect(response.body).not.toContain('9990000999');
    expect(await plans()).toEqual([{ la_plan_ref: 'A' }]);
  });
});

describeEachEngine('LA extracts through the API when PDS cannot answer', (ctx) => {
  // Nothing listens on port 1: every PDS read fails at once.
  const down = useTestApp(ctx, { pdsBaseUrl: 'http://127.0.0.1:1/FHIR/R4' }, undefined, { clock });
  const unverified = useTestApp(
    ctx,
    { pdsBaseUrl: 'http://127.0.0.1:1/FHIR/R4', pdsVerifyExtracts: false },
    undefined,
    {
      clock,
    },
  );
  const upload = async (app: typeof down.app, rows: Parameters<typeof extractCsv>[0]) =>
    app.inject({
      method: 'POST',
      url: '/api/la/extracts',
      headers: { cookie: await signIn(app, testLaRoleIds.LA1), 'content-type': 'text/csv' },
      payload: Buffer.from(extractCsv(rows)),
    });

  beforeEach(async () => {
    await clearStore(ctx.db);
    await seedStore(ctx.db, clock, []);
  });

  it('refuses the whole upload 503 PDS_UNAVAILABLE: nothing applied, no upload recorded', async () => {
    const response = await upload(down.app, [verifiedRow({ la_plan_ref: 'A' })]);
    expect(response.statusCode).toBe(503);
    expect(response.json().error).toEqual({
      code: 'PDS_UNAVAILABLE',
      message: expect.stringContaining('nothing was applied'),
    });
    expect(await ctx.db.query('SELECT 1 FROM plans')).toEqual([]);
    expect(await ctx.db.query('SELECT 1 FROM extract_uploads')).toEqual([]);
  });

  it('applies unverified only when PDS_VERIFY_EXTRACTS=false', async () => {
    const response = await upload(unverified.app, [verifiedRow({ la_plan_ref: 'A', nhs_number: UNKNOWN_ON_PDS })]);
    expect(response.statusCode).toBe(200);
    expect(response.json().rows).toEqual({ received: 1, applied: 1, rejected: 0 });
  });
});
