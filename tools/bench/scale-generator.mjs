// Synthetic scale generator: turns a database holding the seeded PNQ (5 pillars, 36 axes, 126 projects, 333 actions)
// into `factor` plans of the same shape — the PNQ itself plus factor − 1 sectoral copies — each action with a
// realistic history (HISTORY_PER_ACTION status updates spread over 2023–2025) and two comments, each action
// indicator (copied with its kind, unit, baseline and target) a value per year-end 2023–2025. Set-based SQL only:
// every table is filled by one INSERT … SELECT over generate_series, so ×100 (≈ 33,300 actions, ≈ 666,000 updates)
// takes seconds, not minutes.

export const HISTORY_PER_ACTION = 20;
export const COMMENTS_PER_ACTION = 2;
/** Values per action indicator: one per year-end 2023–2025 (a number for quantitative ones, achieved or not for milestones). */
export const VALUES_PER_INDICATOR = 3;

/** Copy number c (1 … factor − 1) of pillar p gets the number c·10 + p, and its references the prefix "S<c>-". */
const COPY_STATEMENTS = `
  INSERT INTO pillar (number, name, annex)
  SELECT c * 10 + p.number, p.name || ' — plan sectoriel ' || c, p.annex
    FROM pillar p CROSS JOIN generate_series(1, $1::int - 1) c
   WHERE p.number < 10;

  INSERT INTO axis (pillar_id, number, title, summary_title)
  SELECT np.id, ax.number, ax.title, ax.summary_title
    FROM axis ax JOIN pillar op ON op.id = ax.pillar_id AND op.number < 10
    JOIN pillar np ON np.number > 10 AND np.number % 10 = op.number;

  INSERT INTO project (axis_id, ref, code, position, title, summary_title, in_annex, in_summary, flags)
  SELECT nax.id, 'S' || (np.number / 10) || '-' || pr.ref, pr.code, pr.position, pr.title, pr.summary_title, pr.in_annex, pr.in_summary, pr.flags
    FROM project pr
    JOIN axis ax ON ax.id = pr.axis_id JOIN pillar op ON op.id = ax.pillar_id AND op.number < 10
    JOIN pillar np ON np.number > 10 AND np.number % 10 = op.number
    JOIN axis nax ON nax.pillar_id = np.id AND nax.number = ax.number;

  INSERT INTO action (project_id, ref, code, position, title, sub_actions, deadline_raw, deadline_kind, deadline_year,
                      deadline_end_year, deadline_exact, flags, weight)
  SELECT npr.id, 'S' || c || '-' || a.ref, a.code, a.position, a.title, a.sub_actions, a.deadline_raw,
         a.deadline_kind, a.deadline_year, a.deadline_end_year, a.deadline_exact, a.flags, a.weight
    FROM action a JOIN project pr ON pr.id = a.project_id AND pr.ref NOT LIKE 'S%'
    CROSS JOIN generate_series(1, $1::int - 1) c
    JOIN project npr ON npr.ref = 'S' || c || '-' || pr.ref;

  INSERT INTO action_organisation (action_id, role, organisation_id, position, printed_name, specifier)
  SELECT na.id, ao.role, ao.organisation_id, ao.position, ao.printed_name, ao.specifier
    FROM action_organisation ao JOIN action a ON a.id = ao.action_id AND a.ref NOT LIKE 'S%'
    CROSS JOIN generate_series(1, $1::int - 1) c
    JOIN action na ON na.ref = 'S' || c || '-' || a.ref;

  INSERT INTO indicator (action_id, position, label, kind, ambiguous, classification_rule, unit, baseline, baseline_date, target, target_year, trajectory)
  SELECT na.id, i.position, i.label, i.kind, i.ambiguous, i.classification_rule, i.unit, i.baseline, i.baseline_date, i.target, i.target_year, i.trajectory
    FROM indicator i JOIN action a ON a.id = i.action_id AND a.ref NOT LIKE 'S%'
    CROSS JOIN generate_series(1, $1::int - 1) c
    JOIN action na ON na.ref = 'S' || c || '-' || a.ref;
`;

/**
 * The history of every action: update v (1 … 20) effective 2023-01-02 + 40·v days (up to 2025-03), progress rising
 * 5 points per update; a third of the actions end COMPLETED, one in twelve BLOCKED on its last update.
 */
