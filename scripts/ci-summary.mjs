// Sums every suite's counts into CI's one closing line: "N passed, N failed[, N skipped]".
// Each CI step counts once as a check; a step's test cases count too when it wrote a report.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, checksPassed, checksFailed] = process.argv.slice(2);
let passed = Number(checksPassed);
let failed = Number(checksFailed);
let skipped = 0;

const read = (name) => {
  const path = join(dir, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
};

for (const name of ['unit.json', 'stories.json']) {
  const vitest = read(name);
  if (!vitest) continue;
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  console.log(`${name}: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
}
const e2e = read('e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  console.log(`e2e.json: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed`);
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
