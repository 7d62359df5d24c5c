import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { selectOne } from './health.queries';

export interface HealthReport {
  status: 'ok' | 'error';
  database: { status: 'up' | 'down'; latencyMs?: number; migrationsPending?: boolean; error?: string };
}

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<HealthReport> {
    const started = performance.now();
    try {
      await Promise.race([
        selectOne.single(this.dataSource),
        new Promise((_, reject) => setTimeout(() => reject(new Error('the database did not answer within 3 s')), 3000)),
      ]);
      const migrationsPending = await this.dataSource.showMigrations();
      return {
        status: 'ok',
        database: { status: 'up', latencyMs: Math.round(performance.now() - started), migrationsPending },
      };
    } catch (error) {
      return { status: 'error', database: { status: 'down', error: error instanceof Error ? error.message : String(error) } };
    }
  }
}
