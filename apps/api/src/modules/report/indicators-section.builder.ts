import { Injectable } from '@nestjs/common';
import { CalendarDate } from '@pnq/domain';
import { ActionSnapshot } from '../tracking/tracking.service';
import { IndicatorService } from '../indicator/indicator.service';
import { IndicatorsSection, NationalFigure } from './report-model';

/**
 * The report's indicators section, kept apart so that indicator targets and values per action (issue 5)
 * can be added here alone: today, action indicators are the expected results as printed, and the national
 * quality-infrastructure figures show their latest actual value by the date and their target.
 */
@Injectable()
export class IndicatorsSectionBuilder {
  constructor(private readonly indicatorService: IndicatorService) {}

  async build(snapshot: readonly ActionSnapshot[], asOf: CalendarDate): Promise<IndicatorsSection> {
    const nationals = await this.indicatorService.listNational();
    const values = await this.indicatorService.nationalValuesByIndicatorIds(nationals.map((n) => n.id));
    const national = nationals.map((indicator, index): NationalFigure => {
      const known = values[index].filter((v) => v.date <= asOf);
      const pick = (kind: string, among: typeof known) => {
        const found = among.filter((v) => v.kind === kind).at(-1);
        return found ? { date: found.date, value: found.value, qualifier: found.qualifier } : null;
      };
      return { label: indicator.label, unit: indicator.unit, latest: pick('ACTUAL', known), target: pick('TARGET', values[index]) };
    });
    const labels = await this.indicatorService.byActionIds(snapshot.map((a) => a.id));
    const actionIndicators = snapshot
      .map((action, index) => ({ ref: action.ref, title: action.title, labels: labels[index].map((i) => i.label) }))
      .filter((line) => line.labels.length > 0);
    return { national, actionIndicators };
  }
}
