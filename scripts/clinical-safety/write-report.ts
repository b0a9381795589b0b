// npm run safety-case: regenerates docs/clinical-safety/hazard-log.md from the YAML.
import { writeFileSync } from 'node:fs';
import { hazardLogPath, loadHazardLog } from './hazard-log.ts';
import { renderHazardLog } from './report.ts';

const target = new URL('hazard-log.md', hazardLogPath);
writeFileSync(target, renderHazardLog(loadHazardLog()));
console.log(`Wrote ${target.pathname}`);
