-- A safeguarding lead's list shows names, dates of birth and NHS numbers: each row listed is an
-- access, audited like an opened attendance.
ALTER TABLE access_audit DROP CONSTRAINT access_audit_outcome_check;
ALTER TABLE access_audit ADD CONSTRAINT access_audit_outcome_check
  CHECK (outcome IN ('plans-found', 'no-plans', 'opened-attendance', 'listed-attendance'));
