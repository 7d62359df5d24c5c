/**
 * Mentions in a comment: `@IMANOR`, `@LPEE-LNM`, `@MIC/DAJC` name an organisation by its acronym, `@semac@pnq.local`
 * a person by e-mail. A handle starts after a space, a line start or an opening bracket (so an address inside a word
 * is not a mention) and loses a trailing full stop, comma or dash.
 */
const MENTION = /(?<=^|[\s([{«"'])@([\p{L}\p{N}][\p{L}\p{N}._\-/]*(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?)/gu;
const TRAILING = /[._\-/]+$/u;

/** The handles a text mentions, in order of first appearance, without repeats (compared without case). */
export function mentionHandles(text: string): string[] {
  const seen = new Map<string, string>();
  for (const match of text.matchAll(MENTION)) {
    const handle = match[1].replace(TRAILING, '');
    if (handle && !seen.has(handle.toLowerCase())) seen.set(handle.toLowerCase(), handle);
  }
  return [...seen.values()];
}

export interface MentionableOrganisation {
  id: number;
  acronym: string | null;
}

export interface MentionablePerson {
  id: number;
  email: string;
}

export interface ResolvedMentions {
  organisationIds: number[];
  userIds: number[];
}

/** Which organisations and people the handles name (without case); a handle that names nobody is plain text. */
export function resolveMentions(
  handles: readonly string[],
  organisations: readonly MentionableOrganisation[],
  people: readonly MentionablePerson[],
): ResolvedMentions {
  const byAcronym = new Map(organisations.filter((o) => o.acronym).map((o) => [o.acronym!.toLowerCase(), o.id]));
  const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p.id]));
  const organisationIds = new Set<number>();
  const userIds = new Set<number>();
  for (const handle of handles.map((h) => h.toLowerCase())) {
    const person = byEmail.get(handle);
    const organisation = byAcronym.get(handle);
    if (person !== undefined) userIds.add(person);
    else if (organisation !== undefined) organisationIds.add(organisation);
  }
  return { organisationIds: [...organisationIds], userIds: [...userIds] };
}
