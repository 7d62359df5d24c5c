/**
 * One numbering of the plan everywhere — screens, PDF, Word and Excel (issue 21.13): every reference begins with the
 * one of its parent, as the actions' do. Pillar 1, its axis 2 → « 1-2 »; that axis's project 1 → « 1-2.1 »; its
 * action 1 → « 1-2.1.1 ».
 */
export function axisRef(pillarNumber: number, axisNumber: number): string {
  return `${pillarNumber}-${axisNumber}`;
}

/** The documents the seed cites (seed/source/README.md), by the name a reader knows them by. */
export const SOURCE_DOCUMENTS: Readonly<Record<string, string>> = {
  '002_29c6ca951ec700f7.txt': 'PNQ',
  '000_2bcaff4b9b5646a0.txt': 'IMANOR, bilan 2024 (presse)',
  '001_9e20ad3c13aae1a4.txt': 'IMANOR, présentation',
};

/**
 * The name of a seed's source document — never a file name made of a hash: a known document by its name, another
 * seed copy by its number in the folder (« document source 3 »), any other name as it is.
 */
export function sourceDocumentName(sourceFile: string): string {
  const known = SOURCE_DOCUMENTS[sourceFile];
  if (known) return known;
  const seedCopy = /^(\d+)_[0-9a-f]{8,}\.\w+$/.exec(sourceFile);
  return seedCopy ? `document source ${Number(seedCopy[1]) + 1}` : sourceFile;
}
