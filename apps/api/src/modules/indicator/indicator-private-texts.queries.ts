import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** Every indicator value's comment and evidence links (the source is public, these are not): what the public portal's leak scan looks for. */
export const selectPrivateIndicatorTexts = sql(`SELECT comment, evidence_urls AS "evidenceUrls" FROM indicator_value`, [], {
  comment: t.text,
  evidenceUrls: t.textArray,
});
