// fontkit (the font engine pdfkit uses) ships no types; the report only asks a font which characters it has.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}
