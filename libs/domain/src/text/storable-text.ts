/**
 * Text the tracker can store and export: any Unicode text except
 * - a NUL (U+0000), which PostgreSQL cannot store,
 * - another C0 control character than tab, line feed and carriage return (U+0001–U+0008, U+000B, U+000C,
 *   U+000E–U+001F), and the noncharacters U+FFFE and U+FFFF, which an XML document — the Excel exports, the
 *   Word report — cannot hold,
 * - a lone surrogate (half of a UTF-16 pair): the text is not Unicode at all, and neither UTF-8 nor JSON can carry it.
 * One rule for every string an API receives (GraphQL arguments and variables, the file routes' parameters).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's purpose
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why the text cannot be stored (a sentence to follow "the value …"), or null when it can. */
export function unstorableTextProblem(text: string): string | null {
  const found = FORBIDDEN_CHARACTER.exec(text);
  if (!found) return null;
  const character = found[0];
  const position = `at position ${found.index + 1}`;
  if (character === '\u0000') return `holds a NUL character (U+0000) ${position}, which text cannot contain`;
  if (/[\ud800-\udfff]/.test(character)) return `holds a lone surrogate (${codePoint(character)}) ${position}: it is not valid Unicode text`;
  return `holds the control character ${codePoint(character)} ${position}, which text cannot contain`;
}

/** A path into a value: "input.comment", "ids[2]". */
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * The first string of a decoded JSON value (object keys included) that cannot be stored, with where it is; null
 * when none. Iterative, so that a deeply nested value cannot exhaust the stack.
 */
export function findUnstorableText(value: unknown, root = ''): { path: string; problem: string } | null {
  const pending: [unknown, string][] = [[value, root]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [current, path] = next;
    if (typeof current === 'string') {
      const problem = unstorableTextProblem(current);
      if (problem) return { path: path || 'the value', problem };
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) pending.push([current[index], join(path, index)]);
    } else if (current && typeof current === 'object') {
      const entries = Object.entries(current);
      for (const [key] of entries) {
        const problem = unstorableTextProblem(key);
        if (problem) return { path: join(path, JSON.stringify(key).slice(1, -1)), problem: `(a field name) ${problem}` };
      }
      for (let index = entries.length - 1; index >= 0; index--) pending.push([entries[index][1], join(path, entries[index][0])]);
    }
  }
  return null;
}
