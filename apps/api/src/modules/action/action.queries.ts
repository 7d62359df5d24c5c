import type { DeadlineKind } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';
import { ACTION_DEFINITION_COLUMNS, actionDefinitionSelect } from './action-definition.columns';
import { partiesInForceSql } from './action-parties.columns';

export type ActionRole = 'OWNER' | 'PARTNER';

const COLUMNS = `${actionDefinitionSelect('action')}, action.position`;
const ROW = { ...ACTION_DEFINITION_COLUMNS, position: t.int };

export const selectActionByRef = sql(`SELECT ${COLUMNS} FROM action WHERE ref = $1`, [t.text], ROW);
export const selectActionsByIds = sql(`SELECT ${COLUMNS} FROM action WHERE id = ANY($1)`, [t.intArray], ROW);
export const selectActionsByProjectIds = sql(`SELECT ${COLUMNS} FROM action WHERE project_id = ANY($1) ORDER BY position`, [t.intArray], ROW);
export const countActions = sql(`SELECT count(*)::int AS actions FROM action`, [], { actions: t.int });

/**
 * What rules need of actions (rights, deadlines, versions): the action's own columns and its parties in force on the
 * date $2 (owners and partners of the plan in force: a PARTIES revision, else as adopted), in one statement. All
 * actions when $1 is NULL.
 */
export const selectOutlines = sql(
  `SELECT a.id, a.ref, a.title, a.weight::float8 AS weight, a.version,
          a.deadline_kind AS "deadlineKind", a.deadline_year AS "deadlineYear", a.deadline_end_year AS "deadlineEndYear",
          ${partiesInForceSql('a', 'OWNER', '$2')} AS "ownerIds",
          ${partiesInForceSql('a', 'PARTNER', '$2')} AS "partnerIds"
     FROM action a
    WHERE ($1::int[] IS NULL OR a.id = ANY($1))`,
  [t.intArray.orNull, t.date],
  {
    id: t.int,
    ref: t.text,
    title: t.text,
    weight: t.float,
    version: t.int,
    deadlineKind: t.text.of<DeadlineKind>(),
    deadlineYear: t.int.orNull,
    deadlineEndYear: t.int.orNull,
    ownerIds: t.intArray,
    partnerIds: t.intArray,
  },
);

export const selectParticipants = sql(
  `SELECT action_id AS "actionId", role, organisation_id AS "organisationId", position, printed_name AS "printedName", specifier
     FROM action_organisation WHERE action_id = ANY($1) AND role = $2 ORDER BY position`,
  [t.intArray, t.text],
  { actionId: t.int, role: t.text.of<ActionRole>(), organisationId: t.int, position: t.int, printedName: t.text, specifier: t.text.orNull },
);

/** Each organisation's owned and partnered actions in the plan in force on the date $2. */
export const countRolesByOrganisation = sql(
  `WITH parties AS (
     SELECT ${partiesInForceSql('a', 'OWNER', '$2')} AS owners, ${partiesInForceSql('a', 'PARTNER', '$2')} AS partners FROM action a),
   links AS (
     SELECT unnest(owners) AS organisation_id, 'OWNER' AS role FROM parties
     UNION ALL SELECT unnest(partners), 'PARTNER' FROM parties)
   SELECT organisation_id AS "organisationId",
          count(*) FILTER (WHERE role = 'OWNER')::int AS owned,
          count(*) FILTER (WHERE role = 'PARTNER')::int AS partner
     FROM links WHERE organisation_id = ANY($1) GROUP BY organisation_id`,
  [t.intArray, t.date],
  { organisationId: t.int, owned: t.int, partner: t.int },
);

/** Which actions each organisation owns in the plan in force on the date $1 (one row per link). */
export const selectOwnerLinks = sql(
  `SELECT DISTINCT o.id AS "organisationId", a.id AS "actionId"
     FROM action a CROSS JOIN LATERAL unnest(${partiesInForceSql('a', 'OWNER', '$1')}) AS o(id)`,
  [t.date],
  {
    organisationId: t.int,
    actionId: t.int,
  },
);

/** Locks the action row for the rest of the transaction (concurrent writers queue here). */
export const lockActionByRef = sql(`SELECT id, version FROM action WHERE ref = $1 FOR UPDATE`, [t.text], { id: t.int, version: t.int });

export const incrementActionVersion = sql(`UPDATE action SET version = version + 1 WHERE id = $1 RETURNING version`, [t.int], { version: t.int });

