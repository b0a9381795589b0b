-- Wrong passcodes in a row and card locks, in the shared store: a lock holds on every BFF replica
-- and across restarts. A lock lasts until locked_until (CARD_LOCK_MINUTES after the third wrong
-- passcode), or until an administrator clears it sooner (npm run unlock-card -- <card>).
CREATE TABLE card_lockouts (
  card_id text PRIMARY KEY,
  wrong_passcodes integer NOT NULL,
  locked_until timestamptz
);
