import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { groupByKeys } from '../../common/request-loaders';
import { ActionOrganisationEntity, ActionRole } from './action-organisation.entity';
import { ActionEntity } from './action.entity';
import { toActionModel } from './action.mapper';
import { ActionModel } from './action.model';

@Injectable()
export class ActionService {
  constructor(
    @InjectRepository(ActionEntity) private readonly actions: Repository<ActionEntity>,
    @InjectRepository(ActionOrganisationEntity) private readonly participants: Repository<ActionOrganisationEntity>,
  ) {}

  async findByRef(ref: string): Promise<ActionModel | null> {
    const entity = await this.actions.findOneBy({ ref });
    return entity ? toActionModel(entity) : null;
  }

  async byProjectIds(projectIds: readonly number[]): Promise<ActionModel[][]> {
    const rows = await this.actions.find({ where: { projectId: In([...projectIds]) }, order: { position: 'ASC' } });
    return groupByKeys(projectIds, rows.map(toActionModel), (action) => action.projectId);
  }

  async participantsByActionIds(actionIds: readonly number[], role: ActionRole): Promise<ActionOrganisationEntity[][]> {
    const rows = await this.participants.find({
      where: { actionId: In([...actionIds]), role },
      order: { position: 'ASC' },
    });
    return groupByKeys(actionIds, rows, (row) => row.actionId);
  }
}
