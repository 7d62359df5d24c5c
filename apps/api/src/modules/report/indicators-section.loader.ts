import { Injectable } from '@nestjs/common';
import { CalendarDate, comparePlanRefs } from '@pnq/domain';
import { DashboardModel } from '../dashboard/dashboard.model';
import { IndicatorModel, IndicatorValueModel, NationalIndicatorValueModel } from '../indicator/indicator.model';
import { IndicatorService } from '../indicator/indicator.service';
import { ActionSnapshot } from '../snapshot/snapshot.service';
import { sourceLabel } from './report-labels';
import { AchievedMilestone, IndicatorsSection, MeasuredIndicator, NationalFigure, NationalValue, PillarIndicators } from './report-model';

/**
 * Gathers the report's indicators section for a date: the dashboard's own per-pillar roll-ups (not recomputed),
 * each action indicator with a numeric target evaluated by IndicatorService.evaluate (the rule behind those
 * roll-ups), the milestones achieved during the year, and the national figures. Laid out by indicators-section.builder.
 */
@Injectable()
export class IndicatorsSectionLoader {
  constructor(private readonly indicatorService: IndicatorService) {}

  async load(dashboard: DashboardModel, snapshot: readonly ActionSnapshot[], previousAsOf: CalendarDate): Promise<IndicatorsSection> {
    const { asOf } = dashboard;
    const perAction = await this.indicatorService.byActionIds(snapshot.map((a) => a.id));
    const indicators = perAction.flatMap((list, index) => list.map((indicator) => ({ indicator, action: snapshot[index] })));
    const values = await this.indicatorService.valuesByIndicatorIds(indicators.map((i) => i.indicator.id));
    const measured = new Map<number, MeasuredIndicator[]>();
    const achieved = new Map<number, AchievedMilestone[]>();
    const push = <T>(map: Map<number, T[]>, key: number, item: T) => map.set(key, [...(map.get(key) ?? []), item]);

    indicators.forEach(({ indicator, action }, index) => {
      const ref = `${action.ref}#${indicator.position}`;
      if (indicator.kind === 'QUANTITATIVE' && indicator.target !== null) {
        const evaluation = this.indicatorService.evaluate(indicator, values[index], asOf, action);
        push(measured, action.pillarNumber, measuredLine(ref, indicator, evaluation));
      } else if (indicator.kind === 'MILESTONE') {
        const date = achievedDuring(values[index], previousAsOf, asOf);
        const stillAchieved = this.indicatorService.evaluate(indicator, values[index], asOf, action).achieved;
        const before = this.indicatorService.evaluate(indicator, values[index], previousAsOf, action).achieved;
        if (date && stillAchieved && !before) push(achieved, action.pillarNumber, { ref, label: indicator.label, date });
      }
    });

    const pillars = dashboard.byPillar.map((pillar): PillarIndicators => ({
      number: pillar.number,
      name: pillar.name,
      rollUp: pillar.indicators,
      measured: measured.get(pillar.number) ?? [],
      milestonesAchieved: (achieved.get(pillar.number) ?? []).sort((a, b) => a.date.localeCompare(b.date) || comparePlanRefs(a.ref, b.ref)),
    }));
    return { pillars, totals: dashboard.indicatorTotals, national: await this.national(asOf) };
  }

  private async national(asOf: CalendarDate): Promise<NationalFigure[]> {
    const nationals = await this.indicatorService.listNational();
    const values = await this.indicatorService.nationalValuesByIndicatorIds(nationals.map((n) => n.id));
    return nationals.map((indicator, index): NationalFigure => {
      const actuals = values[index].filter((v) => v.kind === 'ACTUAL' && v.date <= asOf);
      const targets = values[index].filter((v) => v.kind === 'TARGET');
      return {
        label: indicator.label,
        unit: indicator.unit,
        latest: nationalValue(actuals.at(-1)),
        previous: nationalValue(actuals.at(-2)),
        target: nationalValue(targets.at(-1)),
      };
    });
  }
}

function measuredLine(ref: string, indicator: IndicatorModel, evaluation: ReturnType<IndicatorService['evaluate']>): MeasuredIndicator {
  return {
    ref,
    label: indicator.label,
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target!,
    targetYear: evaluation.targetYear,
    latest: evaluation.latestValue !== null && evaluation.latestDate ? { date: evaluation.latestDate, value: evaluation.latestValue } : null,
    percentOfTarget: evaluation.percentOfTarget,
    expectedValue: evaluation.expectedValue,
    status: evaluation.status,
  };
}

/** The first record saying "achieved" after the previous year-end and by the date. */
function achievedDuring(values: readonly IndicatorValueModel[], after: CalendarDate, by: CalendarDate): CalendarDate | null {
  const dates = values.filter((v) => v.achieved === true && v.date > after && v.date <= by).map((v) => v.date);
  return dates.sort()[0] ?? null;
}

function nationalValue(value: NationalIndicatorValueModel | undefined): NationalValue | null {
  if (!value) return null;
  return { date: value.date, value: value.value, qualifier: value.qualifier, source: sourceLabel(value) };
}
