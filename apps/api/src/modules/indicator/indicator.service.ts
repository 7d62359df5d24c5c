import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { groupByKeys } from '../../common/request-loaders';
import { SourceRangeModel } from '../../common/source-range.model';
import { IndicatorEntity } from './indicator.entity';
import { IndicatorModel, NationalIndicatorModel, NationalIndicatorValueModel } from './indicator.model';
import { NationalIndicatorValueEntity } from './national-indicator-value.entity';
import { NationalIndicatorEntity } from './national-indicator.entity';

@Injectable()
export class IndicatorService {
  constructor(
    @InjectRepository(IndicatorEntity) private readonly indicators: Repository<IndicatorEntity>,
    @InjectRepository(NationalIndicatorEntity) private readonly nationalIndicators: Repository<NationalIndicatorEntity>,
    @InjectRepository(NationalIndicatorValueEntity) private readonly nationalValues: Repository<NationalIndicatorValueEntity>,
  ) {}

  async byActionIds(actionIds: readonly number[]): Promise<IndicatorModel[][]> {
    const rows = await this.indicators.find({ where: { actionId: In([...actionIds]) }, order: { position: 'ASC' } });
    return groupByKeys(actionIds, rows.map((row) => Object.assign(new IndicatorModel(), row)), (row) => row.actionId);
  }

  async listNational(): Promise<NationalIndicatorModel[]> {
    const rows = await this.nationalIndicators.find({ order: { position: 'ASC' } });
    return rows.map((row) => Object.assign(new NationalIndicatorModel(), row));
  }

  async nationalValuesByIndicatorIds(ids: readonly number[]): Promise<NationalIndicatorValueModel[][]> {
    const rows = await this.nationalValues.find({
      where: { indicatorId: In([...ids]) },
      order: { date: 'ASC', kind: 'ASC', id: 'ASC' },
    });
    return groupByKeys(ids, rows, (row) => row.indicatorId).map((group) =>
      group.map(({ sourceFrom, sourceTo, ...value }) =>
        Object.assign(new NationalIndicatorValueModel(), value, { source: SourceRangeModel.of(sourceFrom, sourceTo) }),
      ),
    );
  }
}
