import { OrganisationKind } from '../../generated/graphql';

export const ORGANISATION_KINDS: OrganisationKind[] = ['MINISTRY', 'PUBLIC_BODY', 'PRIVATE_SECTOR', 'CIVIL_SOCIETY', 'INTERNATIONAL', 'GENERIC_GROUP'];
