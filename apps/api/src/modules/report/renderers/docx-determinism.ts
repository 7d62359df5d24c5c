import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The docx library writes what differs from one build to the next although the content does not: the creation
 * and modification times in docProps/core.xml, a random key per embedded font (fontTable.xml) with each font file
 * obfuscated by its key, drawing ids counted across documents of the process, and the time of each file in the
 * zip. This rewrites them from the content and the report's date, so the same report builds to the same bytes
 * (an official edition's SHA-256 can be checked by building it again).
 */
export function makeDocxDeterministic(docx: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(docx);
  const text = (name: string) => strFromU8(files[name]);
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');

  files['docProps/core.xml'] = strToU8(
    text('docProps/core.xml').replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_, open: string, _tag: string, close: string) => open + stamp + close,
    ),
  );

  if (files['word/fontTable.xml'] && files['word/_rels/fontTable.xml.rels']) {
    const targets = new Map(
      [...text('word/_rels/fontTable.xml.rels').matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map(([, id, target]) => [id, `word/${target}`]),
    );
    files['word/fontTable.xml'] = strToU8(
      text('word/fontTable.xml').replace(/r:id="([^"]+)" w:fontKey="\{([0-9A-F-]+)\}"/g, (match, id: string, key: string) => {
        const path = targets.get(id);
        if (!path || !files[path]) return match;
        const font = obfuscate(files[path], key); // XOR is its own inverse: the font as it was
        const stableKey = guidOf(font);
        files[path] = obfuscate(font, stableKey);
        return `r:id="${id}" w:fontKey="{${stableKey}}"`;
      }),
    );
  }

  for (const name of Object.keys(files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))) {
    let next = 0;
    files[name] = strToU8(text(name).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++next}"`));
  }

  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = [content, { mtime: date }];
  return zipSync(zippable);
}

/** A GUID made from the font's own bytes. */
function guidOf(font: Uint8Array): string {
  const hex = createHash('sha256').update(font).digest('hex').slice(0, 32).toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** OOXML font obfuscation (ECMA-376 Part 2, 11.1): the first 32 bytes XOR the key's bytes, read from its end. */
function obfuscate(font: Uint8Array, key: string): Uint8Array<ArrayBuffer> {
  const bytes = (key.replace(/-/g, '').match(/../g) ?? []).map((pair) => parseInt(pair, 16)).reverse();
  const out = Uint8Array.from(font);
  for (let i = 0; i < 32 && i < out.length; i++) out[i] ^= bytes[i % bytes.length];
  return out;
}
