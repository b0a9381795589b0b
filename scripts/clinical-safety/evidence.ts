import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { evidenceOf, type Evidence, type Hazard, type HazardLog } from './hazard-log.ts';

export interface EvidenceProblem {
  hazard: Hazard;
  evidence: Evidence;
  problem: string;
}

export function describeProblem({ hazard, evidence, problem }: EvidenceProblem): string {
  return `${hazard.id} "${hazard.title}": ${evidence.file} › "${evidence.test}" ${problem}`;
}

const quoted = (title: string) => [`'${title.replaceAll("'", "\\'")}'`, `"${title}"`, `\`${title}\``];
/** A call that names a test but does not run it. */
const notRun = /\.(skip|todo|fixme)(If\([^)]*\))?\($|\bx(it|describe)\($/;

/** Where a parameterised title (`it.each`: %s, $name, ${...}) in the source expands to `title`. */
function templateFor(source: string, title: string): number | undefined {
  for (const match of source.matchAll(
    /(['"`])((?:(?!\1)[^\\\n]|\\.)*(?:%[sdifjo]|\$\{?\w)(?:(?!\1)[^\\\n]|\\.)*)\1/g,
  )) {
    const pattern = match[2]!
      .split(/%[sdifjo]|\$\{[^}]*\}|\$\w+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    if (new RegExp(`^${pattern}$`).test(title)) return match.index;
  }
  return undefined;
}

/** Static: every named test exists in its file, literally, and is not marked skip, todo or fixme. */
export function findMissingTests(log: HazardLog, root: string): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  for (const { hazard, evidence } of evidenceOf(log)) {
    const path = join(root, evidence.file);
    if (!existsSync(path)) {
      problems.push({ hazard, evidence, problem: 'names a file that does not exist' });
      continue;
    }
    const source = readFileSync(path, 'utf8');
    const at =
      quoted(evidence.test)
        .map((literal) => source.indexOf(literal))
        .find((index) => index >= 0) ?? templateFor(source, evidence.test);
    if (at === undefined) {
      problems.push({ hazard, evidence, problem: 'names a test that does not exist (renamed or removed?)' });
      continue;
    }
    const callBefore = source.slice(source.lastIndexOf('\n', at) + 1, at).trim();
    if (notRun.test(callBefore)) problems.push({ hazard, evidence, problem: 'names a test that is skipped' });
  }
  return problems;
}

type Outcome = 'passed' | 'failed' | 'skipped';

/** Outcomes by "file › title", from Vitest's and Playwright's JSON reports in one folder. */
export function readOutcomes(reportsDir: string, root: string): Map<string, Outcome[]> {
  const outcomes = new Map<string, Outcome[]>();
  const add = (file: string, title: string, outcome: Outcome) => {
    const key = `${relative(root, join(root, file))} › ${title}`;
    outcomes.set(key, [...(outcomes.get(key) ?? []), outcome]);
  };
  for (const name of ['unit.json', 'stories.json']) {
    const path = join(reportsDir, name);
    if (!existsSync(path)) continue;
    const report = JSON.parse(readFileSync(path, 'utf8')) as {
      testResults: { name: string; assertionResults: { title: string; status: string }[] }[];
    };
    for (const file of report.testResults) {
      for (const test of file.assertionResults) {
        const outcome = test.status === 'passed' ? 'passed' : test.status === 'failed' ? 'failed' : 'skipped';
        add(relative(root, file.name), test.title, outcome);
      }
    }
  }
  const e2ePath = join(reportsDir, 'e2e.json');
  if (existsSync(e2ePath)) {
    type Suite = { file?: string; specs?: Spec[]; suites?: Suite[] };
    type Spec = { title: string; file: string; tests: { status: string }[] };
    const report = JSON.parse(readFileSync(e2ePath, 'utf8')) as { suites: Suite[]; config?: { rootDir?: string } };
    const testDir = report.config?.rootDir ?? join(root, 'e2e');
    const walk = (suite: Suite) => {
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests) {
          const outcome = ['expected', 'flaky'].includes(test.status)
            ? 'passed'
            : test.status === 'skipped'
              ? 'skipped'
              : 'failed';
          add(relative(root, join(testDir, spec.file)), spec.title, outcome);
        }
      }
      suite.suites?.forEach(walk);
    };
    report.suites.forEach(walk);
  }
  return outcomes;
}

/** From this run's reports: every named test ran and passed (on every engine it ran on). */
export function findUnpassedTests(log: HazardLog, reportsDir: string, root: string): EvidenceProblem[] {
  const outcomes = readOutcomes(reportsDir, root);
  const problems: EvidenceProblem[] = [];
  for (const { hazard, evidence } of evidenceOf(log)) {
    const seen = outcomes.get(`${evidence.file} › ${evidence.test}`) ?? [];
    if (seen.length === 0) problems.push({ hazard, evidence, problem: 'did not run in this run' });
    else if (seen.includes('failed')) problems.push({ hazard, evidence, problem: 'failed in this run' });
    else if (!seen.includes('passed')) problems.push({ hazard, evidence, problem: 'was skipped in this run' });
  }
  return problems;
}