const HISTORY_STATEMENTS = `
  INSERT INTO action_status_update (action_id, version, status, progress, comment, effective_date, author_id, entered_at)
  SELECT a.id, v.n,
         CASE WHEN v.n = $1 AND a.id % 3 = 0 THEN 'COMPLETED'
              WHEN v.n = $1 AND a.id % 12 = 1 THEN 'BLOCKED'
              ELSE 'IN_PROGRESS' END,
         CASE WHEN v.n = $1 AND a.id % 3 = 0 THEN 100 ELSE least(95, v.n * 5) END,
         'Point d''avancement n° ' || v.n || ' (données synthétiques)',
         DATE '2023-01-02' + 40 * v.n,
         (SELECT id FROM app_user ORDER BY id LIMIT 1),
         TIMESTAMPTZ '2023-01-02 09:00+01' + (40 * v.n) * INTERVAL '1 day'
    FROM action a CROSS JOIN generate_series(1, $1::int) v(n)
   WHERE a.version = 0;

  UPDATE action SET version = $1 WHERE version = 0;

  INSERT INTO action_comment (action_id, author_id, comment, evidence_urls, entered_at)
  SELECT a.id, (SELECT id FROM app_user ORDER BY id LIMIT 1), 'Commentaire n° ' || c.n || ' sur ' || a.ref,
         ARRAY['https://example.org/preuves/' || a.ref || '/' || c.n], TIMESTAMPTZ '2024-06-01 10:00+01' + c.n * INTERVAL '1 day'
    FROM action a CROSS JOIN generate_series(1, $2::int) c(n);

  INSERT INTO indicator_value (indicator_id, version, date, value, achieved, comment, author_id, entered_at)
  SELECT i.id, v.n, make_date(2022 + v.n, 12, 31),
         CASE WHEN i.kind = 'QUANTITATIVE'
              THEN coalesce(i.baseline, 0) + (coalesce(i.target, coalesce(i.baseline, 0) + 100) - coalesce(i.baseline, 0)) * v.n / ($3::int + 1) END,
         CASE WHEN i.kind = 'MILESTONE' THEN v.n = $3 AND i.id % 2 = 0 END,
         'Valeur n° ' || v.n || ' (données synthétiques)',
         (SELECT id FROM app_user ORDER BY id LIMIT 1),
         TIMESTAMPTZ '2024-01-15 09:00+01' + (v.n - 1) * INTERVAL '365 days'
    FROM indicator i CROSS JOIN generate_series(1, $3::int) v(n)
   WHERE i.version = 0;

  UPDATE indicator SET version = $3 WHERE version = 0;
`;

async function runStatements(client, sql, params) {
  // The parameters are whole numbers checked by scalePlan, written into the text; then one statement at a time.
  const text = sql.replace(/\$(\d+)/g, (_, index) => String(params[Number(index) - 1]));
  for (const statement of text
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean))
    await client.query(statement);
}

/**
 * Scales a freshly seeded PNQ database to `factor` plans with history, in one transaction.
 * Returns the counts it ends with.
 */
export async function scalePlan(client, factor) {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1 (got ${factor})`);
  const [{ count }] = (await client.query('SELECT count(*)::int AS count FROM action')).rows;
  if (count !== 333) throw new Error(`expected the seeded PNQ (333 actions) before scaling, found ${count}`);
  await client.query('BEGIN');
  try {
    if (factor > 1) await runStatements(client, COPY_STATEMENTS, [factor]);
    await runStatements(client, HISTORY_STATEMENTS, [HISTORY_PER_ACTION, COMMENTS_PER_ACTION, VALUES_PER_INDICATOR]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('ANALYZE');
  const { rows } = await client.query(`
    SELECT (SELECT count(*) FROM pillar)::int AS pillars, (SELECT count(*) FROM axis)::int AS axes,
           (SELECT count(*) FROM project)::int AS projects, (SELECT count(*) FROM action)::int AS actions,
           (SELECT count(*) FROM action_status_update)::int AS "statusUpdates", (SELECT count(*) FROM action_comment)::int AS comments,
           (SELECT count(*) FROM indicator)::int AS indicators, (SELECT count(*) FROM indicator_value)::int AS "indicatorValues"`);
  return rows[0];
}
