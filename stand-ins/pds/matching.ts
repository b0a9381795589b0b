import { normalise, normalisePostcode, type Indexed, type Population } from './population.ts';

export interface SearchQuery {
  family: string;
  given?: string;
  gender?: string;
  birthdate: { prefix: 'eq' | 'ge' | 'le'; date: string };
  postcode?: string;
  fuzzy: boolean;
}

export interface Scored {
  patient: Indexed;
  score: number;
}

/** Edit distance, for the fuzzy search's "close" names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const dateMatches = (birthdate: SearchQuery['birthdate'], value: string): boolean =>
  birthdate.prefix === 'eq'
    ? value === birthdate.date
    : birthdate.prefix === 'ge'
      ? value >= birthdate.date
      : value <= birthdate.date;

/** "Ash*" matches from the first characters; otherwise the whole name, ignoring case and accents. */
function nameMatches(pattern: string, value: string): boolean {
  const wanted = normalise(pattern);
  return wanted.endsWith('*') ? value.startsWith(wanted.slice(0, -1)) : value === wanted;
}

/**
 * The algorithmic (non-fuzzy) search: every given field must match. A restricted record is never
 * found by postcode. Every match scores 1, as PDS scores an exact match.
 */
function exactSearch(population: Population, query: SearchQuery): Scored[] {
  return population.all
    .filter(
      (p) =>
        p.security !== 'REDACTED' &&
        nameMatches(query.family, p.family) &&
        dateMatches(query.birthdate, p.birthDate) &&
        (!query.given || p.given.some((given) => nameMatches(query.given!, given))) &&
        (!query.gender || p.gender === query.gender) &&
        (!query.postcode || (p.security === 'U' && p.postcode === normalisePostcode(query.postcode))),
    )
    .map((patient) => ({ patient, score: 1 }));
}

const closeName = (wanted: string, value: string) =>
  value === wanted || distance(wanted, value) <= Math.max(1, Math.floor(wanted.length / 4));

/**
 * The fuzzy search: the date of birth must agree; each other field lowers the score the further it
 * is from exact. 1 means exact on every given field; below 0.6 is not offered.
 */
function fuzzySearch(population: Population, query: SearchQuery): Scored[] {
  const family = normalise(query.family);
  const given = query.given ? normalise(query.given) : undefined;
  const postcode = query.postcode ? normalisePostcode(query.postcode) : undefined;
  const scored: Scored[] = [];
  for (const patient of population.all) {
    if (patient.security === 'REDACTED' || !dateMatches(query.birthdate, patient.birthDate)) continue;
    if (!closeName(family, patient.family)) continue;
    let score = 1;
    if (patient.family !== family) score -= 0.1;
    if (given && !patient.given.includes(given)) score -= patient.given.some((g) => closeName(given, g)) ? 0.08 : 0.45;
    if (query.gender && patient.gender !== query.gender) score -= 0.1;
    if (postcode && patient.security === 'U' && patient.postcode !== postcode) {
      score -= patient.postcode.slice(0, -3) === postcode.slice(0, -3) ? 0.03 : 0.08;
    }
    if (score >= 0.6) scored.push({ patient, score: Math.round(score * 100) / 100 });
  }
  return scored;
}

/** Best first; equal scores in NHS number order, so answers are stable. */
export function search(population: Population, query: SearchQuery): Scored[] {
  return (query.fuzzy ? fuzzySearch : exactSearch)(population, query).sort(
    (a, b) => b.score - a.score || a.patient.resource.id.localeCompare(b.patient.resource.id),
  );
}
