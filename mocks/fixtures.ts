import type { ReadyResponse, Role, RoleRequiredBody, SessionResponse } from '#contract';

export const readyFixture: ReadyResponse = { status: 'ready', database: { engine: 'pglite' } };

const exampleEd = { code: 'RX101', name: 'Example General Hospital ED' };

/** The demo staff (data/staff-directory.json), one per role, with the server's permissions. */
const demoStaff: Record<Role, Omit<SessionResponse, 'expiresAt'>> = {
  registration: {
    user: { name: 'Alex Morgan' },
    role: {
      roleId: 'alex-ed-reception',
      role: 'registration',
      jobRoleName: 'Receptionist',
      organisation: exampleEd,
      settingType: 'emergency-department',
    },
    permissions: ['cpis:lookup', 'pds:trace'],
  },
  clinician: {
    user: { name: 'Priya Shah' },
    role: {
      roleId: 'priya-ed-clinician',
      role: 'clinician',
      jobRoleName: 'Clinical Practitioner',
      organisation: exampleEd,
      settingType: 'emergency-department',
    },
    permissions: ['cpis:lookup', 'pds:trace', 'cpis:details', 'cpis:visits'],
  },
  'safeguarding-lead': {
    user: { name: 'Sam Okafor' },
    role: {
      roleId: 'sam-ed-safeguarding',
      role: 'safeguarding-lead',
      jobRoleName: 'Safeguarding Lead',
      organisation: exampleEd,
      settingType: 'emergency-department',
    },
    permissions: ['cpis:lookup', 'pds:trace', 'cpis:details', 'cpis:visits', 'safeguarding:review'],
  },
  'la-contact-centre': {
    user: { name: 'Robin Hale' },
    role: {
      roleId: 'robin-bhm-contact-centre',
      role: 'la-contact-centre',
      jobRoleName: 'Contact Centre Officer',
      organisation: { code: 'E08000025', name: 'Birmingham City Council' },
      settingType: 'local-authority',
    },
    permissions: ['la:notifications', 'la:uploads', 'la:directory'],
  },
};

/** A session that, like the server's, ends 15 minutes after this answer. */
export const sessionFixture = (role: Role = 'registration'): SessionResponse => ({
  ...demoStaff[role],
  expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
});

/** The demo card with two roles. */
export const roleRequiredFixture: RoleRequiredBody = {
  error: { code: 'ROLE_REQUIRED', message: 'Choose the role you are working in.' },
  roles: [
    { roleId: 'jordan-ed-clinician', jobRoleName: 'Clinical Practitioner', organisation: exampleEd },
    {
      roleId: 'jordan-wic-clinician',
      jobRoleName: 'Nurse Practitioner',
      organisation: { code: 'RX102', name: 'Example Town Walk-in Centre' },
    },
  ],
};
