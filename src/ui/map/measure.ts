import { MAP_FONT, type TextMeasure } from './layout';

/**
 * Measures the map's words on `ruler`, a hidden text in the drawing itself,
 * so each width takes in the person's own fonts and text spacing. Each
 * piece of text is measured once.
 */
export function measureOn(ruler: SVGTextElement): TextMeasure {
  const known = new Map<string, number>();
  return (text, font) => {
    const key = `${font}:${text}`;
    let width = known.get(key);
    if (width === undefined) {
      ruler.setAttribute('font-size', String(MAP_FONT[font].size));
      ruler.textContent = text;
      width = Math.max(ruler.getComputedTextLength(), ruler.getBBox().width);
      known.set(key, width);
    }
    return width;
  };
}
