import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app.config';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from './data-source.options';

/** Configuration and the PostgreSQL connection (migrations run at boot, never synchronize): the base of the server and the CLIs. */
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [ConfigModule.forRoot(config), TypeOrmModule.forRoot(dataSourceOptions(databaseUrl))],
    };
  }
}
