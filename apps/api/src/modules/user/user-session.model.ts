import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql-enum';
import { SESSION_METHODS, SessionMethod } from './session-method';

export const SessionMethodEnum = graphqlEnum(
  SESSION_METHODS,
  'SessionMethod',
  'PASSWORD: e-mail and password; SSO: single sign-on; INVITATION: opened when accepting an invitation; RESET: after a password reset.',
);

@ObjectType('UserSession', { description: 'Where one is signed in: one of one’s own live sessions.' })
export class UserSessionModel {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'Last request made with it (to the minute).' }) lastSeenAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it ends unless used again (never after its absolute lifetime).' }) expiresAt: Date;
  @Field(() => String, { nullable: true, description: 'The browser’s User-Agent when it signed in (first 300 characters).' }) userAgent: string | null;
  @Field(() => SessionMethodEnum) method: SessionMethod;
  @Field({ description: 'The session of this very request.' }) current: boolean;
}
