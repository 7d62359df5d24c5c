import { inflateRawSync } from 'node:zlib';
import { notASpreadsheet, workbookTooLarge } from './exchange.errors';

export interface ZipLimits {
  /** Most files the archive may hold. */
  maxEntries: number;
  /** Most bytes all its files may hold once unzipped. */
  maxUnzippedBytes: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function endOfDirectory(file: Buffer): number {
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 0xffff); at--) {
    if (file.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/**
 * Checks a zip archive (an .xlsx) against size limits before any library unzips it: a small upload that would
 * unzip to gigabytes (a "zip bomb") is refused. Each file is really inflated, with an output cap, so sizes the
 * archive merely declares cannot lie. Throws NOT_A_SPREADSHEET for a damaged archive, WORKBOOK_TOO_LARGE past a limit.
 */
export function checkZipLimits(file: Buffer, limits: ZipLimits): void {
  const damaged = () => notASpreadsheet('its zip structure is damaged.');
  const tooLarge = (what: string) => workbookTooLarge(what, limits);
  const end = endOfDirectory(file);
  if (end < 0) throw damaged();
  const entries = file.readUInt16LE(end + 10);
  if (entries > limits.maxEntries) throw tooLarge(`it holds ${entries} files`);
  let at = file.readUInt32LE(end + 16);
  let unzipped = 0;
  const unzipsTo = `its files unzip to more than ${Math.round(limits.maxUnzippedBytes / 1024 / 1024)} MB`;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged();
    const method = file.readUInt16LE(at + 10);
    const compressedSize = file.readUInt32LE(at + 20);
    const declaredSize = file.readUInt32LE(at + 24);
    const local = file.readUInt32LE(at + 42);
    if (local + 30 > file.length || file.readUInt32LE(local) !== LOCAL_HEADER) throw damaged();
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    if (start + compressedSize > file.length) throw damaged();
    const budget = limits.maxUnzippedBytes - unzipped;
    if (declaredSize > budget) throw tooLarge(unzipsTo);
    let size: number;
    if (method === STORED) size = compressedSize;
    else if (method === DEFLATED) {
      try {
        size = inflateRawSync(file.subarray(start, start + compressedSize), { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(unzipsTo);
        throw damaged();
      }
    } else throw notASpreadsheet(`it uses a compression method (${method}) Excel does not write.`);
    if (size > budget) throw tooLarge(unzipsTo);
    unzipped += size;
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
}
