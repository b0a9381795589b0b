import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeProblem, findMissingTests, findUnpassedTests } from './evidence.ts';
import { hazardLogPath, hazardLogSchema, loadHazardLog, riskRating, type HazardLog } from './hazard-log.ts';
import { renderHazardLog } from './report.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the hazard log', () => {
  const log = loadHazardLog();

  it('validates, and every hazard has a control with a named test', () => {
    for (const hazard of log.hazards) {
      expect(hazard.controls.length, hazard.id).toBeGreaterThan(0);
      expect(
        hazard.controls.every((c) => c.evidence.length > 0),
        hazard.id,
      ).toBe(true);
    }
  });

  it('names only tests that exist and are not skipped', () => {
    expect(findMissingTests(log, root).map(describeProblem)).toEqual([]);
  });

  it('is published as the Markdown made from it', () => {
    const published = readFileSync(new URL('hazard-log.md', hazardLogPath), 'utf8');
    expect(published, 'run `npm run safety-case` and commit the result').toBe(renderHazardLog(log));
  });
});

describe('the risk matrix', () => {
  it('rates by severity and likelihood as DCB0129 does', () => {
    expect(riskRating({ severity: 'minor', likelihood: 'very-low' })).toBe(1);
    expect(riskRating({ severity: 'catastrophic', likelihood: 'very-high' })).toBe(5);
    expect(riskRating({ severity: 'catastrophic', likelihood: 'very-low' })).toBe(3);
    expect(riskRating({ severity: 'considerable', likelihood: 'medium' })).toBe(3);
  });

  it('refuses a residual risk that is unacceptable or above the initial one', () => {
    const hazard = (residual: { severity: string; likelihood: string }) => ({
      system: 'x',
      version: '1',
      reviewed: '2026-12-01',
      hazards: [
        {
          id: 'H01',
          title: 't',
          description: 'd',
          causes: ['c'],
          effects: ['e'],
          initialRisk: { severity: 'major', likelihood: 'high' },
          controls: [{ control: 'c', kind: 'design', evidence: [{ file: 'e2e/a.spec.ts', test: 'x' }] }],
          residualRisk: residual,
        },
      ],
    });
    expect(hazardLogSchema.safeParse(hazard({ severity: 'major', likelihood: 'low' })).success).toBe(true);
    expect(hazardLogSchema.safeParse(hazard({ severity: 'catastrophic', likelihood: 'high' })).success).toBe(false);
    expect(hazardLogSchema.safeParse(hazard({ severity: 'major', likelihood: 'very-high' })).success).toBe(false);
  });
});

describe('the evidence check', () => {
  const title = 'answers 503, never no-plans';
  const log = (): HazardLog =>
    hazardLogSchema.parse({
      system: 'x',
      version: '1',
      reviewed: '2026-12-01',
      hazards: [
        {
          id: 'H01',
          title: 'A failed check read as no plan',
          description: 'd',
          causes: ['c'],
          effects: ['e'],
          initialRisk: { severity: 'catastrophic', likelihood: 'medium' },
          controls: [{ control: 'c', kind: 'test', evidence: [{ file: 'server/a.test.ts', test: title }] }],
          residualRisk: { severity: 'catastrophic', likelihood: 'very-low' },
        },
      ],
    });
  const tree = (source: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'hazards-'));
    mkdirSync(join(dir, 'server'));
    writeFileSync(join(dir, 'server/a.test.ts'), source);
    return dir;
  };
  const report = (dir: string, status: string) => {
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    writeFileSync(
      join(reports, 'unit.json'),
      JSON.stringify({
        testResults: [{ name: join(dir, 'server/a.test.ts'), assertionResults: [{ title, status }] }],
      }),
    );
    return reports;
  };

  it('passes a test that exists and passed', () => {
    const dir = tree(`it('${title}', () => {});`);
    expect(findMissingTests(log(), dir)).toEqual([]);
    expect(findUnpassedTests(log(), report(dir, 'passed'), dir)).toEqual([]);
  });

  it('fails with the hazard’s name when the named test is renamed', () => {
    const problems = findMissingTests(log(), tree(`it('answers 503', () => {});`)).map(describeProblem);
    expect(problems).toEqual([expect.stringContaining('H01 "A failed check read as no plan"')]);
    expect(problems[0]).toContain('does not exist');
  });

  it('finds a test named by its expanded it.each title', () => {
    const parameterised = log();
    parameterised.hazards[0]!.controls[0]!.evidence[0]!.test = 'at sexual-health the read is silent';
    expect(findMissingTests(parameterised, tree("it.each(['camhs'])('at %s the read is silent', () => {});"))).toEqual(
      [],
    );
    expect(findMissingTests(parameterised, tree("it('at camhs the read is loud', () => {});"))).toHaveLength(1);
  });

  it.each([`it.skip('${title}', () => {});`, `test.skipIf(ci)('${title}', () => {});`, `it.todo('${title}');`])(
    'fails when the named test is skipped: %s',
    (source) => {
      expect(findMissingTests(log(), tree(source)).map(describeProblem)).toEqual([
        expect.stringContaining('is skipped'),
      ]);
    },
  );

  it.each([
    ['skipped', 'was skipped in this run'],
    ['failed', 'failed in this run'],
  ])('fails when the run reports the named test %s', (status, problem) => {
    const dir = tree(`it('${title}', () => {});`);
    expect(findUnpassedTests(log(), report(dir, status), dir).map(describeProblem)).toEqual([
      expect.stringContaining(problem),
    ]);
  });

  it('fails when the named test did not run at all', () => {
    const dir = tree(`it('${title}', () => {});`);
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    expect(findUnpassedTests(log(), reports, dir).map(describeProblem)).toEqual([
      expect.stringContaining('did not run in this run'),
    ]);
  });
});
