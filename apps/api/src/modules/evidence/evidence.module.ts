import { Module } from '@nestjs/common';
import { ActionModule } from '../action/action.module';
import { AuditModule } from '../audit/audit.module';
import { IndicatorModule } from '../indicator/indicator.module';
import { TrackingModule } from '../tracking/tracking.module';
import { UserModule } from '../user/user.module';
import { EvidenceController } from './evidence.controller';
import { EvidenceActionResolver, EvidenceFileResolver, EvidenceWithdrawalResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';
import { EVIDENCE_STORAGE } from './evidence-storage';
import { PostgresEvidenceStorage } from './postgres-evidence-storage';

/** Owns evidence_file, evidence_file_chunk (the PostgreSQL storage's contents) and evidence_file_withdrawal. */
@Module({
  imports: [ActionModule, AuditModule, UserModule, TrackingModule, IndicatorModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceService,
    EvidenceActionResolver,
    EvidenceFileResolver,
    EvidenceWithdrawalResolver,
    { provide: EVIDENCE_STORAGE, useClass: PostgresEvidenceStorage },
  ],
  exports: [EvidenceService],
})
export class EvidenceModule {}
