import { registerEnumType } from '@nestjs/graphql';

/** What can be generated for a session: the meeting pack (PDF or Word), the minutes (Word, to finish by hand). */
export enum SessionDocument {
  MEETING_PACK_PDF = 'MEETING_PACK_PDF',
  MEETING_PACK_DOCX = 'MEETING_PACK_DOCX',
  MINUTES_DOCX = 'MINUTES_DOCX',
}
registerEnumType(SessionDocument, {
  name: 'SessionDocument',
  description: 'MEETING_PACK_PDF / MEETING_PACK_DOCX: the « dossier de séance »; MINUTES_DOCX: the « procès-verbal » (attendance, decisions), editable.',
});
