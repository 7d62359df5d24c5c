/**
 * What an organisation of the plan is: MINISTRY, PUBLIC_BODY, PRIVATE_SECTOR (federations, chambers, companies),
 * CIVIL_SOCIETY, INTERNATIONAL, or GENERIC_GROUP (a generic phrase of the plan, not one body). In this order.
 */
export const ORGANISATION_KINDS = ['MINISTRY', 'PUBLIC_BODY', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY', 'INTERNATIONAL', 'GENERIC_GROUP'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
