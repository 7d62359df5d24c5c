import { IsOptional, Matches } from 'class-validator';
import type { EvidenceEntryRef } from '../evidence.service';

const ENTRY_ID = /^[1-9]\d{0,17}$/;

/** `?statusUpdate=ID`, `?comment=ID` or `?indicatorValue=ID`: the entry of the action the file goes with (at most one). */
export class EvidenceUploadQuery {
  @IsOptional() @Matches(ENTRY_ID) statusUpdate?: string;
  @IsOptional() @Matches(ENTRY_ID) comment?: string;
  @IsOptional() @Matches(ENTRY_ID) indicatorValue?: string;

  /** The entry named; several: the first of status update, comment, indicator value is refused by the caller. */
  entries(): EvidenceEntryRef[] {
    return [
      this.statusUpdate && { kind: 'STATUS_UPDATE' as const, id: this.statusUpdate },
      this.comment && { kind: 'COMMENT' as const, id: this.comment },
      this.indicatorValue && { kind: 'INDICATOR_VALUE' as const, id: this.indicatorValue },
    ].filter((entry): entry is EvidenceEntryRef => Boolean(entry));
  }
}
