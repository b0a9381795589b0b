// CI's check that every test the hazard log names exists and passed in this run (`.ci/run` passes
// the folder its suites wrote their JSON reports to). Exits 1, naming each hazard, otherwise.
import { fileURLToPath } from 'node:url';
import { describeProblem, findMissingTests, findUnpassedTests } from './evidence.ts';
import { loadHazardLog } from './hazard-log.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reportsDir = process.argv[2];
const log = loadHazardLog();
const problems = [...findMissingTests(log, root), ...(reportsDir ? findUnpassedTests(log, reportsDir, root) : [])];
const named = log.hazards.reduce((n, h) => n + h.controls.reduce((m, c) => m + c.evidence.length, 0), 0);
if (problems.length > 0) {
  console.error(`The clinical safety case is not evidenced (${problems.length} of ${named} named tests):`);
  for (const problem of problems) console.error(`- ${describeProblem(problem)}`);
  process.exit(1);
}
const verdict = reportsDir
  ? 'all present and passed in this run'
  : 'all present (pass a reports folder to check this run)';
console.log(`Clinical safety case: ${log.hazards.length} hazards, ${named} named tests, ${verdict}.`);
