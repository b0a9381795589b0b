import type {
  ExtractReceipt,
  LaDirectoryEntry,
  LaNotification,
  NotificationDetailResponse,
  NotificationsResponse,
  UploadsResponse,
} from '#contract';
import { lookupFixtures } from './lookups.ts';

// Synthetic notifications to the demo Birmingham contact centre about people in the demo store.
const maisie: LaNotification = {
  id: '101',
  at: '2026-11-21T14:05:00.000Z',
  nhsNumber: '9990000018',
  person: { familyName: 'Ashdown', givenName: 'Maisie', dateOfBirth: '2019-03-14' },
  planTypes: ['CPP'],
  organisation: { code: 'RX101', name: 'Example General Hospital ED' },
  settingType: 'emergency-department',
  viewerRole: 'registration',
  viewerJobRoleName: 'Receptionist',
  status: 'new',
  actions: [],
};

const filed: LaNotification = {
  ...maisie,
  id: '100',
  at: '2026-11-19T21:30:00.000Z',
  organisation: { code: 'RX102', name: 'Example Town Walk-in Centre' },
  settingType: 'walk-in-centre',
  viewerRole: 'clinician',
  viewerJobRoleName: 'Nurse Practitioner',
  status: 'filed',
  actions: [{ action: 'filed-on-case', caseReference: 'BHM-2231', by: 'Robin Hale', at: '2026-11-20T09:12:00.000Z' }],
};

const inbox = (notifications: LaNotification[], count: number): NotificationsResponse => ({
  notifications,
  total: notifications.length,
  new: count,
  page: 1,
});

export const laFixtures = {
  maisie,
  newOnly: () => inbox([maisie], 1),
  all: () => inbox([maisie, filed], 1),
  empty: () => inbox([], 0),
  filed: (): LaNotification => ({
    ...maisie,
    status: 'filed',
    actions: [{ action: 'filed-on-case', caseReference: 'BHM-2240', by: 'Robin Hale', at: '2026-11-21T14:20:00.000Z' }],
  }),
  detail: (): NotificationDetailResponse => {
    const lookup = lookupFixtures.activeCpp('safeguarding-lead');
    return {
      notification: maisie,
      plans: lookup.plans as NotificationDetailResponse['plans'],
      visits: [
        {
          at: maisie.at,
          organisation: maisie.organisation,
          settingType: maisie.settingType,
          viewerRole: maisie.viewerRole,
          thisAttendance: true,
        },
      ],
    };
  },
};

export const receiptFixtures = {
  applied: (): ExtractReceipt => ({
    uploadId: '7',
    receivedAt: '2026-11-21T07:00:00.000Z',
    rows: { received: 120, applied: 120, rejected: 0 },
    rejections: [],
  }),
  someRejected: (): ExtractReceipt => ({
    uploadId: '8',
    receivedAt: '2026-11-21T15:00:00.000Z',
    rows: { received: 3, applied: 1, rejected: 2 },
    rejections: [
      {
        line: 3,
        laPlanRef: 'BHM-CPP-0009',
        code: 'INVALID_NHS_NUMBER',
        message: 'the NHS number check digit is wrong',
      },
      { line: 4, laPlanRef: 'LDS-CPP-0001', code: 'WRONG_LA', message: 'this row is for another local authority' },
    ],
  }),
};

export const uploadsFixtures = {
  recent: (): UploadsResponse => ({
    uploads: [{ by: { kind: 'token', name: 'Birmingham case system' }, receipt: receiptFixtures.applied() }],
    total: 1,
    page: 1,
    lastAppliedAt: receiptFixtures.applied().receivedAt,
  }),
  none: (): UploadsResponse => ({ uploads: [], total: 0, page: 1, lastAppliedAt: null }),
};

export const laDirectoryFixture: LaDirectoryEntry = {
  laCode: 'E08000025',
  name: 'Birmingham City Council',
  officeHoursPhone: '0121 496 0101',
  emergencyDutyPhone: '0121 496 0909',
  updatedAt: '2026-11-21T07:00:00.000Z',
};
