-- A CP-IS lookup in one round trip: the reads, the audit row, the visit and its notifications in
-- one function, called as one statement (so one transaction, one commit), instead of a dozen
-- statements each waiting for the BFF. The rules the lookup shares with other readers are
-- functions here too, so that each has one definition.

-- The one definition of "visible": the plan is open, or ended no more than 12 months ago (CP-IS
-- keeps it that long, then purges it). An SQL function the planner inlines into its callers'
-- queries, so the plans' indexes serve them as before.
CREATE FUNCTION plan_is_visible(end_date date, today date) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT end_date IS NULL OR end_date + interval '12 months' >= today $$;

-- A person's visible plans, open plans first, as a jsonb array of rows (plans.ts maps them).
-- plpgsql rather than sql: its statement's plan is kept for the connection, not made per call.
CREATE FUNCTION visible_plans(p_nhs_number text, p_today date) RETURNS jsonb
LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
             'plan_type', p.plan_type, 'legal_status', p.legal_status, 'start_date', p.start_date,
             'end_date', p.end_date, 'expected_delivery_date', p.expected_delivery_date,
             'family_name', p.family_name, 'given_name', p.given_name, 'date_of_birth', p.date_of_birth,
             'la_code', la.la_code, 'la_name', la.name, 'office_hours_phone', la.office_hours_phone,
             'emergency_duty_phone', la.emergency_duty_phone,
             'data_as_of', (SELECT max(u.received_at) FROM extract_uploads u
                             WHERE u.la_code = p.la_code AND u.rows_applied > 0))
           ORDER BY (p.end_date IS NOT NULL AND p.end_date < p_today), p.start_date DESC, p.la_code, p.la_plan_ref),
           '[]'::jsonb)
    FROM plans p JOIN local_authorities la ON la.la_code = p.la_code
    WHERE p.nhs_number = p_nhs_number AND plan_is_visible(p.end_date, p_today));
END $$;

-- A person's unscheduled-care visits across all organisations, newest first (visits.ts maps them).
CREATE FUNCTION recent_visits(p_nhs_number text, p_limit integer) RETURNS jsonb
LANGUAGE plpgsql STABLE
AS $$
BEGIN
  RETURN (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
             'id', v.id, 'at', v.at, 'organisation_code', v.organisation_code,
             'organisation_name', v.organisation_name, 'setting_type', v.setting_type,
             'first_checked_by_role', v.first_checked_by_role) ORDER BY v.at DESC, v.id),
           '[]'::jsonb)
    FROM (SELECT * FROM visits WHERE nhs_number = p_nhs_number ORDER BY at DESC, id LIMIT p_limit) v);
END $$;

-- Counts one attempt in a limit's window (auth/limits.ts) and answers the count so far, this one
-- included: one upsert, atomic on either engine.
CREATE FUNCTION count_attempt(p_subject text, p_window_start timestamptz, p_window_end timestamptz)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  v_attempts integer;
BEGIN
  INSERT INTO rate_counts (subject, window_start, window_end, attempts)
  VALUES (p_subject, p_window_start, p_window_end, 1)
  ON CONFLICT (subject, window_start) DO UPDATE SET attempts = rate_counts.attempts + 1
  RETURNING attempts INTO v_attempts;
  RETURN v_attempts;
END $$;

-- One CP-IS check (lookup.ts's performLookup): reads the plans and (for a flagged person) the
-- previous visits, audits the lookup, and, where the caller says the setting notifies, records the
-- visit and tells each responsible LA once. The first lookup of a person at an organisation within
-- the attendance window opens the visit; the advisory lock (the key lookups have always taken)
-- makes two staff checking the same child at the same moment still one attendance. Any failure
-- raises, and the statement's transaction takes every write with it: never an unaudited answer.
-- Given an attempt subject, it first counts the attempt against the staff member's limit (in the
-- same commit, saving one of its own); over the limit it answers the count alone and looks nothing up.
CREATE FUNCTION cpis_lookup(
  p_lookup_id uuid, p_nhs_number text, p_at timestamptz, p_today date,
  p_user_name text, p_card_id text, p_role text, p_job_role_code text, p_job_role_name text,
  p_organisation_code text, p_organisation_name text, p_setting_type text,
  p_notifies boolean, p_window_hours integer, p_visit_limit integer, p_new_visit_id uuid,
  p_attempt_subject text, p_attempt_window_start timestamptz, p_attempt_window_end timestamptz,
  p_attempt_max integer
) RETURNS jsonb
LANGUAGE plpgsql
AS $$
DECLARE
  v_attempts integer;
  v_plans jsonb;
  v_found boolean;
  v_visits jsonb := '[]'::jsonb;
  v_visit_id uuid;
  v_is_new boolean := false;
BEGIN
  IF p_attempt_subject IS NOT NULL THEN
    v_attempts := count_attempt(p_attempt_subject, p_attempt_window_start, p_attempt_window_end);
    IF v_attempts > p_attempt_max THEN
      RETURN jsonb_build_object('refused_attempts', v_attempts);
    END IF;
  END IF;

  v_plans := visible_plans(p_nhs_number, p_today);
  v_found := jsonb_array_length(v_plans) > 0;
  IF v_found THEN
    v_visits := recent_visits(p_nhs_number, p_visit_limit);
  END IF;

  INSERT INTO access_audit (lookup_id, at, nhs_number, outcome, user_name, card_id, role, job_role_code,
                            job_role_name, organisation_code, organisation_name, setting_type)
  VALUES (p_lookup_id, p_at, p_nhs_number, CASE WHEN v_found THEN 'plans-found' ELSE 'no-plans' END,
          p_user_name, p_card_id, p_role, p_job_role_code, p_job_role_name, p_organisation_code,
          p_organisation_name, p_setting_type);

  IF v_found AND p_notifies THEN
    PERFORM pg_advisory_xact_lock(hashtext('visit:' || p_nhs_number || ':' || p_organisation_code));
    -- Each statement reads what was committed before it began: after the lock, a rival's visit.
    SELECT id INTO v_visit_id FROM visits
    WHERE nhs_number = p_nhs_number AND organisation_code = p_organisation_code
      AND at > p_at - make_interval(hours => p_window_hours)
    LIMIT 1;
    IF v_visit_id IS NULL THEN
      v_visit_id := p_new_visit_id;
      v_is_new := true;
      INSERT INTO visits (id, nhs_number, at, organisation_code, organisation_name, setting_type,
                          first_checked_by_role, first_lookup_id)
      VALUES (v_visit_id, p_nhs_number, p_at, p_organisation_code, p_organisation_name, p_setting_type,
              p_role, p_lookup_id);
      -- Once per LA however many of its plans the person has, in the order the plans are shown.
      INSERT INTO notifications (visit_id, la_code, nhs_number, at, organisation_code, organisation_name,
                                 setting_type, viewer_role, viewer_job_role_name)
      SELECT v_visit_id, plan.la_code, p_nhs_number, p_at, p_organisation_code, p_organisation_name,
             p_setting_type, p_role, p_job_role_name
      FROM (SELECT element ->> 'la_code' AS la_code, min(position) AS first
            FROM jsonb_array_elements(v_plans) WITH ORDINALITY AS shown(element, position)
            GROUP BY 1) plan
      ORDER BY plan.first;
    END IF;
  END IF;

  RETURN jsonb_build_object('plans', v_plans, 'visits', v_visits, 'visit_id', v_visit_id, 'is_new', v_is_new);
END $$;
