import type { OrganisationKind } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

const COLUMNS = `id, key, name, acronym, kind, notes`;
const ROW = { id: t.int, key: t.text, name: t.text, acronym: t.text.orNull, kind: t.text.of<OrganisationKind>(), notes: t.text.orNull };

export const selectOrganisations = sql(`SELECT ${COLUMNS} FROM organisation ORDER BY name`, [], ROW);
export const selectOrganisationByKey = sql(`SELECT ${COLUMNS} FROM organisation WHERE key = $1`, [t.text], ROW);
export const selectOrganisationsByIds = sql(`SELECT ${COLUMNS} FROM organisation WHERE id = ANY($1)`, [t.intArray], ROW);
export const selectOrganisationsByKeys = sql(`SELECT ${COLUMNS} FROM organisation WHERE key = ANY($1)`, [t.textArray], ROW);
/** Locks the rows (in id order, so two merges never deadlock) for the rest of the transaction. */
export const lockOrganisationsByKeys = sql(`SELECT ${COLUMNS} FROM organisation WHERE key = ANY($1) ORDER BY id FOR UPDATE`, [t.textArray], ROW);

export const insertOrganisation = sql(
  `INSERT INTO organisation (key, name, acronym, kind) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
  [t.text, t.text, t.text.orNull, t.text],
  ROW,
);

export const updateOrganisation = sql(
  `UPDATE organisation SET name = $2, acronym = $3, kind = $4 WHERE id = $1 RETURNING ${COLUMNS}`,
  [t.int, t.text, t.text.orNull, t.text],
  ROW,
);

export const deleteOrganisation = sql(`DELETE FROM organisation WHERE id = $1`, [t.int]);

export const selectAliasesByOrganisationIds = sql(
  `SELECT organisation_id AS "organisationId", text, specifier FROM organisation_alias WHERE organisation_id = ANY($1) ORDER BY text`,
  [t.intArray],
  { organisationId: t.int, text: t.text, specifier: t.text.orNull },
);

export const insertAliasUnlessTaken = sql(
  `INSERT INTO organisation_alias (normalised_text, text, organisation_id) VALUES ($1, $2, $3) ON CONFLICT (normalised_text) DO NOTHING`,
  [t.text, t.text, t.int],
);

export const moveAliases = sql(`UPDATE organisation_alias SET organisation_id = $2 WHERE organisation_id = $1`, [t.int, t.int]);

/** The seed: an organisation by its stable key. */
export const upsertOrganisation = sql(
  `INSERT INTO organisation (key, name, acronym, kind, notes) VALUES ($1, $2, $3, $4, $5)
   ON CONFLICT (key) DO UPDATE SET name = $2, acronym = $3, kind = $4, notes = $5 RETURNING id`,
  [t.text, t.text, t.text.orNull, t.text, t.text.orNull],
  { id: t.int },
);

export const upsertAlias = sql(
  `INSERT INTO organisation_alias (normalised_text, text, organisation_id, specifier) VALUES ($1, $2, $3, $4)
   ON CONFLICT (normalised_text) DO UPDATE SET text = $2, organisation_id = $3, specifier = $4`,
  [t.text, t.text, t.int, t.text.orNull],
);
