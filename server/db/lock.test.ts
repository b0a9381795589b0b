import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseLockedError, lockDirectory } from './lock.ts';

const freshDir = () => join(mkdtempSync(join(tmpdir(), 'cpis-lock-')), 'pglite');

describe('the embedded database lock', () => {
  it('refuses a second owner while the first process lives, and names what to do', () => {
    const dir = freshDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(`${dir}.lock`, String(sleeper.pid));
      expect(() => lockDirectory(dir)).toThrow(DatabaseLockedError);
      expect(() => lockDirectory(dir)).toThrow(/npm start.*DATABASE_URL/s);
    } finally {
      sleeper.kill();
    }
  });

  it('takes over a lock left by a process that has died, and releases it', () => {
    const dir = freshDir();
    writeFileSync(`${dir}.lock`, '2147483646');
    const release = lockDirectory(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
