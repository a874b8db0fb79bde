/**
 * Opens the local SharePoint for the front page: the emulator over a data folder, seeded with the demo data on first
 * run (when the folder holds nothing yet), kept as it is afterwards.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createEmulator } from '../emulator/index';
import type { IEmulator } from '../emulator/index';
import { seedDemo } from '../emulator/seed/index';

export interface IOpenedEmulator extends IEmulator {
  /** True when this start seeded the data folder. */
  readonly seeded: boolean;
  readonly seedMillis: number;
}

export interface IOpenOptions {
  readonly dataDir: string;
  /** The origin the page is served from, e.g. http://localhost:4321 (absolute URLs in answers use it). */
  readonly origin: string;
  /** Seed "today"; default the local SharePoint's business day (its fixed day, or today in Copenhagen). */
  readonly today?: string;
  /** `none`: an empty site without the product's lists and without demo data (for Opsætning af Medarbejdernyt). */
  readonly lists?: 'xml' | 'none';
}

/** The emulator's database files in a data folder. */
const DATA_FILES = ['sharepoint.sqlite', 'sharepoint.sqlite-wal', 'sharepoint.sqlite-shm', 'sharepoint.sqlite-journal'];

/** Forgets the local SharePoint's data (for `--reset`): only the emulator's own files are removed. */
export function removeDataDir(dataDir: string): void {
  for (const name of DATA_FILES) fs.rmSync(path.join(dataDir, name), { force: true });
}

export async function openEmulator(opts: IOpenOptions): Promise<IOpenedEmulator> {
  const emulator = createEmulator({ dataDir: opts.dataDir, origin: opts.origin, lists: opts.lists });
  let seeded = false;
  const started = Date.now();
  if (opts.lists !== 'none' && emulator.admin.isEmpty()) {
    await seedDemo(emulator.admin, { today: opts.today ?? emulator.admin.today() });
    seeded = true;
  }
  return Object.assign(emulator, { seeded, seedMillis: Date.now() - started });
}
