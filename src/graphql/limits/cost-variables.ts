import { visit, type DocumentNode } from 'graphql';
import { COST_ARGUMENTS } from './complexity-estimators';

/**
 * The variables an operation's estimated cost can depend on: those used (anywhere inside the
 * value) in an argument the estimator reads (COST_ARGUMENTS: page sizes, lineage depth, lists of
 * keys) or in a directive (`@skip(if:)`/`@include(if:)` decide what is counted at all). Any other
 * variable (`number`, `asOf`, a filter) leaves the cost as it is. The whole document is read, not
 * only the operation's own fragments: a superset is still exact.
 */
export function costVariables(document: DocumentNode): readonly string[] {
  const names = new Set<string>();
  // How many cost-bearing arguments or directives enclose the node being visited.
  let inside = 0;
  const costBearing = (name: string) => COST_ARGUMENTS.has(name);
  visit(document, {
    Argument: {
      enter: (node) => {
        if (costBearing(node.name.value)) inside++;
      },
      leave: (node) => {
        if (costBearing(node.name.value)) inside--;
      },
    },
    Directive: {
      enter: () => {
        inside++;
      },
      leave: () => {
        inside--;
      },
    },
    Variable: (node) => {
      if (inside > 0) names.add(node.name.value);
    },
  });
  return [...names].sort();
}
