import type { Role } from '#contract';
import { parseStaffDirectory, type StaffCardEntry } from '../auth/index.ts';

const testHospital = { code: 'RX901', name: 'Test Hospital ED' };

/** One card per role, and one card with two roles; synthetic people and organisations. */
export const testStaff: readonly StaffCardEntry[] = [
  {
    cardId: '555000000901',
    name: 'Test Receptionist',
    passcode: '2468',
    roles: [
      {
        roleId: 'test-registration',
        role: 'registration',
        jobRoleCode: 'R8009',
        jobRoleName: 'Receptionist',
        organisation: testHospital,
        settingType: 'emergency-department',
      },
    ],
  },
  {
    cardId: '555000000902',
    name: 'Test Clinician',
    passcode: '2468',
    roles: [
      {
        roleId: 'test-clinician',
        role: 'clinician',
        jobRoleCode: 'R8000',
        jobRoleName: 'Clinical Practitioner',
        organisation: testHospital,
        settingType: 'emergency-department',
      },
    ],
  },
  {
    cardId: '555000000903',
    name: 'Test Safeguarding Lead',
    passcode: '2468',
    roles: [
      {
        roleId: 'test-safeguarding-lead',
        role: 'safeguarding-lead',
        jobRoleCode: 'R8000',
        jobRoleName: 'Safeguarding Lead',
        organisation: testHospital,
        settingType: 'emergency-department',
      },
    ],
  },
  {
    cardId: '555000000904',
    name: 'Test Two Roles',
    passcode: '2468',
    roles: [
      {
        roleId: 'test-two-ed',
        role: 'clinician',
        jobRoleCode: 'R8000',
        jobRoleName: 'Clinical Practitioner',
        organisation: testHospital,
        settingType: 'emergency-department',
      },
      {
        roleId: 'test-two-wic',
        role: 'registration',
        jobRoleCode: 'R8009',
        jobRoleName: 'Receptionist',
        organisation: { code: 'RX902', name: 'Test Walk-in Centre' },
        settingType: 'walk-in-centre',
      },
    ],
  },
  ...(['LA1', 'LA2'] as const).map((laCode, i) => ({
    cardId: `55500000091${i}`,
    name: `Test Contact Centre ${laCode}`,
    passcode: '2468',
    roles: [
      {
        roleId: `test-la-contact-centre-${laCode.toLowerCase()}`,
        role: 'la-contact-centre' as const,
        jobRoleCode: 'R8001',
        jobRoleName: 'Contact Centre Officer',
        // The test LAs of testing/extracts.ts.
        organisation: { code: laCode, name: laCode === 'LA1' ? 'Testshire County Council' : 'Exampleton City Council' },
        settingType: 'local-authority' as const,
      },
    ],
  })),
];

export const testStaffDirectory = parseStaffDirectory(testStaff, 'testStaff');

/** The single-role test card for each role, by its roleId. */
export const testRoleIds: Record<Role, string> = {
  registration: 'test-registration',
  clinician: 'test-clinician',
  'safeguarding-lead': 'test-safeguarding-lead',
  'la-contact-centre': 'test-la-contact-centre-la1',
};

/** The contact centre of each test LA. */
export const testLaRoleIds = { LA1: 'test-la-contact-centre-la1', LA2: 'test-la-contact-centre-la2' } as const;
