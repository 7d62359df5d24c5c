import { Field, ObjectType } from '@nestjs/graphql';

/**
 * A person as everyone may see them where they left a trace (a status update, a comment, an indicator value): the
 * display name and the organisation, nothing else. An account's e-mail, role, state and settings are in `users`,
 * for admins, and in `me`, for oneself (docs/security.md).
 */
@ObjectType('Author', { description: 'Who entered something: display name and organisation only (accounts themselves are for admins: `users`).' })
export class AuthorModel {
  @Field() name: string;
  organisationId: number | null;
}
