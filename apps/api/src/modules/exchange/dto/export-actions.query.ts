import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ACTION_STATUSES, ActionStatus, Health, HEALTHS } from '@pnq/domain';
import { IsPlanDate } from '../../../common/plan-date.validator';
import { ActionFilterInput } from '../../dashboard/dto/action-filter.input';

/** GET /exports/actions.xlsx with the explorer's URL filters (pillar, axis, status, health, owner, partner, year, q, funding=late) and asOf. */
export class ExportActionsQuery {
  @IsOptional() @IsPlanDate() asOf?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(9) pillar?: number;
  @IsOptional() @IsString() @MaxLength(10) axis?: string;
  @IsOptional() @IsIn(ACTION_STATUSES) status?: ActionStatus;
  @IsOptional() @IsIn(HEALTHS) health?: Health;
  @IsOptional() @IsString() @MaxLength(100) owner?: string;
  @IsOptional() @IsString() @MaxLength(100) partner?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsIn(['late']) funding?: 'late';

  toFilter(): ActionFilterInput {
    return {
      pillars: this.pillar ? [this.pillar] : undefined,
      axis: this.axis || undefined,
      statuses: this.status ? [this.status] : undefined,
      healths: this.health ? [this.health] : undefined,
      owner: this.owner || undefined,
      partner: this.partner || undefined,
      deadlineYear: this.year,
      text: this.q || undefined,
      lateAndNotFunded: this.funding === 'late' || undefined,
    };
  }
}

/** GET /exports/template.xlsx?organisation=imanor (default: the editor's own organisation). */
export class ExportTemplateQuery {
  @IsOptional() @IsString() @MaxLength(100) organisation?: string;
  @IsOptional() @IsPlanDate() asOf?: string;
}

/** POST /imports/template (multipart: file, mode, fileHash). */
export class ImportTemplateBody {
  @IsIn(['dry-run', 'apply'], { message: 'mode must be dry-run or apply' }) mode: 'dry-run' | 'apply';
  @IsOptional() @Matches(/^[0-9a-f]{64}$/, { message: 'fileHash must be the SHA-256 the dry run returned' }) fileHash?: string;
}
