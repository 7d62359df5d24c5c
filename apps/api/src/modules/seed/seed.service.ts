import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_INDICATOR_TRAJECTORY, normaliseForComparison, parseDeadline, ParsedDeadline, validateIndicatorDefinition } from '@pnq/domain';
import { DataSource, EntityManager } from 'typeorm';
import { ActionDraft, ActionService } from '../action/action.service';
import { DependencyService } from '../revision/dependency.service';
import { AuditService } from '../audit/audit.service';
import { IndicatorService } from '../indicator/indicator.service';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { SeedAction, SeedBundle, SeedOrganisation } from './seed-files';
import { seedInvalid } from './seed.errors';
import { insertSeedRun, lockSeed, selectLatestSeedHash } from './seed.queries';

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
 * Loads the plan from the seed files: an upsert by stable keys (pillar number, axis number, project and action
 * references, organisation key), in one transaction. Owns seed_run; every other table is written by its owner
 * (plan, organisation, action, indicator), which this orchestration calls in order. Running it twice changes
 * nothing; it never touches tracking data, and leaves alone actions an admin edited. Audited, so caches see it.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly planService: PlanService,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
    private readonly indicatorService: IndicatorService,
    private readonly auditService: AuditService,
    private readonly dependencyService: DependencyService,
  ) {}

  /** Applies the seed when these files have not been applied yet; returns null when skipped. */
  async applyIfChanged(bundle: SeedBundle): Promise<SeedSummary | null> {
    return this.dataSource.transaction(async (manager) => {
      await lockSeed.run(manager, [SEED_LOCK]);
      const last = await selectLatestSeedHash.one(manager);
      if (last?.seedHash === bundle.hash) return null;
      return this.applyWithin(manager, bundle);
    });
  }

  /** Applies the seed unconditionally (idempotent). */
  async apply(bundle: SeedBundle): Promise<SeedSummary> {
    return this.dataSource.transaction(async (manager) => {
      await lockSeed.run(manager, [SEED_LOCK]);
      return this.applyWithin(manager, bundle);
    });
  }

  private async applyWithin(manager: EntityManager, bundle: SeedBundle): Promise<SeedSummary> {
    const aliases = indexAliases(bundle.organisations);
    assertConsistent(bundle, aliases);

    await this.planService.upsertPlan(manager, bundle.plan);
    const organisationIds = await this.organisationService.upsertFromSeed(
      manager,
      bundle.organisations.map((organisation) => ({
        key: organisation.key,
        name: organisation.name,
        acronym: organisation.acronym ?? null,
        kind: organisation.kind,
        notes: organisation.notes || null,
        aliases: aliasesOf(organisation).map((alias) => ({ text: alias.text, specifier: alias.specifier ?? null })),
      })),
    );
    const summary: SeedSummary = { pillars: 0, axes: 0, projects: 0, actions: 0, organisations: organisationIds.size, nationalIndicators: 0 };

    for (const pillar of bundle.pillars) {
      const pillarId = await this.planService.upsertPillar(manager, { number: pillar.pillar, name: pillar.name, annex: pillar.annex, source: pillar.source });
      summary.pillars++;
      for (const axis of pillar.axes) {
        const axisId = await this.planService.upsertAxis(manager, {
          pillarId,
          number: axis.number,
          title: axis.title,
          summaryTitle: axis.summaryTitle ?? null,
          source: axis.source,
        });
        summary.axes++;
        for (const [projectIndex, project] of axis.projects.entries()) {
          const projectId = await this.planService.upsertProject(manager, {
            axisId,
            ref: `${pillar.pillar}-${project.code}`,
            code: project.code,
            position: projectIndex + 1,
            title: project.title,
            summaryTitle: project.summaryTitle ?? null,
            inAnnex: project.inAnnex,
            inSummary: project.inSummary,
            flags: project.flags ?? [],
            notes: project.notes || null,
            source: project.source,
          });
          summary.projects++;
          let previousDeadline: ParsedDeadline | null = null;
          for (const [actionIndex, action] of project.actions.entries()) {
            const deadline = interpretDeadline(action.deadline, previousDeadline);
            previousDeadline = deadline;
            const draft = actionDraft(action, { projectId, ref: `${pillar.pillar}-${action.code}`, position: actionIndex + 1, deadline, aliases, organisationIds });
            const actionId = await this.actionService.upsertFromSeed(manager, draft);
            // Edited by an admin: the seed leaves the action and its indicators alone.
            if (actionId !== null) await this.indicatorService.upsertFromSeed(manager, actionId, action.indicators.map(indicatorDraft));
            summary.actions++;
          }
        }
      }
    }

    await this.upsertDependencies(manager, bundle);

    summary.nationalIndicators = await this.indicatorService.upsertNationalFromSeed(
      manager,
      bundle.nationalIndicators.map((indicator) => ({
        key: indicator.key,
        label: indicator.label,
        labelEn: indicator.labelEn ?? null,
        pillar: indicator.pillar,
        unit: indicator.unit,
        values: indicator.values.map((value) => ({
          date: value.date,
          value: value.value,
          qualifier: value.qualifier,
          kind: value.kind,
          sourceFile: value.source?.file ?? null,
          sourceFrom: value.source?.fromLine ?? null,
          sourceTo: value.source?.toLine ?? null,
          quote: value.quote ?? null,
          note: [value.note, value.dateNote].filter(Boolean).join(' ') || null,
        })),
      })),
    );
    await insertSeedRun.run(manager, [bundle.hash, summary]);
    await this.auditService.record({ actorId: null, operation: 'applySeed', entity: 'seed', entityKey: bundle.hash, after: summary }, manager);
    this.logger.log(`Seed applied: ${JSON.stringify(summary)}`);
    return summary;
  }

  /** The dependencies the plan's text prints, through their owner (revision); links the secretariat added stay. */
  private async upsertDependencies(manager: EntityManager, bundle: SeedBundle): Promise<void> {
    const idOf = new Map((await this.actionService.outlines(undefined, manager)).map((outline) => [outline.ref, outline.id]));
    for (const pillar of bundle.pillars)
      for (const axis of pillar.axes)
        for (const project of axis.projects)
          for (const action of project.actions)
            for (const link of action.dependsOn ?? []) {
              await this.dependencyService.upsertFromSeed(manager, {
                dependentId: idOf.get(`${pillar.pillar}-${action.code}`)!,
                predecessorId: idOf.get(`${pillar.pillar}-${link.action}`)!,
                sourceLine: link.fromLine,
                sourceText: link.quote,
              });
            }
  }
}

