import { Injectable, Logger } from '@nestjs/common';
import { normaliseForComparison, parseDeadline, ParsedDeadline, validateIndicatorDefinition } from '@pnq/domain';
import { DataSource, EntityManager } from 'typeorm';
import { SeedAction, SeedBundle, SeedOrganisation } from './seed-files';
import { SeedInvalidError } from './seed.errors';

export interface SeedSummary {
  [key: string]: number;
  pillars: number;
  axes: number;
  projects: number;
  actions: number;
  organisations: number;
  nationalIndicators: number;
}

type AliasIndex = Map<string, { organisationKey: string; specifier: string | null }>;

const SEED_LOCK = 'pnq:seed';

/**
 * Loads the plan from the seed files: an upsert by stable keys (pillar number, axis number,
 * project and action references, organisation key), in one transaction. Running it twice
 * changes nothing; it never touches tracking data, and leaves alone actions an admin edited.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Applies the seed when these files have not been applied yet; returns null when skipped. */
  async applyIfChanged(bundle: SeedBundle): Promise<SeedSummary | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
      const [last] = await manager.query('SELECT seed_hash FROM seed_run ORDER BY id DESC LIMIT 1');
      if (last?.seed_hash === bundle.hash) return null;
      return this.applyWithin(manager, bundle);
    });
  }

  /** Applies the seed unconditionally (idempotent). */
  async apply(bundle: SeedBundle): Promise<SeedSummary> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEED_LOCK]);
      return this.applyWithin(manager, bundle);
    });
  }

  private async applyWithin(manager: EntityManager, bundle: SeedBundle): Promise<SeedSummary> {
    const aliases = indexAliases(bundle.organisations);
    assertConsistent(bundle, aliases);

    await manager.query(
      `INSERT INTO plan (id, title, short_title, horizon_year, source_file, stated_axis_count, stated_project_count, facts)
       VALUES (1, $1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET title = $1, short_title = $2, horizon_year = $3, source_file = $4,
         stated_axis_count = $5, stated_project_count = $6, facts = $7`,
      [
        bundle.plan.title,
        bundle.plan.shortTitle,
        bundle.plan.horizonYear,
        bundle.plan.sourceFile,
        bundle.plan.statedAxisCount,
        bundle.plan.statedProjectCount,
        JSON.stringify(bundle.plan.facts),
      ],
    );

    const organisationIds = await this.upsertOrganisations(manager, bundle.organisations);
    const summary: SeedSummary = {
      pillars: 0,
      axes: 0,
      projects: 0,
      actions: 0,
      organisations: organisationIds.size,
      nationalIndicators: 0,
    };

    for (const pillar of bundle.pillars) {
      const [{ id: pillarId }] = await manager.query(
        `INSERT INTO pillar (number, name, annex, source_from, source_to) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (number) DO UPDATE SET name = $2, annex = $3, source_from = $4, source_to = $5 RETURNING id`,
        [pillar.pillar, pillar.name, pillar.annex, pillar.source.fromLine, pillar.source.toLine],
      );
      summary.pillars++;
      for (const axis of pillar.axes) {
        const [{ id: axisId }] = await manager.query(
          `INSERT INTO axis (pillar_id, number, title, summary_title, source_from, source_to) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (pillar_id, number) DO UPDATE SET title = $3, summary_title = $4, source_from = $5, source_to = $6
           RETURNING id`,
          [pillarId, axis.number, axis.title, axis.summaryTitle ?? null, axis.source?.fromLine ?? null, axis.source?.toLine ?? null],
        );
        summary.axes++;
        for (const [projectIndex, project] of axis.projects.entries()) {
          const [{ id: projectId }] = await manager.query(
            `INSERT INTO project (axis_id, ref, code, position, title, summary_title, in_annex, in_summary, flags, notes, source_from, source_to)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (ref) DO UPDATE SET axis_id = $1, code = $3, position = $4, title = $5, summary_title = $6,
               in_annex = $7, in_summary = $8, flags = $9, notes = $10, source_from = $11, source_to = $12
             RETURNING id`,
            [
              axisId,
              `${pillar.pillar}-${project.code}`,
              project.code,
              projectIndex + 1,
              project.title,
              project.summaryTitle ?? null,
              project.inAnnex,
              project.inSummary,
              project.flags ?? [],
              project.notes || null,
              project.source?.fromLine ?? null,
              project.source?.toLine ?? null,
            ],
          );
          summary.projects++;
          let previousDeadline: ParsedDeadline | null = null;
          for (const [actionIndex, action] of project.actions.entries()) {
            const deadline = interpretDeadline(action.deadline, previousDeadline);
            previousDeadline = deadline;
            await this.upsertAction(manager, {
              projectId,
              ref: `${pillar.pillar}-${action.code}`,
              position: actionIndex + 1,
              action,
              deadline,
              aliases,
              organisationIds,
            });
            summary.actions++;
          }
        }
      }
    }

    summary.nationalIndicators = await this.upsertNationalIndicators(manager, bundle);
    await manager.query('INSERT INTO seed_run (seed_hash, summary) VALUES ($1, $2)', [bundle.hash, JSON.stringify(summary)]);
    this.logger.log(`Seed applied: ${JSON.stringify(summary)}`);
    return summary;
  }

  private async upsertOrganisations(manager: EntityManager, organisations: SeedOrganisation[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const organisation of organisations) {
      const [{ id }] = await manager.query(
        `INSERT INTO organisation (key, name, acronym, kind, notes) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (key) DO UPDATE SET name = $2, acronym = $3, kind = $4, notes = $5 RETURNING id`,
        [organisation.key, organisation.name, organisation.acronym ?? null, organisation.kind, organisation.notes || null],
      );
      ids.set(organisation.key, id);
      for (const alias of aliasesOf(organisation)) {
        await manager.query(
          `INSERT INTO organisation_alias (normalised_text, text, organisation_id, specifier) VALUES ($1, $2, $3, $4)
           ON CONFLICT (normalised_text) DO UPDATE SET text = $2, organisation_id = $3, specifier = $4`,
          [normaliseForComparison(alias.text), alias.text, id, alias.specifier ?? null],
        );
      }
    }
    return ids;
  }

  private async upsertAction(
    manager: EntityManager,
    input: {
      projectId: number;
      ref: string;
      position: number;
      action: SeedAction;
      deadline: ParsedDeadline;
      aliases: AliasIndex;
      organisationIds: Map<string, number>;
    },
  ): Promise<void> {
    const { action, deadline } = input;
    const rows: { id: number }[] = await manager.query(
      `INSERT INTO action (project_id, ref, code, code_as_printed, position, title, sub_actions, deadline_raw, deadline_kind,
                           deadline_year, deadline_end_year, deadline_exact, flags, notes, source_from, source_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (ref) DO UPDATE SET project_id = $1, code = $3, code_as_printed = $4, position = $5, title = $6,
         sub_actions = $7, deadline_raw = $8, deadline_kind = $9, deadline_year = $10, deadline_end_year = $11,
         deadline_exact = $12, flags = $13, notes = $14, source_from = $15, source_to = $16
       WHERE action.edited_at IS NULL
       RETURNING id`,
      [
        input.projectId,
        input.ref,
        action.code,
        action.codeAsPrinted ?? null,
        input.position,
        action.title,
        action.subActions ?? [],
        action.deadline,
        deadline.kind,
        deadline.year,
        deadline.endYear,
        deadline.exact,
        action.flags ?? [],
        action.notes || null,
        action.source?.fromLine ?? null,
        action.source?.toLine ?? null,
      ],
    );
    if (rows.length === 0) return; // edited by an admin: the seed leaves it alone
    const actionId = rows[0].id;

    for (const role of ['OWNER', 'PARTNER'] as const) {
      const printedNames = role === 'OWNER' ? action.owners : action.partners;
      const wanted = new Map<number, { position: number; printedName: string; specifier: string | null }>();
      printedNames.forEach((printedName, index) => {
        const alias = input.aliases.get(normaliseForComparison(printedName));
        const organisationId = alias && input.organisationIds.get(alias.organisationKey);
        if (organisationId !== undefined && alias && !wanted.has(organisationId)) {
          wanted.set(organisationId, { position: index + 1, printedName, specifier: alias.specifier });
        }
      });
      await manager.query(
        `DELETE FROM action_organisation WHERE action_id = $1 AND role = $2 AND NOT (organisation_id = ANY($3))`,
        [actionId, role, [...wanted.keys()]],
      );
      for (const [organisationId, link] of wanted) {
        await manager.query(
          `INSERT INTO action_organisation (action_id, role, organisation_id, position, printed_name, specifier)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (action_id, role, organisation_id) DO UPDATE SET position = $4, printed_name = $5, specifier = $6`,
          [actionId, role, organisationId, link.position, link.printedName, link.specifier],
        );
      }
    }

    for (const [index, indicator] of action.indicators.entries()) {
      // An indicator an admin edited keeps its definition; the printed label follows the seed.
      await manager.query(
        `INSERT INTO indicator (action_id, position, label, kind, ambiguous, classification_rule, unit, baseline, baseline_date, target, target_year, trajectory)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (action_id, position) DO UPDATE SET label = $3,
           kind = CASE WHEN indicator.edited_at IS NULL THEN $4 ELSE indicator.kind END,
           ambiguous = CASE WHEN indicator.edited_at IS NULL THEN $5 ELSE indicator.ambiguous END,
           classification_rule = $6,
           unit = CASE WHEN indicator.edited_at IS NULL THEN $7 ELSE indicator.unit END,
           baseline = CASE WHEN indicator.edited_at IS NULL THEN $8 ELSE indicator.baseline END,
           baseline_date = CASE WHEN indicator.edited_at IS NULL THEN $9 ELSE indicator.baseline_date END,
           target = CASE WHEN indicator.edited_at IS NULL THEN $10 ELSE indicator.target END,
           target_year = CASE WHEN indicator.edited_at IS NULL THEN $11 ELSE indicator.target_year END,
           trajectory = CASE WHEN indicator.edited_at IS NULL THEN $12 ELSE indicator.trajectory END`,
        [
          actionId,
          index + 1,
          indicator.label,
          indicator.kind,
          indicator.classification === 'AMBIGUOUS',
          indicator.rule ?? null,
          indicator.unit ?? null,
          indicator.baseline ?? null,
          indicator.baselineDate ?? null,
          indicator.target ?? null,
          indicator.targetYear ?? null,
          indicator.trajectory ?? 'LINEAR',
        ],
      );
    }
    // Indicators the plan no longer prints go, unless values were recorded against them (nothing recorded is lost).
    await manager.query(
      `DELETE FROM indicator i WHERE i.action_id = $1 AND i.position > $2 AND NOT EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id)`,
      [actionId, action.indicators.length],
    );
  }

  private async upsertNationalIndicators(manager: EntityManager, bundle: SeedBundle): Promise<number> {
    for (const [index, indicator] of bundle.nationalIndicators.entries()) {
      const [{ id }] = await manager.query(
        `INSERT INTO national_indicator (key, label, label_en, pillar_number, unit, position) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (key) DO UPDATE SET label = $2, label_en = $3, pillar_number = $4, unit = $5, position = $6 RETURNING id`,
        [indicator.key, indicator.label, indicator.labelEn ?? null, indicator.pillar, indicator.unit, index + 1],
      );
      for (const value of indicator.values) {
        await manager.query(
          `INSERT INTO national_indicator_value (indicator_id, date, value, qualifier, kind, source_file, source_from, source_to, quote, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (indicator_id, date, kind, source_file, source_from)
           DO UPDATE SET value = $3, qualifier = $4, source_to = $8, quote = $9, note = $10`,
          [
            id,
            value.date,
            value.value,
            value.qualifier,
            value.kind,
            value.source?.file ?? null,
            value.source?.fromLine ?? null,
            value.source?.toLine ?? null,
            value.quote ?? null,
            [value.note, value.dateNote].filter(Boolean).join(' ') || null,
          ],
        );
      }
    }
    return bundle.nationalIndicators.length;
  }
}

