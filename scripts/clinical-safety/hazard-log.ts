import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** DCB0129's 5 x 5 matrix: severity and likelihood give a risk rating from 1 (acceptable) to 5. */
export const severities = ['minor', 'significant', 'considerable', 'major', 'catastrophic'] as const;
export const likelihoods = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
type Severity = (typeof severities)[number];
type Likelihood = (typeof likelihoods)[number];

/** Rows: likelihood from very low to very high; columns: severity from minor to catastrophic. */
const matrix: readonly (readonly number[])[] = [
  [1, 1, 2, 2, 3],
  [1, 2, 2, 3, 4],
  [2, 2, 3, 3, 4],
  [2, 3, 3, 4, 5],
  [3, 4, 4, 5, 5],
];

export const ratingMeaning: Record<number, string> = {
  1: 'Acceptable: no further action',
  2: 'Acceptable where further reduction is impractical',
  3: 'Undesirable: accepted only with the controls evidenced and the hazard owner’s agreement',
  4: 'Unacceptable: further controls are mandatory',
  5: 'Unacceptable: the system must not go live with this risk',
};

export function riskRating(risk: { severity: Severity; likelihood: Likelihood }): number {
  return matrix[likelihoods.indexOf(risk.likelihood)]![severities.indexOf(risk.severity)]!;
}

const riskSchema = z.strictObject({ severity: z.enum(severities), likelihood: z.enum(likelihoods) });

/** A test that evidences a control: its file and its exact title (as the runner reports it). */
const evidenceSchema = z.strictObject({
  file: z.string().regex(/^(server|src|contract|scripts|e2e)\/.+\.(test|spec)\.tsx?$/, 'a test or spec file'),
  test: z.string().min(1),
});

const controlSchema = z.strictObject({
  control: z.string().min(1),
  kind: z.enum(['design', 'test', 'information', 'deployment']),
  evidence: z.array(evidenceSchema).min(1, 'every control names at least one test'),
});

const hazardSchema = z
  .strictObject({
    id: z.string().regex(/^H\d{2}$/),
    title: z.string().min(1),
    description: z.string().min(1),
    causes: z.array(z.string().min(1)).min(1),
    effects: z.array(z.string().min(1)).min(1),
    initialRisk: riskSchema,
    controls: z.array(controlSchema).min(1, 'every hazard has at least one control'),
    residualRisk: riskSchema,
    deployerActions: z.array(z.string().min(1)).default([]),
  })
  .superRefine((h, ctx) => {
    const residual = riskRating(h.residualRisk);
    if (residual > riskRating(h.initialRisk)) {
      ctx.addIssue({ code: 'custom', message: `${h.id}: residual risk cannot be above the initial risk` });
    }
    if (residual > 3)
      ctx.addIssue({ code: 'custom', message: `${h.id}: a residual rating of ${residual} is unacceptable` });
  });

export const hazardLogSchema = z
  .strictObject({
    system: z.string().min(1),
    version: z.string().min(1),
    reviewed: z.iso.date(),
    hazards: z.array(hazardSchema).min(1),
  })
  .refine((log) => new Set(log.hazards.map((h) => h.id)).size === log.hazards.length, {
    message: 'hazard ids must be unique',
  });

export type HazardLog = z.infer<typeof hazardLogSchema>;
export type Hazard = HazardLog['hazards'][number];
export type Evidence = z.infer<typeof evidenceSchema>;

export const hazardLogPath = new URL('../../docs/clinical-safety/hazard-log.yaml', import.meta.url);

export function loadHazardLog(path: URL | string = hazardLogPath): HazardLog {
  return hazardLogSchema.parse(parse(readFileSync(path, 'utf8')));
}

/** Every piece of evidence with the hazard it serves, for the checks below. */
export function evidenceOf(log: HazardLog): { hazard: Hazard; evidence: Evidence }[] {
  return log.hazards.flatMap((hazard) =>
    hazard.controls.flatMap((control) => control.evidence.map((evidence) => ({ hazard, evidence }))),
  );
}
