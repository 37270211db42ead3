/**
 * The snippet of a search hit: where the searched words occur in the ruling's title, summary or
 * full text, as segments marked match or not, so a page can highlight them without HTML from the
 * API. The index stems Danish words, so a hit may hold "kompressionsstrømper" for the word
 * "kompressionsstrømpe"; a word of the text counts as a match when it shares with a searched word
 * all but the last three letters of the shorter of the two (a word under five letters: all of
 * it), which is roughly what the stemmer strips (plural and definite endings).
 */
export interface SnippetSegmentRecord {
  text: string;
  match: boolean;
}

export interface SnippetRecord {
  field: 'title' | 'summary' | 'fullText';
  segments: SnippetSegmentRecord[];
}

/** Words around the first match kept from a long field, each side. */
const CONTEXT_WORDS = 12;
const ELLIPSIS = '…';
const WORD = /[\p{L}\p{N}]+/gu;

function searchTerms(text: string): string[] {
  return [
    ...new Set((text.normalize('NFC').toLocaleLowerCase('da').match(WORD) ?? []).filter((term) => term.length > 1)),
  ];
}

function matches(word: string, terms: readonly string[]): boolean {
  const lower = word.toLocaleLowerCase('da');
  return terms.some((term) => {
    const shorter = Math.min(term.length, lower.length);
    // A short searched word must begin the word whole ("hjem" in "hjemmet"), a longer one all
    // but its ending.
    const needed = shorter < 5 ? term.length : Math.max(4, shorter - 3);
    let common = 0;
    while (common < shorter && term[common] === lower[common]) common += 1;
    return common >= needed;
  });
}

/** The field as alternating pieces: words (tested) and what lies between them. */
function tokens(value: string): { text: string; word: boolean }[] {
  const pieces: { text: string; word: boolean }[] = [];
  let last = 0;
  for (const found of value.matchAll(WORD)) {
    if (found.index! > last) pieces.push({ text: value.slice(last, found.index), word: false });
    pieces.push({ text: found[0], word: true });
    last = found.index! + found[0].length;
  }
  if (last < value.length) pieces.push({ text: value.slice(last), word: false });
  return pieces;
}

function segmentsOf(value: string, terms: readonly string[], whole: boolean): SnippetSegmentRecord[] | null {
  const pieces = tokens(value).map((piece) => ({ text: piece.text, match: piece.word && matches(piece.text, terms) }));
  const first = pieces.findIndex((piece) => piece.match);
  if (first < 0) return null;
  let from = 0;
  let to = pieces.length;
  if (!whole) {
    // Words and separators alternate, so 2 pieces make one word of context.
    from = Math.max(0, first - 2 * CONTEXT_WORDS);
    to = Math.min(pieces.length, first + 2 * CONTEXT_WORDS + 1);
  }
  const kept = pieces.slice(from, to);
  if (from > 0) kept.unshift({ text: ELLIPSIS, match: false });
  if (to < pieces.length) kept.push({ text: ELLIPSIS, match: false });
  // Neighbouring pieces with the same marking become one segment.
  const merged: SnippetSegmentRecord[] = [];
  for (const piece of kept) {
    const previous = merged[merged.length - 1];
    if (previous && previous.match === piece.match) previous.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}

/**
 * The first of title, summary and full text that holds a searched word, the title whole and the
 * others cut to the words around the first match; the title unmarked when none does (a hit on
 * the number, say).
 */
export function buildSnippet(
  text: string,
  fields: { title: string; summary: string | null; fullText: string | null },
): SnippetRecord {
  const terms = searchTerms(text);
  const title = segmentsOf(fields.title, terms, true);
  if (title) return { field: 'title', segments: title };
  for (const field of ['summary', 'fullText'] as const) {
    const value = fields[field];
    const segments = value ? segmentsOf(value, terms, false) : null;
    if (segments) return { field, segments };
  }
  return { field: 'title', segments: [{ text: fields.title, match: false }] };
}
