import type { Currency, FundingSource } from '@pnq/domain';
import { t } from '../../database/sql/sql-types';
import { sql } from '../../database/sql/typed-query';

/** A year's amounts as stored, exact (NUMERIC read as text). */
export interface StoredYearAmounts {
  year: number;
  planned: string;
  committed: string;
  disbursed: string;
}

const VERSION_COLUMNS = `v.action_id AS "actionId", v.version, v.effective_date::text AS "effectiveDate", v.needs_funding AS "needsFunding",
  v.estimated_cost::text AS "estimatedCost", v.cost_currency AS "costCurrency", v.comment, v.author_id AS "authorId", v.entered_at AS "enteredAt"`;
const VERSION_ROW = {
  actionId: t.int,
  version: t.int,
  effectiveDate: t.text,
  needsFunding: t.bool,
  estimatedCost: t.text.orNull,
  costCurrency: t.text.of<Currency>(),
  comment: t.text,
  authorId: t.int,
  enteredAt: t.timestamptz,
};

/** The version an action's financing is at (0: nothing recorded): what expectedVersion is compared with. */
export const selectLatestVersion = sql(`SELECT COALESCE(max(version), 0)::int AS version FROM action_financing WHERE action_id = $1`, [t.int], {
  version: t.int.notNullByStatement,
});

/**
 * The version in force on a date for each action (of the list, or all): the latest effective on or before it, the later
 * entry winning between two effective the same day — the rule of status updates (stateAsOf).
 */
export const selectVersionsInForce = sql(
  `SELECT DISTINCT ON (v.action_id) ${VERSION_COLUMNS}
     FROM action_financing v
    WHERE v.effective_date <= $1 AND ($2::int[] IS NULL OR v.action_id = ANY($2))
    ORDER BY v.action_id, v.effective_date DESC, v.version DESC`,
  [t.date, t.intArray.orNull],
  VERSION_ROW,
);

/** Every version of the actions' financing, latest entry first (the history). */
export const selectVersionsByActionIds = sql(
  `SELECT ${VERSION_COLUMNS} FROM action_financing v WHERE v.action_id = ANY($1) ORDER BY v.action_id, v.version DESC`,
  [t.intArray],
  VERSION_ROW,
);

/** The lines of the given (action, version) pairs, each with its amounts per year (exact, as text). */
export const selectLinesOfVersions = sql(
  `SELECT l.action_id AS "actionId", l.version, l.position, l.source, l.currency, l.budget_year AS "budgetYear", l.budget_line AS "budgetLine",
          l.partner_organisation_id AS "partnerId", l.programme, l.period_start AS "periodStart", l.period_end AS "periodEnd",
          COALESCE((SELECT jsonb_agg(jsonb_build_object('year', a.year, 'planned', a.planned::text, 'committed', a.committed::text,
                                                        'disbursed', a.disbursed::text) ORDER BY a.year)
                      FROM funding_line_amount a
                     WHERE a.action_id = l.action_id AND a.version = l.version AND a.position = l.position), '[]'::jsonb) AS amounts
     FROM funding_line l
     JOIN unnest($1::int[], $2::int[]) AS k(action_id, version) ON l.action_id = k.action_id AND l.version = k.version
    ORDER BY l.action_id, l.version, l.position`,
  [t.intArray, t.intArray],
  {
    actionId: t.int,
    version: t.int,
    position: t.int,
    source: t.text.of<FundingSource>(),
    currency: t.text.of<Currency>(),
    budgetYear: t.int.orNull,
    budgetLine: t.text.orNull,
    partnerId: t.int.orNull,
    programme: t.text.orNull,
    periodStart: t.int.orNull,
    periodEnd: t.int.orNull,
    amounts: t.jsonb<StoredYearAmounts[]>(),
  },
);

export const insertFinancingVersion = sql(
  `INSERT INTO action_financing (action_id, version, effective_date, needs_funding, estimated_cost, cost_currency, comment, author_id)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  [t.int, t.int, t.date, t.bool, t.numeric.orNull, t.text, t.text, t.int],
);

export const insertFundingLine = sql(
  `INSERT INTO funding_line (action_id, version, position, source, currency, budget_year, budget_line, partner_organisation_id, programme, period_start, period_end)
   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
  [t.int, t.int, t.int, t.text, t.text, t.int.orNull, t.text.orNull, t.int.orNull, t.text.orNull, t.int.orNull, t.int.orNull],
);

export const insertFundingLineAmounts = sql(
  `INSERT INTO funding_line_amount (action_id, version, position, year, planned, committed, disbursed)
   SELECT $1, $2, $3, a.year, a.planned::numeric, a.committed::numeric, a.disbursed::numeric
     FROM unnest($4::int[], $5::text[], $6::text[], $7::text[]) AS a(year, planned, committed, disbursed)`,
  [t.int, t.int, t.int, t.intArray, t.textArray, t.textArray, t.textArray],
);

/** An organisation merge: the duplicate's funding lines name the organisation kept (the only change a line allows). */
export const movePartner = sql(`UPDATE funding_line SET partner_organisation_id = $2 WHERE partner_organisation_id = $1`, [t.int, t.int]);

const RATE_COLUMNS = `r.currency, r.date::text AS date, r.rate::text AS rate, r.source, r.author_id AS "authorId", r.entered_at AS "enteredAt"`;
const RATE_ROW = {
  currency: t.text.of<Exclude<Currency, 'MAD'>>(),
  date: t.text,
  rate: t.text,
  source: t.text,
  authorId: t.int,
  enteredAt: t.timestamptz,
};

export const selectReferenceRates = sql(`SELECT ${RATE_COLUMNS} FROM reference_rate r ORDER BY r.currency, r.date`, [], RATE_ROW);
export const selectReferenceRate = sql(`SELECT ${RATE_COLUMNS} FROM reference_rate r WHERE r.currency = $1 AND r.date = $2`, [t.text, t.date], RATE_ROW);
/** Writes nothing when a rate is already recorded for the currency and date (two admins at once: one saves). */
export const insertReferenceRate = sql(
  `INSERT INTO reference_rate (currency, date, rate, source, author_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (currency, date) DO NOTHING`,
  [t.text, t.date, t.numeric, t.text, t.int],
);
