import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requiredNodeVersion } from './runtime.ts';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
};

describe('the Node.js runtime', () => {
  it('is the pinned line, not the machine’s own Node', () => {
    // npm scripts put node_modules/.bin (the pinned `node` package) first on PATH.
    expect(process.versions.node.split('.')[0]).toBe(requiredNodeVersion.split('.')[0]);
    expect(process.versions.node).toBe(requiredNodeVersion);
  });

  it('is pinned the same in .nvmrc, engines and the node package', () => {
    expect(packageJson.engines.node).toBe(requiredNodeVersion);
    expect(packageJson.dependencies.node).toBe(requiredNodeVersion);
  });
});
