import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './config/app.config';
import { DatabaseModule } from './database/database.module';
import { AccountModule } from './modules/account/account.module';
import { ReportModule } from './modules/report/report.module';
import { PublicationModule } from './modules/publication/publication.module';
import { SeedModule } from './modules/seed/seed.module';

/**
 * The command-line tools' context (npm run report, npm run seed, npm run invite): the database and the modules they use,
 * without the HTTP server, GraphQL, or background jobs — a CLI never seeds at boot nor runs the daily reminders.
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [DatabaseModule.forRoot(config, databaseUrl), SeedModule, ReportModule, AccountModule, PublicationModule],
    };
  }
}
