// `npm start` on a fresh clone: build the SPA when dist/ is missing or older than its sources.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = ['src', 'public', 'contract', 'index.html', 'vite.config.ts', 'package-lock.json'];
const built = 'dist/index.html';

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

const stale =
  !existsSync(built) ||
  sources.filter((path) => existsSync(path)).some((path) => newestMtime(path) > statSync(built).mtimeMs);

if (stale) {
  console.warn('Building the SPA (dist/ is missing or out of date)...');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}
