import { startPdsStandIn } from '../../stand-ins/pds/server.ts';
import type { Config } from '../config.ts';
import { createPdsClient, type PdsClient } from './client.ts';

export * from './client.ts';
export type { Gender, PdsPatient } from './fhir.ts';

export interface PdsConnection {
  client: PdsClient;
  /** Where PDS is, for the start-up log: the configured URL, or the stand-in's. */
  baseUrl: string;
  standIn: boolean;
  close(): Promise<void>;
}

/**
 * PDS as configured: PDS_BASE_URL when set (the NHS sandbox, or any server speaking the PDS FHIR
 * API), otherwise the local stand-in on a free port, so the default install traces end to end.
 */
export async function connectPds(config: Config): Promise<PdsConnection> {
  if (config.pdsBaseUrl) {
    return {
      client: createPdsClient({ baseUrl: config.pdsBaseUrl, timeoutMs: config.pdsTimeoutMs }),
      baseUrl: config.pdsBaseUrl,
      standIn: false,
      close: async () => {},
    };
  }
  const standIn = await startPdsStandIn({ populationFile: config.pdsPopulation });
  return {
    client: createPdsClient({ baseUrl: standIn.baseUrl, timeoutMs: config.pdsTimeoutMs }),
    baseUrl: standIn.baseUrl,
    standIn: true,
    close: () => standIn.close(),
  };
}
