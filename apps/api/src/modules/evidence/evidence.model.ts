import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AuthorModel } from '../user/author.model';
import type { EvidenceStorageKind } from './evidence-storage';

@ObjectType('EvidenceWithdrawal', { description: 'Why and when a file stopped being offered (the file itself is kept).' })
export class EvidenceWithdrawalModel {
  @Field() reason: string;
  @Field() withdrawnAt: Date;
  withdrawnById: number;
  @Field(() => AuthorModel, { nullable: true }) withdrawnBy?: AuthorModel;
}

@ObjectType('EvidenceFile', { description: 'A document or image attached to an action as evidence; downloaded from downloadUrl (signed in).' })
export class EvidenceFileModel {
  @Field(() => Int) id: number;
  actionId: number;
  organisationId: number | null;
  authorId: number;
  /** Where its contents are kept (evidence_file.storage), and under which key. */
  storage: EvidenceStorageKind;
  storageKey: string;
  @Field({ description: 'The name it was sent with, made safe (no path, no control or bidirectional characters).' }) name: string;
  @Field({ description: 'The type detected from its content (never from its name).' }) mime: string;
  @Field(() => Float) sizeBytes: number;
  @Field({ description: 'SHA-256 of the contents, hexadecimal.' }) sha256: string;
  @Field() enteredAt: Date;
  @Field(() => ID, { nullable: true, description: 'The status update it is attached to (at most one of the three; none: the action itself).' })
  statusUpdateId: string | null;
  @Field(() => ID, { nullable: true, description: 'The discussion entry it is attached to.' }) commentId: string | null;
  @Field(() => ID, { nullable: true, description: 'The indicator value it is attached to.' }) indicatorValueId: string | null;
  @Field(() => EvidenceWithdrawalModel, { nullable: true, description: 'Set once withdrawn: it no longer downloads (410 EVIDENCE_FILE_WITHDRAWN).' })
  withdrawal: EvidenceWithdrawalModel | null;
  @Field({ description: 'Where it downloads (as an attachment), relative to the API.' }) downloadUrl: string;
  @Field(() => AuthorModel, { nullable: true }) author?: AuthorModel;
}
