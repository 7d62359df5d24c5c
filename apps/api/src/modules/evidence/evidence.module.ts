import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { TrackingModule } from '../tracking/tracking.module';
import { UserModule } from '../user/user.module';
import { EvidenceController } from './evidence.controller';
import { EvidenceActionResolver, EvidenceFileResolver, EvidenceWithdrawalResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { EVIDENCE_STORAGES } from './evidence-storage';
import { ConfiguredEvidenceStorages } from './evidence-storages';
import { PostgresEvidenceStorage } from './postgres-evidence-storage';

/** Owns evidence_file, evidence_file_chunk (the PostgreSQL storage's contents) and evidence_file_withdrawal; the S3 bucket's objects when configured. */
@Module({
  imports: [ActionModule, AuditModule, UserModule, TrackingModule, IndicatorModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceService,
    EvidenceActionResolver,
    EvidenceFileResolver,
    EvidenceWithdrawalResolver,
    PostgresEvidenceStorage,
    {
      provide: EVIDENCE_STORAGES,
      inject: [PostgresEvidenceStorage, APP_CONFIG],
      useFactory: (postgres: PostgresEvidenceStorage, config: AppConfig) => new ConfiguredEvidenceStorages(postgres, config.evidence.s3),
    },
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
