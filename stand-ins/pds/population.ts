import { readFileSync } from 'node:fs';
import { CONFIDENTIALITY_SYSTEM, NHS_NUMBER_SYSTEM, patientResource } from './people.ts';
import { syntheticChildren } from './synthetic.ts';

/** A FHIR Patient as the population file holds it (PDS's full record, before any hiding). */
export type PatientResource = Record<string, unknown> & { id: string };

/** One patient with what matching needs, read once from the resource. */
export interface Indexed {
  resource: PatientResource;
  family: string;
  given: string[];
  gender: string;
  birthDate: string;
  postcode: string;
  security: string;
}

export interface Population {
  /** Current NHS number -> patient. */
  byNumber: Map<string, Indexed>;
  /** Superseded NHS number -> current NHS number. */
  supersededBy: Map<string, string>;
  all: Indexed[];
}

export const DEFAULT_POPULATION = new URL('population.ndjson', import.meta.url);
/** The ordinary children added to the default population, the same every start. */
export const SYNTHETIC_SEED = 14;
export const SYNTHETIC_COUNT = 3000;

export const normalise = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase().trim();
export const normalisePostcode = (text: string): string => text.replace(/\s+/g, '').toUpperCase();

type Json = { [key: string]: unknown };
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

function indexPatient(resource: PatientResource): Indexed {
  const name = list(resource.name).find((n) => n.use === 'usual') ?? list(resource.name)[0] ?? {};
  const address = list(resource.address).find((a) => a.use === 'home') ?? list(resource.address)[0] ?? {};
  const security = list((resource.meta as Json | undefined)?.security).find((s) => s.system === CONFIDENTIALITY_SYSTEM);
  return {
    resource,
    family: normalise(String(name.family ?? '')),
    given: (Array.isArray(name.given) ? (name.given as string[]) : []).map(normalise),
    gender: String(resource.gender ?? 'unknown'),
    birthDate: String(resource.birthDate ?? ''),
    postcode: normalisePostcode(String(address.postalCode ?? '')),
    security: String(security?.code ?? 'U'),
  };
}

/** Reads NDJSON FHIR Patients: one resource a line, blank lines ignored; a broken line stops start-up. */
export function parsePopulation(ndjson: string, source: string): PatientResource[] {
  return ndjson.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    let resource: unknown;
    try {
      resource = JSON.parse(line);
    } catch {
      throw new Error(`${source} line ${index + 1}: not JSON`);
    }
    const patient = resource as Partial<PatientResource>;
    if (patient.resourceType !== 'Patient' || typeof patient.id !== 'string' || !/^\d{10}$/.test(patient.id)) {
      throw new Error(`${source} line ${index + 1}: not a FHIR Patient with a 10-digit id`);
    }
    return [patient as PatientResource];
  });
}

export function buildPopulation(resources: PatientResource[]): Population {
  const byNumber = new Map<string, Indexed>();
  const supersededBy = new Map<string, string>();
  for (const resource of resources) {
    byNumber.set(resource.id, indexPatient(resource));
    for (const identifier of list(resource.identifier)) {
      if (identifier.system === NHS_NUMBER_SYSTEM && identifier.use === 'old') {
        supersededBy.set(String(identifier.value), resource.id);
      }
    }
  }
  return { byNumber, supersededBy, all: [...byNumber.values()] };
}

/**
 * The population from `file`; the default file also gets the seeded synthetic children, so the
 * repository keeps only the curated people.
 */
export function loadPopulation(file?: string): Population {
  const source = file ?? DEFAULT_POPULATION;
  const resources = parsePopulation(readFileSync(source, 'utf8'), String(file ?? 'population.ndjson'));
  if (!file) {
    resources.push(
      ...syntheticChildren(SYNTHETIC_SEED, SYNTHETIC_COUNT)
        .map(patientResource)
        .map((r) => r as PatientResource),
    );
  }
  return buildPopulation(resources);
}
