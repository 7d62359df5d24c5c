import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SingleSignOn', { description: 'Single sign-on with the administration’s identity provider (OpenID Connect).' })
export class SingleSignOnModel {
  @Field({ description: 'What the sign-in button says.' }) label: string;
  @Field({ description: 'Where the browser goes to sign in (GET, a top-level navigation); add ?returnTo=/path to come back there.' }) loginPath: string;
}

@ObjectType('AuthMethods', { description: 'How one may sign in on this server.' })
export class AuthMethodsModel {
  @Field({ description: 'E-mail and password (and forgotten-password links); false when only single sign-on is allowed.' }) localPasswords: boolean;
  @Field(() => SingleSignOnModel, { nullable: true }) singleSignOn: SingleSignOnModel | null;
}
