import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { UserModule } from '../user/user.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RequestSessionService } from './request-session.service';
import { SessionMiddleware } from './session.middleware';

/** Owns login_attempt; signs people in and out, finds who is signed in on each request, and guards every route (sessions are the user module's). */
@Module({
  imports: [AuditModule, UserModule],
  providers: [AuthService, AuthResolver, RequestSessionService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*');
  }
}
