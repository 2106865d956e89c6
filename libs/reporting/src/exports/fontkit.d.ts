/**
 * The few parts of fontkit 2 (pdfkit's own font engine, installed with it) that the printable notice
 * uses: opening a font once per process and asking it for glyphs. fontkit ships no type declarations.
 */
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string, postscriptName?: string): Font;
}
