import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { BackgroundJobsModule } from './background-jobs.module';
import { formatGraphqlError, GraphqlErrorFilter } from './common/errors/graphql-error.filter';
import { QUERY_LIMITS, queryLimitsRule } from './common/query-limits';
import { RequestLoaders } from './common/request-loaders';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/app.config';
import { DatabaseModule } from './database/database.module';
import { ActionModule } from './modules/action/action.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { ExchangeModule } from './modules/exchange/exchange.module';
import { HealthModule } from './modules/health/health.module';
import { IndicatorModule } from './modules/indicator/indicator.module';
import { JobModule } from './modules/job/job.module';
import { NotificationModule } from './modules/notification/notification.module';
import { OrganisationMergeModule } from './modules/organisation-merge/organisation-merge.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { PlanModule } from './modules/plan/plan.module';
import { ReminderModule } from './modules/reminder/reminder.module';
import { ReportModule } from './modules/report/report.module';
import { SeedModule } from './modules/seed/seed.module';
import { TrackingModule } from './modules/tracking/tracking.module';
import { UserModule } from './modules/user/user.module';

/** The server: every domain module, the GraphQL API, the file routes, and the background jobs (seed at boot, daily reminders). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(config, databaseUrl),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: true,
          csrfPrevention: true, // with SameSite=Lax cookies: a cross-site form or simple request cannot run a mutation
          // Hostile queries are refused before anything runs: tokens while parsing, depth/aliases/fields while validating.
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          validationRules: [queryLimitsRule],
          allowBatchedHttpRequests: false,
          // No HTTP cache hints are used; the cache-control plugin would wrap every field's resolver (per row of every list).
          plugins: [ApolloServerPluginCacheControlDisabled()],
          formatError: formatGraphqlError,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new RequestLoaders() }),
        }),
        HealthModule,
        AuditModule,
        JobModule,
        PlanModule,
        OrganisationModule,
        UserModule,
        AuthModule,
        ActionModule,
        OrganisationMergeModule,
        IndicatorModule,
        TrackingModule,
        DashboardModule,
        NotificationModule,
        ReminderModule,
        ReportModule,
        ExchangeModule,
        SeedModule,
        BackgroundJobsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
