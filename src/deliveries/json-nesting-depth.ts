const [quote, backslash, openBrace, closeBrace, openBracket, closeBracket] = [34, 92, 123, 125, 91, 93];

/**
 * How deep the objects and arrays of a JSON text nest, counted without parsing it: brackets inside
 * strings do not count. A cheap linear scan to run before `JSON.parse`, so that a line nested a
 * hundred thousand deep is a row problem and not a stack overflow (in parsing, or in stringifying
 * the value later).
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === backslash) i++;
      else if (c === quote) inString = false;
    } else if (c === quote) inString = true;
    else if (c === openBrace || c === openBracket) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === closeBrace || c === closeBracket) depth--;
  }
  return deepest;
}
