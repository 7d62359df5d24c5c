/** How a session was opened: a password, single sign-on, accepting an invitation, or resetting a password. */
export const SESSION_METHODS = ['PASSWORD', 'SSO', 'INVITATION', 'RESET'] as const;
export type SessionMethod = (typeof SESSION_METHODS)[number];
