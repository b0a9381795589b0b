import { likelihoods, ratingMeaning, riskRating, severities, type Hazard, type HazardLog } from './hazard-log.ts';

const words = (value: string) => value.replace('-', ' ');
const risk = (r: Hazard['initialRisk']) => `${riskRating(r)} (${words(r.severity)} × ${words(r.likelihood)})`;
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The hazard log as Markdown, made from the YAML so the two cannot drift (a test compares them). */
export function renderHazardLog(log: HazardLog): string {
  const lines = [
    `# Hazard log: ${log.system}`,
    '',
    `<!-- Generated from hazard-log.yaml by \`npm run safety-case\`: edit the YAML, not this file. -->`,
    '',
    `Version ${log.version}, reviewed ${log.reviewed}. Risk is rated on the DCB0129 matrix below.`,
    '',
    '## Risk matrix',
    '',
    `| likelihood \\ severity | ${severities.map(words).join(' | ')} |`,
    `| --- | ${severities.map(() => '---').join(' | ')} |`,
    ...[...likelihoods]
      .reverse()
      .map(
        (likelihood) =>
          `| ${words(likelihood)} | ${severities.map((severity) => riskRating({ severity, likelihood })).join(' | ')} |`,
      ),
    '',
    ...Object.entries(ratingMeaning).map(([rating, meaning]) => `- **${rating}**: ${meaning}`),
    '',
    '## Summary',
    '',
    '| id | hazard | initial | residual | controls | named tests |',
    '| --- | --- | --- | --- | --- | --- |',
    ...log.hazards.map(
      (h) =>
        `| ${h.id} | ${cell(h.title)} | ${risk(h.initialRisk)} | ${risk(h.residualRisk)} | ${h.controls.length} | ${h.controls.reduce((n, c) => n + c.evidence.length, 0)} |`,
    ),
  ];
  for (const h of log.hazards) {
    lines.push('', `## ${h.id}: ${h.title}`, '', h.description.trim(), '');
    lines.push('**Causes**', '', ...h.causes.map((c) => `- ${c}`), '');
    lines.push('**Effects**', '', ...h.effects.map((e) => `- ${e}`), '');
    lines.push(`**Initial risk**: ${risk(h.initialRisk)}. **Residual risk**: ${risk(h.residualRisk)}.`, '');
    lines.push('**Controls and their evidence**', '');
    for (const c of h.controls) {
      lines.push(`- ${c.control} (${c.kind})`);
      for (const e of c.evidence) lines.push(`  - \`${e.file}\` › ${e.test}`);
    }
    if (h.deployerActions.length > 0) {
      lines.push('', '**For the deploying organisation (DCB0160)**', '', ...h.deployerActions.map((a) => `- ${a}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
