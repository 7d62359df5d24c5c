import type { DeadlineKind } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/**
 * Read model: every action with its place in the plan (pillar, axis, project), deadline, weight, version and
 * parties, in plan order, narrowed by place and parties. Reads the plan module's and the action module's
 * tables in one statement; writes nothing.
 */
export const selectPlacedOutlines = sql(
  `SELECT a.id, a.ref, a.title, pi.number AS "pillarNumber", ax.number AS "axisNumber", pr.ref AS "projectRef",
          a.weight::float8 AS weight, a.version, a.deadline_kind AS "deadlineKind", a.deadline_year AS "deadlineYear", a.deadline_end_year AS "deadlineEndYear",
          coalesce(array_agg(ao.organisation_id ORDER BY ao.position) FILTER (WHERE ao.role = 'OWNER'), '{}') AS "ownerIds",
          coalesce(array_agg(ao.organisation_id ORDER BY ao.position) FILTER (WHERE ao.role = 'PARTNER'), '{}') AS "partnerIds"
     FROM action a
     JOIN project pr ON pr.id = a.project_id
     JOIN axis ax ON ax.id = pr.axis_id
     JOIN pillar pi ON pi.id = ax.pillar_id
     LEFT JOIN action_organisation ao ON ao.action_id = a.id
    WHERE ($1::int[] IS NULL OR pi.number = ANY($1))
      AND ($2::int IS NULL OR (pi.number = $2 AND ax.number = $3))
      AND ($4::int IS NULL OR EXISTS (SELECT 1 FROM action_organisation f WHERE f.action_id = a.id AND f.role = 'OWNER' AND f.organisation_id = $4))
      AND ($5::int IS NULL OR EXISTS (SELECT 1 FROM action_organisation f WHERE f.action_id = a.id AND f.role = 'PARTNER' AND f.organisation_id = $5))
    GROUP BY a.id, pi.number, ax.number, pr.ref, pr.position
    ORDER BY pi.number, ax.number, pr.position, a.position`,
  [t.intArray.orNull, t.int.orNull, t.int.orNull, t.int.orNull, t.int.orNull],
  {
    id: t.int,
    ref: t.text,
    title: t.text,
    pillarNumber: t.int,
    axisNumber: t.int,
    projectRef: t.text,
    weight: t.float,
    version: t.int,
    deadlineKind: t.text.of<DeadlineKind>(),
    deadlineYear: t.int.orNull,
    deadlineEndYear: t.int.orNull,
    ownerIds: t.intArray,
    partnerIds: t.intArray,
  },
);
