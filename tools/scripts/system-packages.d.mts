/** Types of system-packages.mjs, for the TypeScript test setups that import it. */
export class MissingSystemPackage extends Error {}
export function systemPostgresBin(root?: string): string | null;
export function ensureSystemPostgres(options?: { root?: string; install?: boolean }): void;
export function ensureChromium(path?: string, options?: { install?: boolean }): string;
