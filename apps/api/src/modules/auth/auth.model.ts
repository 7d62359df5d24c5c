import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from '../user/user.model';

@ObjectType('LoginResult')
export class LoginResultModel {
  @Field(() => UserModel) user: UserModel;
  @Field({ description: 'When the session ends unless used (it slides with use, up to its absolute lifetime).' }) expiresAt: Date;
}
