import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { isLanguage, ROLES, type Role } from '@pnq/domain';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';
import { createRootLogger, PinoNestLogger } from './common/logger';
import { loadConfig } from './config/app.config';
import { provideDatabase } from './database/database.provider';
import { InvitationService } from './modules/account/invitation.service';

const USAGE = 'Usage: npm run invite -- <e-mail> [--role ADMIN|EDITOR|VIEWER] [--organisation <key>] [--name "Nom affiché"] [--language fr|ar|en]';

/**
 * npm run invite: invites a person from the command line — the very first admin of a new deployment, or an admin
 * when nobody can sign in any more. The link is printed here (never logged, no mail sent): hand it over; the person
 * chooses their own password. Uses DATABASE_URL or the embedded database (stop the server first).
 */
async function invite(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string', default: 'ADMIN' },
      organisation: { type: 'string' },
      name: { type: 'string' },
      language: { type: 'string', default: 'fr' },
    },
  });
  const [email] = positionals;
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`Give the person's e-mail address. ${USAGE}`);
  const role = values.role?.toUpperCase() as Role;
  if (!ROLES.includes(role)) throw new Error(`Unknown role "${values.role}". ${USAGE}`);
  if (!isLanguage(values.language)) throw new Error(`Unknown language "${values.language}". ${USAGE}`);

  const config = loadConfig();
  const logger = createRootLogger(config.logLevel);
  const database = await provideDatabase(config, logger);
  try {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: new PinoNestLogger(logger) });
    const { invitation, link } = await context.get(InvitationService).inviteFromCommandLine({
      email,
      name: values.name?.trim() || email.split('@')[0],
      role,
      organisationKey: values.organisation ?? null,
      language: values.language,
    });
    process.stdout.write(
      `Invitation for ${invitation.email} (${invitation.role}), valid until ${invitation.expiresAt.toISOString()}. Give this link to the person, and to nobody else:\n${link}\n`,
    );
    await context.close();
  } finally {
    await database.stop();
  }
}

invite().catch((error) => {
  process.stderr.write(`No invitation: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