/** An action of the seed with its printed parties matched to organisations (first match wins; unknown names are refused earlier). */
function actionDraft(
  action: SeedAction,
  place: { projectId: number; ref: string; position: number; deadline: ParsedDeadline; aliases: AliasIndex; organisationIds: Map<string, number> },
): ActionDraft {
  const partiesOf = (printedNames: string[]) => {
    const wanted: ActionDraft['parties']['OWNER'] = new Map();
    printedNames.forEach((printedName, index) => {
      const alias = place.aliases.get(normaliseForComparison(printedName));
      const organisationId = alias && place.organisationIds.get(alias.organisationKey);
      if (organisationId !== undefined && alias && !wanted.has(organisationId)) wanted.set(organisationId, { position: index + 1, printedName, specifier: alias.specifier });
    });
    return wanted;
  };
  return {
    projectId: place.projectId,
    ref: place.ref,
    code: action.code,
    codeAsPrinted: action.codeAsPrinted ?? null,
    position: place.position,
    title: action.title,
    subActions: action.subActions ?? [],
    deadlineRaw: action.deadline,
    deadline: place.deadline,
    flags: action.flags ?? [],
    notes: action.notes || null,
    source: action.source,
    parties: { OWNER: partiesOf(action.owners), PARTNER: partiesOf(action.partners) },
  };
}

function indicatorDraft(indicator: SeedAction['indicators'][number]) {
  return {
    label: indicator.label,
    kind: indicator.kind,
    ambiguous: indicator.classification === 'AMBIGUOUS',
    rule: indicator.rule ?? null,
    unit: indicator.unit ?? null,
    baseline: indicator.baseline ?? null,
    baselineDate: indicator.baselineDate ?? null,
    target: indicator.target ?? null,
    targetYear: indicator.targetYear ?? null,
    trajectory: indicator.trajectory ?? DEFAULT_INDICATOR_TRAJECTORY,
  };
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

function codesOf(pillar: SeedBundle['pillars'][number]): Set<string> {
  return new Set(pillar.axes.flatMap((axis) => axis.projects.flatMap((project) => project.actions.map((action) => action.code))));
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
            const [violation] = validateIndicatorDefinition(indicatorDraft(indicator));
            if (violation) problems.push(`action ${ref}, indicator ${index + 1}: ${violation.message}`);
          }
          for (const link of action.dependsOn ?? []) {
            if (!codesOf(pillar).has(link.action)) problems.push(`action ${ref} depends on ${pillar.pillar}-${link.action}, which is not in the plan`);
          }
          for (const name of [...action.owners, ...action.partners]) {
            if (!aliases.has(normaliseForComparison(name))) problems.push(`action ${ref}: organisation "${name}" is not in organisations.json`);
          }
        }
      }
    }
  }
  if (problems.length > 0) throw seedInvalid(problems);
}
