import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorEntity } from './indicator.entity';
import { NationalIndicatorResolver } from './indicator.resolver';
import { IndicatorService } from './indicator.service';
import { NationalIndicatorValueEntity } from './national-indicator-value.entity';
import { NationalIndicatorEntity } from './national-indicator.entity';

@Module({
  imports: [TypeOrmModule.forFeature([IndicatorEntity, NationalIndicatorEntity, NationalIndicatorValueEntity])],
  providers: [IndicatorService, NationalIndicatorResolver],
  exports: [IndicatorService],
})
export class IndicatorModule {}
