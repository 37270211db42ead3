/**
 * Which of the two GraphQL response media types a client asked for with its Accept header,
 * following the GraphQL-over-HTTP spec: application/graphql-response+json when it is preferred,
 * application/json when it is preferred or nothing is said (legacy clients send no Accept), and
 * null when the client accepts neither (Apollo then answers 406).
 *
 * The choice decides status codes: with application/json a well-formed request that fails
 * parsing or validation is answered 200 (the errors are in the body), with
 * application/graphql-response+json it is answered 400.
 */
export type GraphQLMediaType = 'application/json' | 'application/graphql-response+json';

const CANDIDATES: GraphQLMediaType[] = ['application/graphql-response+json', 'application/json'];

interface Range {
  type: string;
  subtype: string;
  q: number;
  order: number;
}

function parseAccept(header: string): Range[] {
  return header.split(',').flatMap((part, order) => {
    const [mediaRange, ...params] = part.trim().split(';');
    const [type, subtype] = mediaRange.trim().toLowerCase().split('/');
    if (!type || !subtype) return [];
    const qParam = params.map((param) => param.trim().toLowerCase()).find((param) => param.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return Number.isFinite(q) ? [{ type, subtype, q, order }] : [];
  });
}

/** The most specific range matching a media type: exact beats type/* beats * / *. */
function bestMatch(
  ranges: Range[],
  mediaType: GraphQLMediaType,
): { q: number; specificity: number; order: number } | undefined {
  const [type, subtype] = mediaType.split('/');
  let best: { q: number; specificity: number; order: number } | undefined;
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === '*'
          ? 1
          : range.type === '*' && range.subtype === '*'
            ? 0
            : -1;
    if (specificity < 0) continue;
    if (!best || specificity > best.specificity) best = { q: range.q, specificity, order: range.order };
  }
  return best;
}

export function responseMediaType(accept: string | undefined | null): GraphQLMediaType | null {
  if (!accept || !accept.trim()) return 'application/json';
  const ranges = parseAccept(accept);
  const scored = CANDIDATES.map((mediaType) => ({ mediaType, match: bestMatch(ranges, mediaType) })).filter(
    (
      candidate,
    ): candidate is { mediaType: GraphQLMediaType; match: { q: number; specificity: number; order: number } } =>
      !!candidate.match && candidate.match.q > 0,
  );
  if (scored.length === 0) return null;
  // Higher q wins; then the more specific range; then the one the client listed first; then
  // application/json, which every client understands (a bare */* gets application/json).
  scored.sort(
    (a, b) =>
      b.match.q - a.match.q ||
      b.match.specificity - a.match.specificity ||
      a.match.order - b.match.order ||
      (a.mediaType === 'application/json' ? -1 : 1),
  );
  return scored[0].mediaType;
}
