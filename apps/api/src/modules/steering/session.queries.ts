import type { SteeringBody } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export const insertSession = sql(
  `INSERT INTO steering_session (body, held_on, place, agenda, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
  [t.text, t.date, t.text, t.textArray, t.int],
  { id: t.int },
);

export const insertAttendees = sql(`INSERT INTO steering_session_attendee (session_id, organisation_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`, [
  t.int,
  t.intArray,
]);

/** Sessions (all when $1 is NULL), latest first, with their attending organisations in id order. */
export const selectSessions = sql(
  `SELECT s.id, s.body, s.held_on::text AS "heldOn", s.place, s.agenda, s.created_at AS "createdAt",
          coalesce((SELECT array_agg(a.organisation_id ORDER BY a.organisation_id) FROM steering_session_attendee a WHERE a.session_id = s.id), '{}') AS "attendeeIds"
     FROM steering_session s
    WHERE ($1::int[] IS NULL OR s.id = ANY($1))
    ORDER BY s.held_on DESC, s.id DESC`,
  [t.intArray.orNull],
  {
    id: t.int,
    body: t.text.of<SteeringBody>(),
    heldOn: t.text,
    place: t.text,
    agenda: t.textArray,
    createdAt: t.timestamptz,
    attendeeIds: t.intArray,
  },
);

/** Every session's body and date: what a "since" date is computed from. */
export const selectSessionRefs = sql(`SELECT id, body, held_on::text AS "heldOn" FROM steering_session`, [], {
  id: t.int,
  body: t.text.of<SteeringBody>(),
  heldOn: t.text,
});

/** A merge: the duplicate's attendance moves to the organisation kept (no double row). */
export const moveAttendees = sql(
  `WITH moved AS (DELETE FROM steering_session_attendee WHERE organisation_id = $1 RETURNING session_id)
   INSERT INTO steering_session_attendee (session_id, organisation_id) SELECT session_id, $2 FROM moved ON CONFLICT DO NOTHING`,
  [t.int, t.int],
);
