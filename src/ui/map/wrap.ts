import { EM_PER_CHAR, MAP_FONT, type TextMeasure } from './layout-types';

/** The estimate used where nothing measures: each character {@link EM_PER_CHAR} ems wide. */
export const estimateWidth: TextMeasure = (text, font) =>
  text.length * MAP_FONT[font].size * EM_PER_CHAR;

/**
 * Splits text into lines of at most `width` pixels at `font`, as `measure`
 * says they are drawn; a word wider than a line is broken where it must be.
 */
export function wrap(
  text: string,
  width: number,
  font: keyof typeof MAP_FONT,
  measure: TextMeasure = estimateWidth,
): string[] {
  const fits = (line: string) => measure(line, font) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
    } else {
      if (line) lines.push(line);
      line = word;
      while (!fits(line) && line.length > 1) {
        let cut = 1;
        while (cut < line.length - 1 && fits(line.slice(0, cut + 1))) cut++;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
