import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningServer {
  /** http://HOST:PORT, also the app's own origin for state-changing requests. */
  origin: string;
  /** From spawn to ready: for the BFF, migrations and the start-up purge over the whole store. */
  readySeconds: number;
  stop(): Promise<void>;
}

// A child left running by a failed run would hold its port and 700 MB: kill whatever is still up.
const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * A loopback address of this run's own (all of 127/8 is loopback on Linux). Other benches on the
 * machine pick ports from the same range at 127.0.0.1: between our probe and our BFF binding the
 * port, theirs could take it, and our readiness check would then be answered by their BFF.
 */
const HOST = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.1`;

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, HOST, () => probe.close(() => resolve(true)));
  });

// Ports given to servers of this run: one just started may not have bound its port yet.
const given = new Set<number>();

async function freePort(): Promise<number> {
  for (let port = 3200; port < 3300; port += 1) {
    if (!given.has(port) && (await isFree(port))) {
      given.add(port);
      return port;
    }
  }
  throw new Error('No free port between 3200 and 3299.');
}

/**
 * Starts a server script in its own Node process (the load generator must not share its CPU time
 * with the server it measures) and waits until GET /api/ready answers 200.
 */
export async function startServer(
  script: string,
  env: Record<string, string>,
  logFile: string,
  readyWithinSeconds = 300,
): Promise<RunningServer> {
  const started = performance.now();
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env, HOST, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );

  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + readyWithinSeconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}: see ${logFile}`);
    const ready = await fetch(`${origin}/api/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { origin, readySeconds: (performance.now() - started) / 1000, stop };
    await sleep(200);
  }
  await stop();
  throw new Error(`${script} was not ready within ${readyWithinSeconds} s: see ${logFile}`);
}

/**
 * The real BFF, quiet (per-request logging would be measured too) and with the lookup limit out of
 * the way; `codeRoot` runs another checkout's BFF (bench/single-lookup.ts compares versions).
 */
export const startBff = (env: Record<string, string>, logFile: string, codeRoot = '.') =>
  startServer(
    join(codeRoot, 'server/main.ts'),
    {
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      DATABASE_URL: '',
      // The per-session limit (60 a minute) would answer most of a load test with 429.
      LOOKUP_RATE_LIMIT_PER_MINUTE: '100000000',
      ...env,
    },
    logFile,
  );
