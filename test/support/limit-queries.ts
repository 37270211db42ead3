/**
 * Queries the README states the cost of, shared by the unit test of the limits and the API test
 * that runs them on the real service.
 */

/** 50 rulings with status and replaces to depth 8: fits the default complexity limit. */
export const FIFTY_WITH_LINEAGE = `query Fifty($numbers: [String!]!) {
  rulingsByNumbers(numbers: $numbers) {
    number title
    status(asOf: "2024-01-01") { status repealedOn successors { number } }
    replaces(maxDepth: 8) { depth on extent ruling { number title decidedOn } }
  }
}`;

/** ruling -> cites -> cites ...: a query with `levels` levels of selections. */
export function nestedQuery(levels: number): string {
  return `{ ruling(number: "51-19") { ${'cites { '.repeat(levels - 2)}number${' }'.repeat(levels - 2)} } }`;
}

/**
 * 12 levels (the default depth limit) through consolidations and the rulings they issued: a deep
 * but legitimate query, since each level has one consolidation and few rulings.
 */
export const DEEP_CONSOLIDATIONS = `{
  ruling(number: "51-19") {
    issuedBy { issued { issuedBy { issued { issuedBy { issued { issuedBy { issued { issuedBy { issued { number } } } } } } } } } }
  }
}`;
