import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** before/after are sent as JSON text (JSON null when absent), so the stored document is exactly what was recorded. */
export const insertAuditEvent = sql(
  `INSERT INTO audit_event (actor_id, operation, entity, entity_key, before, after, affects_plan) VALUES ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb, $7)`,
  [t.int.orNull, t.text, t.text, t.text, t.text, t.text, t.bool],
);

export const selectAuditEvents = sql(
  `SELECT id::text AS id, at, actor_id AS "actorId", operation, entity, entity_key AS "entityKey", before, after
     FROM audit_event e
    WHERE ($1::text IS NULL OR e.entity = $1) AND ($2::text IS NULL OR e.entity_key = $2)
    ORDER BY e.id DESC LIMIT $3::int`,
  [t.text.orNull, t.text.orNull, t.int],
  {
    id: t.text,
    at: t.timestamptz,
    actorId: t.int.orNull,
    operation: t.text,
    entity: t.text,
    entityKey: t.text,
    before: t.jsonb().orNull,
    after: t.jsonb().orNull,
  },
);

/** The latest plan-affecting event's id (partial index audit_event_plan_revision_idx): the plan caches' revision. */
export const selectPlanRevision = sql(`SELECT coalesce(max(id), 0)::text AS id FROM audit_event WHERE affects_plan`, [], { id: t.text });
