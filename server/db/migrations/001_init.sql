-- Foundation: a table the readiness probe can read, proving the schema was applied.
CREATE TABLE app_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO app_meta (key, value) VALUES ('schema', 'cpis-lookup');
