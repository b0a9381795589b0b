/** The e2e BFF's port (E2E_PORT), and the next one up for a second BFF whose PDS is down. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const pdsDownPort = e2ePort + 1;
