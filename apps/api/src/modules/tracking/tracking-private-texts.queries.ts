import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** Every text of the tracking history that must never be public (comments, evidence links): what the public portal's leak scan looks for. */
export const selectPrivateTrackingTexts = sql(
  `SELECT comment, evidence_urls AS "evidenceUrls" FROM action_status_update
   UNION ALL SELECT comment, evidence_urls AS "evidenceUrls" FROM action_comment`,
  [],
  { comment: t.text, evidenceUrls: t.textArray },
);
