import { readFileSync } from 'node:fs';

/**
 * The Node.js line this project runs on: the version pinned in `.nvmrc`, which the `node`
 * package in package.json installs into node_modules/.bin for every npm script.
 */
export const requiredNodeVersion = readFileSync(new URL('../.nvmrc', import.meta.url), 'utf8').trim();

export function runtimeDescription(): string {
  return `Node.js ${process.versions.node}`;
}
