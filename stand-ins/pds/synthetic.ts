import { nhsNumbersFrom, type Person } from './people.ts';
import { seededRandom } from '../seeded-random.ts';

const familyNames = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Patel',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Khan',
  'Clarke',
  'Ahmed',
  'Lewis',
  'Jackson',
  'Wood',
  'Hughes',
  'Turner',
  'Hill',
  'Edwards',
  'Moore',
  'Cooper',
];
const givenNames = {
  female: ['Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Freya', 'Grace', 'Sophia', 'Florence', 'Willow'],
  male: ['Noah', 'Oliver', 'George', 'Arthur', 'Muhammad', 'Leo', 'Harry', 'Oscar', 'Archie', 'Henry', 'Jack', 'Theo'],
};
const outwardCodes = ['B12', 'BS5', 'M14', 'SE15', 'ME4', 'LS8', 'NE6', 'L8', 'S2', 'NG7', 'CV1', 'BD3'];
const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ';

const DAY_MS = 86_400_000;
const FIRST_BIRTH = Date.UTC(2008, 0, 1);
const LAST_BIRTH = Date.UTC(2026, 9, 31);

/** `count` synthetic children, the same for the same seed. NHS numbers from 999 100 0000 up. */
export function syntheticChildren(seed: number, count: number): Person[] {
  const random = seededRandom(seed);
  const pick = <T>(from: readonly T[]): T => from[Math.floor(random() * from.length)]!;
  const numbers = nhsNumbersFrom(999_100_000);
  const children: Person[] = [];
  for (let i = 0; i < count; i += 1) {
    const gender = random() < 0.5 ? 'female' : 'male';
    const birth = FIRST_BIRTH + Math.floor(random() * ((LAST_BIRTH - FIRST_BIRTH) / DAY_MS)) * DAY_MS;
    children.push({
      nhsNumber: numbers.next().value as string,
      familyName: pick(familyNames),
      givenName: pick(givenNames[gender]),
      gender,
      dateOfBirth: new Date(birth).toISOString().slice(0, 10),
      postcode: `${pick(outwardCodes)} ${Math.floor(random() * 10)}${pick([...inwardLetters])}${pick([...inwardLetters])}`,
      phone: `01632 960${String(Math.floor(random() * 1000)).padStart(3, '0')}`,
    });
  }
  return children;
}
