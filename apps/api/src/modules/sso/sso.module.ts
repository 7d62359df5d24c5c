import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuthModule } from '../auth/auth.module';
import { UserModule } from '../user/user.module';
import { OidcClientService } from './oidc-client.service';
import { SsoController } from './sso.controller';
import { SsoService } from './sso.service';

/** Owns sso_flow: single sign-on with the administration's OpenID Connect provider (when configured). */
@Module({
  imports: [AccountModule, AuthModule, UserModule],
  controllers: [SsoController],
  providers: [SsoService, OidcClientService],
  exports: [SsoService],
})
export class SsoModule {}
