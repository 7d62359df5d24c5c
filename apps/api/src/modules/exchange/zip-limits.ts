import { inflateRawSync } from 'node:zlib';
import { notASpreadsheet, workbookTooLarge } from './exchange.errors';

export interface ZipLimits {
  /** Most files the archive may hold. */
  maxEntries: number;
  /** Most bytes all its files may hold once unzipped. */
  maxUnzippedBytes: number;
}

/** One file of a zip archive, as its central directory gives it. */
export interface ZipEntry {
  name: string;
  method: number;
  /** Where its (compressed) bytes start in the archive. */
  start: number;
  compressedSize: number;
  declaredSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const damaged = () => notASpreadsheet('its zip structure is damaged.');

function endOfDirectory(file: Buffer): number {
  for (let at = file.length - 22; at >= Math.max(0, file.length - 22 - 0xffff); at--) {
    if (file.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** How many files the archive's directory lists (NOT_A_SPREADSHEET when it has none to read). */
export function zipEntryCount(file: Buffer): number {
  const end = endOfDirectory(file);
  if (end < 0) throw damaged();
  return file.readUInt16LE(end + 10);
}

/** The archive's files in directory order, each checked to lie within the archive (NOT_A_SPREADSHEET otherwise). */
export function* zipEntries(file: Buffer): Generator<ZipEntry> {
  const end = endOfDirectory(file);
  if (end < 0) throw damaged();
  const entries = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged();
    const nameLength = file.readUInt16LE(at + 28);
    const compressedSize = file.readUInt32LE(at + 20);
    const local = file.readUInt32LE(at + 42);
    if (local + 30 > file.length || file.readUInt32LE(local) !== LOCAL_HEADER) throw damaged();
    const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
    if (start + compressedSize > file.length || at + 46 + nameLength > file.length) throw damaged();
    yield {
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
      method: file.readUInt16LE(at + 10),
      start,
      compressedSize,
      declaredSize: file.readUInt32LE(at + 24),
    };
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
}

/** A file of the archive unzipped, inflated with an output cap; null when `maxBytes` is passed (its size cannot lie). */
export function unzipEntry(file: Buffer, entry: ZipEntry, maxBytes: number): Buffer | null {
  if (entry.declaredSize > maxBytes) return null;
  const data = file.subarray(entry.start, entry.start + entry.compressedSize);
  if (entry.method === STORED) return data.length > maxBytes ? null : data;
  if (entry.method !== DEFLATED) throw notASpreadsheet(`it uses a compression method (${entry.method}) Excel does not write.`);
  try {
    const content = inflateRawSync(data, { maxOutputLength: maxBytes + 1 });
    return content.length > maxBytes ? null : content;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
    throw damaged();
  }
}

/**
 * Checks a zip archive (an .xlsx) against size limits before any library unzips it: a small upload that would
 * unzip to gigabytes (a "zip bomb") is refused. Each file is really inflated, with an output cap, so sizes the
 * archive merely declares cannot lie. Throws NOT_A_SPREADSHEET for a damaged archive, WORKBOOK_TOO_LARGE past a limit.
 */
export function checkZipLimits(file: Buffer, limits: ZipLimits): void {
  const tooLarge = (what: string) => workbookTooLarge(what, limits);
  const entries = zipEntryCount(file);
  if (entries > limits.maxEntries) throw tooLarge(`it holds ${entries} files`);
  const unzipsTo = `its files unzip to more than ${Math.round(limits.maxUnzippedBytes / 1024 / 1024)} MB`;
  let unzipped = 0;
  for (const entry of zipEntries(file)) {
    const content = unzipEntry(file, entry, limits.maxUnzippedBytes - unzipped);
    if (content === null) throw tooLarge(unzipsTo);
    unzipped += content.length;
  }
}
