import type { ReminderKind } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

export type Audience = 'ORGANISATION' | 'SECRETARIAT';
/** Who started a run: the daily timer, or an admin (runReminders). */
export type ReminderTrigger = 'SCHEDULE' | 'ADMIN';
export type AnnouncedKind = ReminderKind | 'ESCALATION' | 'NO_ACTIVE_EDITOR' | 'WEEKLY_SUMMARY';

export const selectLastRunDate = sql(`SELECT max(run_date)::text AS "runDate" FROM reminder_run`, [], { runDate: t.text.orNull });

export const selectRuns = sql(
  `SELECT run_date::text AS "runDate", trigger, notifications, mails, ran_at AS "ranAt" FROM reminder_run ORDER BY run_date DESC LIMIT $1::int`,
  [t.int],
  { runDate: t.text, trigger: t.text.of<ReminderTrigger>(), notifications: t.int, mails: t.int, ranAt: t.timestamptz },
);

/** Only one instance runs the job at a time (transaction-scoped advisory lock). */
export const tryLockReminders = sql(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [t.text], { locked: t.bool });

export const selectRunOf = sql(`SELECT notifications, mails FROM reminder_run WHERE run_date = $1`, [t.date], { notifications: t.int, mails: t.int });

export const insertRun = sql(`INSERT INTO reminder_run (run_date, trigger, actor_id, notifications, mails) VALUES ($1, $2, $3, $4, $5)`, [
  t.date,
  t.text,
  t.int.orNull,
  t.int,
  t.int,
]);

/** The last time each item was announced to each audience, by a date. */
export const selectLastAnnouncements = sql(
  `SELECT DISTINCT ON (audience, kind, organisation_id, action_id)
          audience, kind, organisation_id AS "organisationId", action_id AS "actionId", run_date::text AS "runDate"
     FROM reminder_announcement WHERE run_date <= $1
    ORDER BY audience, kind, organisation_id, action_id, run_date DESC`,
  [t.date],
  { audience: t.text.of<Audience>(), kind: t.text.of<AnnouncedKind>(), organisationId: t.int.orNull, actionId: t.int.orNull, runDate: t.text },
);

export const insertAnnouncements = sql(
  `INSERT INTO reminder_announcement (run_date, audience, kind, organisation_id, action_id)
   SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::int[])`,
  [t.date, t.textArray, t.textArray, t.intOrNullArray, t.intOrNullArray],
);

const CAMPAIGN_COLUMNS = `id, sent_on::text AS "sentOn", deadline::text AS deadline, message, created_at AS "createdAt"`;
const CAMPAIGN_ROW = { id: t.int, sentOn: t.text, deadline: t.text, message: t.text, createdAt: t.timestamptz };

export const insertCampaign = sql(
  `INSERT INTO campaign (sent_on, deadline, message, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
  [t.date, t.date, t.text, t.int],
  {
    id: t.int,
  },
);
export const selectCampaigns = sql(`SELECT ${CAMPAIGN_COLUMNS} FROM campaign ORDER BY created_at DESC, id DESC`, [], CAMPAIGN_ROW);
export const selectCampaign = sql(`SELECT ${CAMPAIGN_COLUMNS} FROM campaign WHERE id = $1`, [t.int], CAMPAIGN_ROW);
