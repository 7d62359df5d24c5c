import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { BackgroundJobsModule } from './background-jobs.module';
import { PublicationModule } from './modules/publication/publication.module';
import { introspectionGate } from './common/access/introspection-gate';
import { CrossSiteRequestGuard } from './common/access/cross-site-request.guard';
import { formatGraphqlError, GraphqlErrorFilter } from './common/errors/graphql-error.filter';
import { queryCostRule } from './common/query-cost';
import { QUERY_LIMITS, queryLimitsRule } from './common/query-limits';
import { RequestLoaders } from './common/request-loaders';
import { storableTextPlugin } from './common/storable-text.plugin';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/app.config';
import { DatabaseModule } from './database/database.module';
import { AccountModule } from './modules/account/account.module';
import { ActionModule } from './modules/action/action.module';
import { ApiTokenModule } from './modules/api-token/api-token.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { loginOncePerRequestRule } from './modules/auth/login-once.rule';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { ExchangeModule } from './modules/exchange/exchange.module';
import { HealthModule } from './modules/health/health.module';
import { IndicatorModule } from './modules/indicator/indicator.module';
import { FinancingModule } from './modules/financing/financing.module';
import { FinancingViewModule } from './modules/financing-view/financing-view.module';
import { JobModule } from './modules/job/job.module';
import { NotificationModule } from './modules/notification/notification.module';
import { OrganisationMergeModule } from './modules/organisation-merge/organisation-merge.module';
import { OrganisationModule } from './modules/organisation/organisation.module';
import { PlanModule } from './modules/plan/plan.module';
import { ReminderModule } from './modules/reminder/reminder.module';
import { ReportModule } from './modules/report/report.module';
import { RevisionModule } from './modules/revision/revision.module';
import { SteeringModule } from './modules/steering/steering.module';
import { PlanChangesModule } from './modules/plan-changes/plan-changes.module';
import { MeetingPackModule } from './modules/meeting-pack/meeting-pack.module';
import { SeedModule } from './modules/seed/seed.module';
import { SsoModule } from './modules/sso/sso.module';
import { TrackingModule } from './modules/tracking/tracking.module';
import { UserModule } from './modules/user/user.module';
import { EvidenceModule } from './modules/evidence/evidence.module';

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
          introspection: true, // who may introspect is the gate's decision (PNQ_GRAPHQL_INTROSPECTION), with coded errors
          // Who may introspect (PNQ_GRAPHQL_INTROSPECTION); text that cannot be stored (NUL, controls, lone surrogates): BAD_USER_INPUT before anything runs.
          // No HTTP cache hints are used; the cache-control plugin would wrap every field's resolver (per row of every list).
          plugins: [introspectionGate(config.introspection), storableTextPlugin, ApolloServerPluginCacheControlDisabled()],
          nodeEnv: config.nodeEnv, // Apollo's defaults follow the configuration, not process.env
          includeStacktraceInErrorResponses: config.graphqlStackTraces,
          hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production', // no "Did you mean …?" naming fields
          csrfPrevention: true, // with SameSite=Lax cookies: a cross-site form or simple request cannot run a mutation
          // Hostile queries are refused before anything runs: tokens while parsing, depth/aliases/fields and cost while validating.
          parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
          validationRules: [queryLimitsRule, queryCostRule, loginOncePerRequestRule],
          allowBatchedHttpRequests: false,
          formatError: formatGraphqlError,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new RequestLoaders() }),
        }),
        HealthModule,
        AuditModule,
        JobModule,
        PlanModule,
        OrganisationModule,
        UserModule,
        ApiTokenModule,
        AuthModule,
        AccountModule,
        SsoModule,
        ActionModule,
        OrganisationMergeModule,
        IndicatorModule,
        FinancingModule,
        FinancingViewModule,
        TrackingModule,
        DashboardModule,
        NotificationModule,
        ReminderModule,
        ReportModule,
        ExchangeModule,
        SeedModule,
        RevisionModule,
        BackgroundJobsModule,
        EvidenceModule,
        PublicationModule,
        SteeringModule,
        PlanChangesModule,
        MeetingPackModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_GUARD, useClass: CrossSiteRequestGuard }, // the file routes' CSRF check (GraphQL: csrfPrevention above)
      ],
    };
  }
}
