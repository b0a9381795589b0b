import { readFileSync } from 'node:fs';
import { englandDate } from '#contract';
import { clearCardLock } from './auth/card-reader.ts';
import { systemClock } from './clock.ts';
import { ConfigError, loadConfig } from './config.ts';
import { notificationsFor } from './cpis/notifications.ts';
import { purgeExpired } from './cpis/purge.ts';
import { DatabaseLockedError, openDatabase, type Database } from './db/index.ts';
import { applyExtract, type IngestProgress } from './ingest/apply-extract.ts';
import { ingestCaller } from './ingest/pds-verification.ts';
import { IngestFileError } from './ingest/csv.ts';
import { applyDirectory } from './ingest/la-directory.ts';
import { exitStatus, formatReceipt } from './ingest/receipt.ts';
import { connectPds } from './pds/index.ts';

const USAGE = `Usage:
  npm run ingest -- la-directory <file.csv>   load or update the LA directory
  npm run ingest -- extract <file.csv>        apply one LA extract
  npm run purge                               remove what is past retention
  npm run notifications -- <la_code>          print an LA's visit notifications as JSON lines
  npm run unlock-card -- <card_id>            clear a smartcard's lock before its set time`;

/** Large files report progress on stderr, so the receipt on stdout stays clean to read or pipe. */
const progress: IngestProgress = (phase, done, total) => {
  if (done % 50_000 !== 0 && !(done === total && done >= 50_000)) return;
  const figure = done.toLocaleString('en-GB');
  process.stderr.write(
    phase === 'read' ? `  read ${figure} rows\n` : `  applied ${figure} of ${total?.toLocaleString('en-GB')} rows\n`,
  );
};

function readInput(path: string | undefined): Uint8Array {
  if (!path) throw new IngestFileError('Name the CSV file to load.');
  try {
    return readFileSync(path);
  } catch (error) {
    throw new IngestFileError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}.`);
  }
}

async function run(db: Database, command: string, arg: string | undefined): Promise<0 | 1 | 2> {
  const clock = systemClock;
  switch (command) {
    case 'la-directory': {
      const receipt = await applyDirectory(db, readInput(arg), { clock });
      console.log(formatReceipt(`LA directory ${arg}`, receipt, 'la_code'));
      return exitStatus(receipt);
    }
    case 'extract': {
      const started = performance.now();
      const bytes = readInput(arg);
      const config = loadConfig();
      if (!config.pdsVerifyExtracts) {
        console.error(
          'WARNING: PDS_VERIFY_EXTRACTS=false: NHS numbers are NOT checked on PDS. A mistyped number would flag the wrong child. For test installs only.',
        );
      }
      const pds = config.pdsVerifyExtracts ? await connectPds(config) : undefined;
      try {
        const receipt = await applyExtract(db, bytes, {
          clock,
          onProgress: progress,
          ...(pds ? { pdsVerification: { pds: pds.client, caller: ingestCaller() } } : {}),
        });
        console.log(formatReceipt(`LA extract ${arg}`, receipt, 'la_plan_ref'));
        console.log(`  verified on PDS: ${pds ? 'yes' : 'NO (PDS_VERIFY_EXTRACTS=false)'}`);
        console.log(`  took ${((performance.now() - started) / 1000).toFixed(1)} s`);
        return exitStatus(receipt);
      } finally {
        await pds?.close();
      }
    }
    case 'purge': {
      const removed = await purgeExpired(db, englandDate(clock()));
      console.log(`Purged past retention: ${removed.plans} plans, ${removed.visits} visits.`);
      return 0;
    }
    case 'notifications': {
      if (!arg) throw new IngestFileError('Name the LA code whose notifications to print.');
      // The hand-off to the LA's own system, until the LA inbox exists: one JSON object per line.
      for (const notification of await notificationsFor(db, arg)) console.log(JSON.stringify(notification));
      return 0;
    }
    case 'unlock-card': {
      if (!arg) throw new IngestFileError('Name the card to unlock.');
      const wasLocked = await clearCardLock(db, arg, clock());
      console.log(
        wasLocked ? `Card ${arg} is unlocked.` : `Card ${arg} was not locked; its count of wrong passcodes is cleared.`,
      );
      return 0;
    }
    default:
      throw new Error('unreachable');
  }
}

async function main(): Promise<number> {
  const [command, arg] = process.argv.slice(2);
  if (!command || !['la-directory', 'extract', 'purge', 'notifications', 'unlock-card'].includes(command)) {
    console.error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
    return 2;
  }
  let db: Database | undefined;
  try {
    db = await openDatabase(loadConfig().database);
    return await run(db, command, arg);
  } catch (error) {
    const outcome =
      command === 'notifications'
        ? 'Nothing was printed.'
        : command === 'unlock-card'
          ? 'Nothing was unlocked.'
          : 'Nothing was applied.';
    if (error instanceof IngestFileError || error instanceof DatabaseLockedError || error instanceof ConfigError) {
      console.error(`${outcome} ${error.message}`);
    } else {
      console.error(`${outcome} The database failed:`, (error as Error).message);
    }
    return 2;
  } finally {
    await db?.close();
  }
}

process.exitCode = await main();
