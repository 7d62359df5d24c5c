export const ROLES = ['ADMIN', 'EDITOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  role: Role;
  organisationId: number | null;
  active: boolean;
}

export interface ActionParties {
  ownerIds: readonly number[];
  partnerIds: readonly number[];
}

/** Who may change an action's status and progress: admins, and editors of an owner organisation. */
export function canUpdateActionStatus(actor: Actor, parties: ActionParties): boolean {
  if (!actor.active) return false;
  if (actor.role === 'ADMIN') return true;
  return actor.role === 'EDITOR' && actor.organisationId !== null && parties.ownerIds.includes(actor.organisationId);
}

/** Who may add a comment or evidence: those who may update it, and editors of a partner organisation. */
export function canCommentOnAction(actor: Actor, parties: ActionParties): boolean {
  if (canUpdateActionStatus(actor, parties)) return true;
  return actor.active && actor.role === 'EDITOR' && actor.organisationId !== null && parties.partnerIds.includes(actor.organisationId);
}

/**
 * Acting for an organisation as a whole (its update template, its import): the secretariat, or an active
 * editor of that very organisation.
 */
export function canActForOrganisation(actor: Actor, organisationId: number): boolean {
  if (canAdminister(actor)) return true;
  return actor.active && actor.role === 'EDITOR' && actor.organisationId === organisationId;
}

/**
 * Whether the actor could act for any organisation at all (upload a template): known from the role alone, before
 * anything of the upload is read — a viewer's upload is refused unread.
 */
export function canActForSomeOrganisation(actor: Actor): boolean {
  if (canAdminister(actor)) return true;
  return actor.active && actor.role === 'EDITOR' && actor.organisationId !== null;
}

/** Plan structure, users, organisations, audit log: the secretariat only. */
export function canAdminister(actor: Actor): boolean {
  return actor.active && actor.role === 'ADMIN';
}
