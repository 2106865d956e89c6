import { existsSync } from 'node:fs';
import { openSync, type Font } from 'fontkit';

/** Which of the two faces prints a piece of text. */
export type FaceName = 'primary' | 'fallback';

export interface Face {
  name: FaceName;
  font: Font;
}

export interface TextRun {
  face: FaceName;
  text: string;
}

/** Debian's fonts-noto-cjk: it has the Extension-B characters (𠮷 …) that Noto Sans SC lacks. */
export const FALLBACK_FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FALLBACK_FACE = 'NotoSansCJKsc-Regular';

/** A character neither font can draw: the notice is refused rather than printed with a box. */
export class UnprintableTextError extends Error {
  constructor(readonly characters: string[]) {
    super(
      `无法生成打印版：字符 ${characters
        .map((c) => `“${c}”（U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}）`)
        .join(
          '、',
        )} 在服务器的中文字体中都没有字形，打印出来会是方框。请安装含该字的字体（如 fonts-noto-cjk）后再下载`,
    );
    this.name = 'UnprintableTextError';
  }
}

let primary: Face | null = null;
let fallback: Face | null | undefined;

/**
 * Noto Sans SC (400 Regular, from npm), opened once per process: opening and reading the 10 MB file for
 * each document costs about 0.3 s, and one open font keeps fontkit's glyph cache warm across documents.
 */
export function primaryFace(): Face {
  primary ??= {
    name: 'primary',
    font: openSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
  };
  return primary;
}

/** The system's Noto Sans CJK SC, if installed (null otherwise); opened at most once per process. */
export function fallbackFace(): Face | null {
  if (fallback === undefined) {
    fallback = existsSync(FALLBACK_FONT_FILE)
      ? { name: 'fallback', font: openSync(FALLBACK_FONT_FILE, FALLBACK_FACE) }
      : null;
  }
  return fallback;
}

export function faceOf(name: FaceName): Face {
  const face = name === 'primary' ? primaryFace() : fallbackFace();
  if (!face) throw new Error(`font ${name} is not available`);
  return face;
}

/**
 * The text cut into runs of one face each, character by character (by code point, so 𠮷 is one):
 * Noto Sans SC where it has the glyph, else the system CJK face. A character neither has throws
 * UnprintableTextError naming it. Line breaks and tabs print as one space.
 */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const missing: string[] = [];
  for (const ch of text.replace(/[\t\n\v\f\r]+/g, ' ')) {
    const face = faceFor(ch.codePointAt(0) as number);
    if (!face) {
      if (!missing.includes(ch)) missing.push(ch);
      continue;
    }
    const last = runs[runs.length - 1];
    if (last?.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  if (missing.length) throw new UnprintableTextError(missing);
  return runs;
}

function faceFor(codePoint: number): FaceName | null {
  if (primaryFace().font.hasGlyphForCodePoint(codePoint)) return 'primary';
  if (fallbackFace()?.font.hasGlyphForCodePoint(codePoint)) return 'fallback';
  return null;
}

const widths = new Map<string, number>();

/** Advance width of one character at 1 pt (cached per process; CJK text has no kerning to lose). */
export function charWidth(face: FaceName, ch: string): number {
  const key = face + ch;
  let width = widths.get(key);
  if (width === undefined) {
    const { font } = faceOf(face);
    width = font.layout(ch).advanceWidth / font.unitsPerEm;
    widths.set(key, width);
  }
  return width;
}

/** Throws one UnprintableTextError naming every character of `texts` that no font can draw. */
export function assertPrintable(texts: Iterable<string>): void {
  const missing = new Set<string>();
  for (const text of texts) {
    try {
      textRuns(text);
    } catch (error) {
      if (!(error instanceof UnprintableTextError)) throw error;
      for (const ch of error.characters) missing.add(ch);
    }
  }
  if (missing.size) throw new UnprintableTextError([...missing]);
}
