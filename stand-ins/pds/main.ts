/** The PDS stand-in on its own, for manual runs: PORT (default 3130), PDS_POPULATION (an NDJSON file). */
import { startPdsStandIn } from './server.ts';

const standIn = await startPdsStandIn({
  port: Number(process.env.PORT ?? 3130),
  populationFile: process.env.PDS_POPULATION || undefined,
});
console.log(`PDS stand-in: ${standIn.population.all.length} patients at ${standIn.baseUrl}`);
const stop = () => void standIn.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