export const updateActionDefinition = sql(
  `UPDATE action SET title = $2, deadline_raw = $3, deadline_kind = $4, deadline_year = $5, deadline_end_year = $6,
          deadline_exact = $7, weight = $8, edited_at = now() WHERE id = $1`,
  [t.int, t.text, t.text.orNull, t.text, t.int.orNull, t.int.orNull, t.bool, t.numeric],
);

export const deleteParticipantsOfRole = sql(`DELETE FROM action_organisation WHERE action_id = $1 AND role = $2`, [t.int, t.text]);

export const insertParticipant = sql(`INSERT INTO action_organisation (action_id, role, organisation_id, position, printed_name) VALUES ($1, $2, $3, $4, $5)`, [
  t.int,
  t.text,
  t.int,
  t.int,
  t.text,
]);

/** A merge: the duplicate's links move to the organisation kept (no double link), then go. */
export const countLinksOfOrganisation = sql(`SELECT count(*)::int AS links FROM action_organisation WHERE organisation_id = $1`, [t.int], { links: t.int });
export const copyLinksToOrganisation = sql(
  `INSERT INTO action_organisation (action_id, role, organisation_id, position, printed_name, specifier)
   SELECT action_id, role, $2, position, printed_name, specifier FROM action_organisation WHERE organisation_id = $1
   ON CONFLICT (action_id, role, organisation_id) DO NOTHING`,
  [t.int, t.int],
);
export const deleteLinksOfOrganisation = sql(`DELETE FROM action_organisation WHERE organisation_id = $1`, [t.int]);

/** The seed: an action by its plan-wide reference, unless an admin edited it (then no row comes back). */
export const upsertAction = sql(
  `INSERT INTO action (project_id, ref, code, code_as_printed, position, title, sub_actions, deadline_raw, deadline_kind,
                       deadline_year, deadline_end_year, deadline_exact, flags, notes, source_from, source_to)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
   ON CONFLICT (ref) DO UPDATE SET project_id = $1, code = $3, code_as_printed = $4, position = $5, title = $6,
     sub_actions = $7, deadline_raw = $8, deadline_kind = $9, deadline_year = $10, deadline_end_year = $11,
     deadline_exact = $12, flags = $13, notes = $14, source_from = $15, source_to = $16
   WHERE action.edited_at IS NULL
   RETURNING id`,
  [
    t.int,
    t.text,
    t.text,
    t.text.orNull,
    t.int,
    t.text,
    t.textArray,
    t.text.orNull,
    t.text,
    t.int.orNull,
    t.int.orNull,
    t.bool,
    t.textArray,
    t.text.orNull,
    t.int.orNull,
    t.int.orNull,
  ],
  { id: t.int },
);

export const deleteParticipantsNotIn = sql(`DELETE FROM action_organisation WHERE action_id = $1 AND role = $2 AND NOT (organisation_id = ANY($3))`, [
  t.int,
  t.text,
  t.intArray,
]);

export const upsertParticipant = sql(
  `INSERT INTO action_organisation (action_id, role, organisation_id, position, printed_name, specifier)
   VALUES ($1, $2, $3, $4, $5, $6)
   ON CONFLICT (action_id, role, organisation_id) DO UPDATE SET position = $4, printed_name = $5, specifier = $6`,
  [t.int, t.text, t.int, t.int, t.text, t.text.orNull],
);

/** A PARTIES revision of the plan takes effect: the owners and/or partners in force from its date (NULL: unchanged). */
export const insertPartiesInForce = sql(
  `INSERT INTO action_parties_in_force (action_id, effective_date, revision_id, owner_ids, partner_ids) VALUES ($1, $2, $3::int, $4, $5)`,
  [t.int, t.date, t.int, t.intArray.orNull, t.intArray.orNull],
);

/** A merge: the parties in force that name the duplicate name the organisation kept (once, where it first stood). */
export const repointPartiesInForce = sql(
  `UPDATE action_parties_in_force SET
     owner_ids = CASE WHEN owner_ids IS NULL THEN NULL ELSE
       ARRAY(SELECT x FROM unnest(array_replace(owner_ids, $1, $2)) WITH ORDINALITY AS u(x, i) GROUP BY x ORDER BY min(i)) END,
     partner_ids = CASE WHEN partner_ids IS NULL THEN NULL ELSE
       ARRAY(SELECT x FROM unnest(array_replace(partner_ids, $1, $2)) WITH ORDINALITY AS u(x, i) GROUP BY x ORDER BY min(i)) END
   WHERE $1 = ANY(owner_ids) OR $1 = ANY(partner_ids)`,
  [t.int, t.int],
);
