-- The local authority's side: LA contact-centre staff sign in too (their organisation is their LA).
ALTER TABLE sessions DROP CONSTRAINT sessions_role_check;
ALTER TABLE sessions ADD CONSTRAINT sessions_role_check
  CHECK (role IN ('registration', 'clinician', 'safeguarding-lead', 'la-contact-centre'));
