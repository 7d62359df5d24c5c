import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { PublicationService } from './publication.service';

/** Files read from PostgreSQL at once while writing a snapshot out (bounds the memory it takes). */
const BATCH = 200;
const COMPLETE_MARK = '.complete';
export const LATEST_POINTER = 'latest.json';

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Writes published snapshots from PostgreSQL (their source of truth) to a folder: `<dir>/<number>/…` for each,
 * then `<dir>/latest.json` naming the latest — what the public path serves with no database read. Each snapshot is
 * written to a temporary folder and renamed into place, so a reader never sees half of one; an instance that
 * starts, or learns of a new publication, writes what it lacks.
 */
@Injectable()
export class PublicSiteWriter {
  private readonly logger = new Logger(PublicSiteWriter.name);
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly publication: PublicationService,
  ) {}

  /** Brings the public folder up to date with the database (one run at a time in this instance). */
  materialise(): Promise<void> {
    this.running ??= this.writeMissing(this.config.publicDir).finally(() => (this.running = null));
    return this.running;
  }

  private async writeMissing(dir: string): Promise<void> {
    const rows = await this.publication.snapshotRows();
    for (const row of [...rows].reverse()) {
      if (await exists(join(dir, String(row.number), COMPLETE_MARK))) continue;
      await this.writeSnapshot(row.number, dir);
      this.logger.log(`Public snapshot ${row.number} written to ${dir}`);
    }
    if (!rows.length) return;
    const pointer = JSON.stringify({ number: rows[0].number, asOf: rows[0].asOf });
    const current = await readFile(join(dir, LATEST_POINTER), 'utf8').catch(() => null);
    if (current !== pointer) await writeAtomically(join(dir, LATEST_POINTER), pointer); // unchanged: left alone
  }

  /** Writes one snapshot's files under `<dir>/<number>/`, whole or not at all. */
  async writeSnapshot(number: number, dir: string): Promise<void> {
    const target = join(dir, String(number));
    const temporary = join(dir, `.tmp-${number}-${randomBytes(4).toString('hex')}`);
    await this.writeFiles(number, temporary);
    await writeFile(join(temporary, COMPLETE_MARK), '');
    await rm(target, { recursive: true, force: true });
    await rename(temporary, target);
  }

  private async writeFiles(number: number, folder: string): Promise<void> {
    const paths = (await this.publication.fileList(number)).map((f) => f.path);
    for (let start = 0; start < paths.length; start += BATCH) {
      for (const file of await this.publication.fileContents(number, paths.slice(start, start + BATCH))) {
        const destination = join(folder, file.path);
        await mkdir(dirname(destination), { recursive: true });
        await writeFile(destination, file.content);
      }
    }
  }

  /**
   * Copies every published snapshot to a folder for a static host or CDN: `<out>/<number>/…`, `<out>/latest/…`
   * (a copy of the latest) and `<out>/index.html` leading to it. Returns the latest number (null: nothing published).
   */
  async exportTo(out: string): Promise<number | null> {
    const rows = await this.publication.snapshotRows();
    if (!rows.length) return null;
    await mkdir(out, { recursive: true });
    for (const row of rows) await this.writeSnapshot(row.number, out);
    const latest = rows[0].number;
    await rm(join(out, 'latest'), { recursive: true, force: true });
    await cp(join(out, String(latest)), join(out, 'latest'), { recursive: true });
    await writeFile(
      join(out, 'index.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>PNQ</title><meta http-equiv="refresh" content="0; url=latest/fr/index.html"></head><body><p><a href="latest/fr/index.html">Politique Nationale de la Qualité — suivi public</a></p></body></html>\n`,
    );
    return latest;
  }
}

async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}
