import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { AuthModule } from '../auth/auth.module';
import { SsoModule } from '../sso/sso.module';
import { UserModule } from '../user/user.module';
import { HousekeepingService } from './housekeeping.service';

/** Owns housekeeping_run: purges ended sessions and old sign-in attempts through their owners (server only). */
@Module({
  imports: [UserModule, AuthModule, AccountModule, SsoModule],
  providers: [HousekeepingService],
  exports: [HousekeepingService],
})
export class HousekeepingModule {}
