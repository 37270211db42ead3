import { Fragment } from 'react';

// A search hit's excerpt with the searched words marked. The segments come from the API
// (RulingEdge.snippet in searchRulings); `snippetSegments` builds them from the summary only
// where the API gives none (rulings() lists have no snippet).
export interface SnippetSegment {
  text: string;
  match: boolean;
}

const EXCERPT_LENGTH = 220;

/** Words of at least 3 letters; a prefix of 5 letters catches Danish inflections (strømpe/strømper). */
function wordPatterns(words: string): string[] {
  return words
    .toLocaleLowerCase('da')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3)
    .map((word) => (word.length > 6 ? word.slice(0, word.length - 2) : word));
}

export function snippetSegments(text: string, words: string): SnippetSegment[] {
  const patterns = wordPatterns(words);
  const lower = text.toLocaleLowerCase('da');
  const first =
    patterns
      .map((p) => lower.indexOf(p))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, first - 60);
  const excerpt =
    (start > 0 ? '… ' : '') +
    text.slice(start, start + EXCERPT_LENGTH) +
    (start + EXCERPT_LENGTH < text.length ? ' …' : '');
  if (patterns.length === 0) return [{ text: excerpt, match: false }];
  const escaped = patterns.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words starting with a searched stem are marked.
  const matcher = new RegExp(`((?:${escaped.join('|')})[\\p{L}\\p{N}]*)`, 'giu');
  // split() with one capturing group puts the matches at the odd indexes.
  return excerpt
    .split(matcher)
    .map((part, index) => ({ text: part, match: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}

export function SearchSnippet({ segments }: { segments: SnippetSegment[] }) {
  return (
    <p className="snippet">
      {segments.map((segment, index) => (
        <Fragment key={index}>{segment.match ? <mark>{segment.text}</mark> : segment.text}</Fragment>
      ))}
    </p>
  );
}
