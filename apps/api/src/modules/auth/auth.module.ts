import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokenModule } from '../api-token/api-token.module';
import { AuditModule } from '../audit/audit.module';
import { UserModule } from '../user/user.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RequestSessionService } from './request-session.service';
import { SessionMiddleware } from './session.middleware';

/**
 * Owns login_attempt; signs people in and out, changes passwords, lists and ends one's sessions, finds who is signed
 * in on each request (session cookie or API token), and guards every route (sessions are the user module's, tokens the api-token module's).
 */
@Module({
  imports: [AuditModule, UserModule, ApiTokenModule],
  providers: [AuthService, AuthResolver, RequestSessionService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*');
  }
}
