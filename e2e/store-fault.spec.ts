import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import pg from 'pg';
import { errorBodySchema } from '#contract';
import { BFF_LOG_FILE, expect, expectNoAxeViolations, test } from './fixtures.ts';
import { demoCard, SignInPage } from './pages/sign-in-page.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

/*
 * The store failing mid-run. The e2e BFF runs on in-memory PGlite, which nothing can stop from
 * outside; so this spec starts its own BFF on a fresh PostgreSQL database, reached through a TCP
 * proxy it can cut (the database gone) and restore (back), without restarting the BFF.
 */

// The 503s are the point here: Chromium logs each as a failed resource, which must not fail the test.
test.use({ handledApiStatuses: [503] });

const serverUrl = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');

async function isPostgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: serverUrl.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('No free TCP port');
  return address.port;
}

/** The BFF as `npm start` runs it (one process, so that SIGTERM reaches it), logging to `logPath`. */
async function startBff(env: Record<string, string>, logPath: string): Promise<{ origin: string; bff: ChildProcess }> {
  const port = await freePort();
  const log = openSync(logPath, 'w');
  const bff = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const origin = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    if (bff.exitCode !== null) throw new Error(`The BFF stopped at start:\n${readFileSync(logPath, 'utf8')}`);
    const ready = await fetch(`${origin}/api/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { origin, bff };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  bff.kill('SIGKILL');
  throw new Error(`The BFF was not ready within 60 s:\n${readFileSync(logPath, 'utf8')}`);
}

async function stopBff(bff: ChildProcess): Promise<void> {
  if (bff.exitCode !== null) return;
  const exited = new Promise((resolve) => bff.once('exit', resolve));
  bff.kill('SIGTERM');
  const timer = setTimeout(() => bff.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

test('the store stops mid-run: "could not be checked", a 503, then checks work again without a restart', async ({
  page,
}) => {
  test.setTimeout(120_000);
  if (!(await isPostgresReachable())) {
    const reason = `PostgreSQL is not reachable at ${serverUrl.host}: this journey needs a server it can cut off`;
    if (process.env.CI) throw new Error(`${reason}. CI must run it.`);
    console.warn(`\n*** SKIPPED: ${reason}. Set DATABASE_URL or start PostgreSQL to run it. ***\n`);
    test.skip(true, reason);
  }

  const database = `cpis_e2e_${randomBytes(6).toString('hex')}`;
  let proxy: TcpProxy | undefined;
  let bff: ChildProcess | undefined;
  await admin(`CREATE DATABASE ${database}`);
  try {
    proxy = await startTcpProxy({ host: serverUrl.hostname, port: Number(serverUrl.port || 5432) });
    const viaProxy = new URL(serverUrl);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    viaProxy.pathname = `/${database}`;
    const started = await startBff(
      { DATABASE_URL: viaProxy.toString(), DEMO_DATA: 'true', SPA_DIR: 'dist' },
      test.info().outputPath(BFF_LOG_FILE),
    );
    bff = started.bff;

    await page.goto(`${started.origin}/sign-in`);
    await new SignInPage(page).signInAs(demoCard('555000000001'));
    const nhsNumber = page.getByLabel('NHS number', { exact: true });
    await nhsNumber.fill('999 000 0018');
    await expect(page.getByRole('heading', { name: /^CP-IS: 1 plan found/ })).toBeVisible();

    proxy.cut();
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/cpis/lookups'), {
      timeout: 15_000,
    });
    await nhsNumber.fill('999 000 0026');
    const answer = await refused;
    expect(answer.status()).toBe(503);
    // The session check comes first, so the store's absence shows there; the lookup's own code is the other.
    expect(['DATABASE_UNAVAILABLE', 'CPIS_UNAVAILABLE']).toContain(
      errorBodySchema.parse(await answer.json()).error.code,
    );
    const couldNotCheck = page.getByRole('heading', {
      name: 'CP-IS could not be checked: follow your local safeguarding procedure',
    });
    await expect(couldNotCheck).toBeVisible();
    await expect(page.getByText('No CP-IS information')).toHaveCount(0);
    await expect(page.getByText('CP-IS: 1 plan found')).toHaveCount(0);
    await expectNoAxeViolations(page);

    proxy.restore();
    const accepted = page.waitForResponse((response) => response.url().endsWith('/api/cpis/lookups'), {
      timeout: 15_000,
    });
    await page.getByRole('button', { name: 'Check CP-IS again' }).click();
    expect((await accepted).status()).toBe(200);
    await expect(page.getByRole('heading', { name: /^CP-IS: 1 plan found/ })).toBeVisible();
    await expect(page.getByText('Theo Penhallow')).toBeVisible();
    await expect(couldNotCheck).toHaveCount(0);
  } finally {
    if (bff) await stopBff(bff);
    await proxy?.close();
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
});
