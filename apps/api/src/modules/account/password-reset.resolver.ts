import { Inject } from '@nestjs/common';
import { Args, ArgsType, Context, Field, Mutation, Resolver } from '@nestjs/graphql';
import { IsEmail, MaxLength } from 'class-validator';
import { HttpContext } from '../../common/access/authenticated-request';
import { Public } from '../../common/access/public.decorator';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { LoginResultModel } from '../auth/auth.model';
import { completeSignIn, userAgentOf } from '../auth/signed-in-response';
import { ResetPasswordInput } from './dto/link-token.inputs';
import { PasswordResetService } from './password-reset.service';

@ArgsType()
class RequestPasswordResetArgs {
  @Field() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254) email: string;
}

@Resolver()
export class PasswordResetResolver {
  constructor(
    private readonly passwordResetService: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a single-use password-reset link to the account with this address, if there is one: the answer is the same either way (true). Fails with PASSWORD_RESET_THROTTLED (retryAfterSeconds) or LOCAL_PASSWORDS_DISABLED.',
  })
  requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() { req }: HttpContext): Promise<boolean> {
    return this.passwordResetService.request(email, req.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => LoginResultModel, {
    description:
      'Sets a new password through a reset link, ends every session of the account and signs in. Fails with RESET_LINK_INVALID (used or expired), WEAK_PASSWORD (the link still works), LOCAL_PASSWORDS_DISABLED.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() context: HttpContext): Promise<LoginResultModel> {
    const session = await this.passwordResetService.reset(input.token, input.password, { userAgent: userAgentOf(context), method: 'RESET' });
    return completeSignIn(context, session, this.config.secureCookies);
  }
}
