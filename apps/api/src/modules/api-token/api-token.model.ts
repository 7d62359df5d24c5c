import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { API_TOKEN_SCOPES, type ApiTokenScope } from '@pnq/domain';
import { graphqlEnum } from '../../common/graphql-enum';

export const ApiTokenScopeEnum = graphqlEnum(
  API_TOKEN_SCOPES,
  'ApiTokenScope',
  'READ: queries; RECORD_INDICATOR_VALUES: recordIndicatorValue; UPDATE_STATUS: updateActionStatus — always within the organisation’s own actions.',
);

@ObjectType('ApiToken', { description: 'A token another system of an organisation uses to call the API (its secret is shown once, at creation).' })
export class ApiTokenModel {
  @Field(() => ID) id: number;
  @Field({ description: 'Who uses it (e.g. "SI IMANOR — indicateurs"): authors and the audit log show this name.' }) name: string;
  organisationId: number;
  clientId: number;
  createdBy: number;
  @Field({ description: 'The start of the secret, to recognise it (pnq_AbCd…).' }) hint: string;
  @Field(() => [ApiTokenScopeEnum]) scopes: ApiTokenScope[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last request made with it (to the minute).' }) lastUsedAt: Date | null;
  @Field({ description: 'Not revoked and not expired.' }) live: boolean;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field(() => ApiTokenModel) token: ApiTokenModel;
  @Field({ description: 'The secret, shown this once (only its SHA-256 is kept): send it as `Authorization: Bearer <secret>`.' }) secret: string;
}
