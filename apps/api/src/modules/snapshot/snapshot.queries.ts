import type { ActionRevision, ActionStatus } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';
import { ACTION_DEFINITION_COLUMNS, actionDefinitionSelect } from '../action/action-definition.columns';
import { partiesInForceSql } from '../action/action-parties.columns';

/**
 * Read model: every action with its definition, its place in the plan (pillar, axis, project) and its parties, in
 * plan order, narrowed by place and parties (owners and partners in force on the date $6: `partiesInForceSql`) — and its latest status update on the date $6 (none: never updated by
 * then), the revisions of its definition effective by $6 (the plan in force is computed from them by `definitionInForce`
 * of libs/domain) and the actions it depends on. Only the actions $7 when given. Reads the plan, action, tracking and
 * revision modules' tables in one statement; writes nothing. The state part is tracking's rule (`selectStatesAsOf`:
 * latest effective date, then latest version), checked by state-as-of-oracle.
 */
export const selectPlacedSnapshots = sql(
  `SELECT ${actionDefinitionSelect('a')},
          pi.number AS "pillarNumber", ax.number AS "axisNumber", pr.ref AS "projectRef",
          p.owners AS "ownerIds", p.partners AS "partnerIds",
          s.status AS "stateStatus", s.progress AS "stateProgress", s.effective_date::text AS "stateDate", s.version AS "stateVersion",
          coalesce((SELECT jsonb_agg(jsonb_build_object('sequence', r.id, 'effectiveDate', r.effective_date, 'changes', r.changes))
                      FROM action_revision r WHERE r.action_id = a.id AND r.effective_date <= $6), '[]'::jsonb) AS revisions,
          coalesce((SELECT array_agg(d.predecessor_id ORDER BY d.predecessor_id) FROM action_dependency d WHERE d.dependent_id = a.id), '{}') AS "predecessorIds"
     FROM action a
     JOIN project pr ON pr.id = a.project_id
     JOIN axis ax ON ax.id = pr.axis_id
     JOIN pillar pi ON pi.id = ax.pillar_id
    CROSS JOIN LATERAL (SELECT ${partiesInForceSql('a', 'OWNER', '$6')} AS owners, ${partiesInForceSql('a', 'PARTNER', '$6')} AS partners) p
     LEFT JOIN LATERAL (
          SELECT u.status, u.progress, u.effective_date, u.version FROM action_status_update u
           WHERE u.action_id = a.id AND u.effective_date <= $6
           ORDER BY u.effective_date DESC, u.version DESC LIMIT 1) s ON true
    WHERE ($1::int[] IS NULL OR pi.number = ANY($1))
      AND ($2::int IS NULL OR (pi.number = $2 AND ax.number = $3))
      AND ($4::int IS NULL OR $4 = ANY(p.owners))
      AND ($5::int IS NULL OR $5 = ANY(p.partners))
      AND ($7::int[] IS NULL OR a.id = ANY($7))
    ORDER BY pi.number, ax.number, pr.position, a.position`,
  [t.intArray.orNull, t.int.orNull, t.int.orNull, t.int.orNull, t.int.orNull, t.date, t.intArray.orNull],
  {
    ...ACTION_DEFINITION_COLUMNS,
    pillarNumber: t.int,
    axisNumber: t.int,
    projectRef: t.text,
    ownerIds: t.intArray,
    partnerIds: t.intArray,
    // LEFT JOIN LATERAL: NULL when the action has no update by the date.
    stateStatus: t.text.of<ActionStatus>().orNull,
    stateProgress: t.int.orNull,
    stateDate: t.text.orNull,
    stateVersion: t.int.orNull,
    revisions: t.jsonb<ActionRevision[]>(),
    predecessorIds: t.intArray,
  },
);
