import { systemClock } from '../clock.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { DatabaseLockedError, openDatabase, type Database } from '../db/index.ts';
import { createLaToken, LaTokenError, listLaTokens, revokeLaToken } from './tokens.ts';

const USAGE = `Usage:
  npm run la-token -- create <la_code> "<label>"   make an API token for an LA's system (printed once)
  npm run la-token -- list                         every token: id, LA, label, created, last used, revoked
  npm run la-token -- revoke <id>                  revoke a token at once`;

async function run(db: Database, [command, ...args]: string[]): Promise<0 | 2> {
  switch (command) {
    case 'create': {
      const [laCode, label] = args;
      if (!laCode || label === undefined) throw new LaTokenError(`Name the LA and a label.\n${USAGE}`);
      const { token, record } = await createLaToken(db, systemClock, { laCode, label });
      console.log(
        `Token ${record.id} for ${record.laCode} ("${record.label}"). It is shown this once; keep it secret:`,
      );
      console.log(token);
      return 0;
    }
    case 'list':
      for (const token of await listLaTokens(db)) {
        console.log(
          [
            token.id,
            token.laCode,
            JSON.stringify(token.label),
            `created ${token.createdAt}`,
            `last used ${token.lastUsedAt ?? 'never'}`,
            token.revokedAt ? `revoked ${token.revokedAt}` : 'live',
          ].join('  '),
        );
      }
      return 0;
    case 'revoke': {
      const [id] = args;
      if (!id || !(await revokeLaToken(db, systemClock, id)))
        throw new LaTokenError(`There is no live token ${id ?? ''}.`);
      console.log(`Token ${id} revoked.`);
      return 0;
    }
    default:
      throw new LaTokenError(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  }
}

async function main(): Promise<number> {
  let db: Database | undefined;
  try {
    db = await openDatabase(loadConfig().database);
    return await run(db, process.argv.slice(2));
  } catch (error) {
    if (error instanceof LaTokenError || error instanceof DatabaseLockedError || error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error('The database failed:', (error as Error).message);
    }
    return 2;
  } finally {
    await db?.close();
  }
}

process.exitCode = await main();
