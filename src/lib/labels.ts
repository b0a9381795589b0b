import type { LegalStatus, PlanType, ReviewOutcome, Role, SettingType } from '#contract';

/** What each plan type is called on screen: read at a glance, at registration. */
export const planTypeLabels: Record<PlanType, string> = {
  CPP: 'Child protection plan',
  LAC: 'Looked after child',
  UCPP: "Unborn child protection plan: on this woman's record",
};

export const legalStatusLabels: Record<LegalStatus, string> = {
  S31: 'Full care order (Children Act 1989, section 31)',
  S38: 'Interim care order (Children Act 1989, section 38)',
  S20: 'Voluntary accommodation (Children Act 1989, section 20)',
  E1: 'Placement order (Adoption and Children Act 2002, section 21)',
};

export const settingTypeLabels: Record<SettingType, string> = {
  'emergency-department': 'Emergency department',
  'minor-injury-unit': 'Minor injury unit',
  'walk-in-centre': 'Walk-in centre',
  'urgent-treatment-centre': 'Urgent treatment centre',
  'gp-out-of-hours': 'GP out of hours',
  ambulance: 'Ambulance service',
  maternity: 'Maternity',
  'paediatric-ward': 'Paediatric ward',
  'gp-in-hours': 'GP practice',
  camhs: 'Child and adolescent mental health service',
  'community-paediatrics': 'Community paediatrics',
  dentistry: 'Dentistry',
  'school-nursing': 'School nursing',
  'health-visiting': 'Health visiting',
  'sexual-health': 'Sexual health service',
  'local-authority': 'Local authority',
};

export const roleLabels: Record<Role, string> = {
  registration: 'Reception',
  clinician: 'Clinician',
  'safeguarding-lead': 'Safeguarding lead',
  'la-contact-centre': 'LA contact centre',
};

export const reviewOutcomeLabels: Record<ReviewOutcome, string> = {
  'no-further-action': 'No further action',
  'contacted-local-authority': 'Contacted the local authority',
  'referred-to-social-care': "Referred to children's social care",
  'discussed-with-clinician': 'Discussed with the clinician',
};
