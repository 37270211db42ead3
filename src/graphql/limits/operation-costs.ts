import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { costVariables } from './cost-variables';

type Estimate = (
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
) => number;

interface DocumentCosts {
  variables: readonly string[];
  costs: Map<string, number>;
}

/** Distinct values of a document's cost variables remembered at most; more start afresh. */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * Estimated costs remembered per parsed document. Apollo Server keeps the parsed DocumentNode of
 * each distinct query text in its document store and hands that same object to every request
 * sending the text, so a client repeating a query (the explorer's pages, a front end's queries)
 * pays the estimate, a pass over the whole document with type information, once per distinct
 * value of the few variables a cost can depend on (cost-variables.ts) instead of per request:
 * measured as 0.2 to 0.5 ms of each request on the bench's queries. Documents are held weakly:
 * one evicted from Apollo's store takes its costs with it.
 */
export class OperationCosts {
  private readonly byDocument = new WeakMap<DocumentNode, DocumentCosts>();

  constructor(private readonly estimate: Estimate) {}

  costOf(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
  ): number {
    let entry = this.byDocument.get(document);
    if (!entry) {
      entry = { variables: costVariables(document), costs: new Map() };
      this.byDocument.set(document, entry);
    }
    // A variable left out (its default applies) and one sent as null are different values.
    const values = entry.variables.map((name) => (name in variables ? [variables[name]] : []));
    const key = JSON.stringify([operation.name?.value ?? null, values]);
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      cost = this.estimate(document, operation, variables);
      if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
      entry.costs.set(key, cost);
    }
    return cost;
  }
}
