/**
 * The soak's request mix on the reference seed (README command 1): the reads of the README's
 * examples and of the explorer's pages, a CSV download, and, when writes are on, an editor's
 * updateRuling. Each is one HTTP request; the soak deals them out in turn.
 */
export interface SoakRequest {
  name: string;
  /** GraphQL over POST, or a GET of a download path. */
  graphql?: { query: string; variables?: Record<string, unknown> };
  get?: string;
  /** Sent with the editor's key. */
  write?: boolean;
}

/** The ruling the writes change; created once by the soak (with an idempotency key). */
export const SOAK_RULING = { number: '999-25', decidedOn: '2025-01-01', area: 'children', paragraphs: ['BL § 86'] };

export const CREATE_SOAK_RULING = {
  query: `mutation ($input: NewRulingInput!) { createRuling(input: $input, idempotencyKey: "soak-ruling") { number } }`,
  variables: { input: { ...SOAK_RULING, title: 'Soak 0' } },
};

const READS: SoakRequest[] = [
  {
    name: 'ruling-lineage',
    graphql: {
      query: `{ ruling(number: "51-19") { number title replaces(maxDepth: 8) { depth ruling { number title } extent on }
                status(asOf: "2020-01-01") { status flag reasons { code label } } } }`,
    },
  },
  {
    name: 'search',
    graphql: {
      query: `{ searchRulings(text: "kompressionsstrømpe", first: 10) { totalCount edges { node { number title } } } }`,
    },
  },
  {
    name: 'applicable',
    graphql: {
      query: `{ applicableRulings(paragraph: "barnets lov §86", asOf: "2024-06-01") { ruling { number title } status via { ref } direct } }`,
    },
  },
  {
    name: 'practice',
    graphql: {
      query: `{ practice(filter: { paragraph: "BL § 86", decidedFrom: "2019-01-01" }) { decided onMerits reversalRate
                outcomes { upheld changed } byYear { year decided reversalRate }
                byAuthority(first: 10) { authority { code name } onMerits reversalRate } } }`,
    },
  },
  {
    name: 'list',
    graphql: {
      query: `{ rulings(first: 20, orderBy: { field: TITLE, direction: ASC }) { totalCount edges { cursor node { number title status(asOf: "2024-06-01") { flag } } } } }`,
    },
  },
  { name: 'overview-csv', get: '/paragraph-overview/BL.csv?asOf=2024-06-01' },
];

/** The mix, one write in every seven requests when writes are on. */
export function soakRequests(writes: boolean): SoakRequest[] {
  if (!writes) return READS;
  return [
    ...READS,
    {
      name: 'update-ruling',
      write: true,
      graphql: {
        query: `mutation ($input: UpdateRulingInput!) { updateRuling(input: $input) { number title } }`,
        // The title is set per request by the soak, so every write changes something.
        variables: { input: { number: SOAK_RULING.number } },
      },
    },
  ];
}