function aliasesOf(organisation: SeedOrganisation) {
  const extra = [organisation.name, organisation.acronym]
    .filter((text): text is string => Boolean(text))
    .map((text) => ({ text, specifier: null }));
  return [...organisation.aliases, ...extra];
}

function indexAliases(organisations: SeedOrganisation[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const organisation of organisations) {
    for (const alias of aliasesOf(organisation)) {
      const key = normaliseForComparison(alias.text);
      if (!index.has(key)) index.set(key, { organisationKey: organisation.key, specifier: alias.specifier ?? null });
    }
  }
  return index;
}

/** "idem" repeats the deadline of the action above it in the same project. */
function interpretDeadline(raw: string | null, previous: ParsedDeadline | null): ParsedDeadline {
  if (raw && normaliseForComparison(raw) === 'idem' && previous) return { ...previous, exact: false };
  return parseDeadline(raw);
}

function assertConsistent(bundle: SeedBundle, aliases: AliasIndex): void {
  const problems: string[] = [];
  const refs = new Set<string>();
  const keys = new Set<string>();
  for (const organisation of bundle.organisations) {
    if (keys.has(organisation.key)) problems.push(`organisation key "${organisation.key}" is used twice`);
    keys.add(organisation.key);
  }
  for (const pillar of bundle.pillars) {
    for (const axis of pillar.axes) {
      for (const project of axis.projects) {
        if (!project.code.startsWith(`${axis.number}.`)) problems.push(`project ${pillar.pillar}-${project.code} is not under axis ${axis.number}`);
        for (const action of project.actions) {
          const ref = `${pillar.pillar}-${action.code}`;
          if (refs.has(ref)) problems.push(`action ${ref} appears twice`);
          refs.add(ref);
          if (!action.code.startsWith(`${project.code}.`)) problems.push(`action ${ref} is not under project ${project.code}`);
          for (const [index, indicator] of action.indicators.entries()) {
            const [violation] = validateIndicatorDefinition({
              kind: indicator.kind,
              unit: indicator.unit ?? null,
              baseline: indicator.baseline ?? null,
              baselineDate: indicator.baselineDate ?? null,
              target: indicator.target ?? null,
              targetYear: indicator.targetYear ?? null,
              trajectory: indicator.trajectory ?? 'LINEAR',
            });
            if (violation) problems.push(`action ${ref}, indicator ${index + 1}: ${violation.message}`);
          }
          for (const name of [...action.owners, ...action.partners]) {
            if (!aliases.has(normaliseForComparison(name))) problems.push(`action ${ref}: organisation "${name}" is not in organisations.json`);
          }
        }
      }
    }
  }
  if (problems.length > 0) throw new SeedInvalidError(problems);
}
