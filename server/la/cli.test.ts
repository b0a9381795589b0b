import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDirectoryCsv } from '../testing/extracts.ts';

const work = mkdtempSync(join(tmpdir(), 'cpis-la-token-'));
const env = { ...process.env, PGLITE_DIR: join(work, 'pglite'), DATABASE_URL: '', DEMO_DATA: 'false' };
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const laToken = (...args: string[]) => run('server/la/cli.ts', ...args);

// Each command is a process that opens the embedded store (a few seconds each on a busy machine).
describe('npm run la-token', { timeout: 120_000 }, () => {
  it('creates a token shown once, lists it without the token, revokes it', () => {
    const directory = join(work, 'las.csv');
    writeFileSync(directory, testDirectoryCsv);
    expect(run('server/cli.ts', 'la-directory', directory).status).toBe(0);

    expect(laToken('create', 'LA9', 'Nightly job').stderr).toContain('There is no LA LA9');
    const created = laToken('create', 'LA1', 'Nightly job');
    expect(created.status).toBe(0);
    const token = /^(cpisla_\S+)$/m.exec(created.stdout)?.[1];
    expect(token).toBeDefined();

    const listed = laToken('list');
    expect(listed.stdout).toMatch(/^1 {2}LA1 {2}"Nightly job" {2}created \S+ {2}last used never {2}live$/m);
    expect(listed.stdout).not.toContain(token!);

    expect(laToken('revoke', '1').stdout).toContain('Token 1 revoked.');
    expect(laToken('list').stdout).toMatch(/revoked \S+$/m);
    expect(laToken('revoke', '1').status).toBe(2);
    expect(laToken('frobnicate').stderr).toContain('npm run la-token -- create');
  });
});
