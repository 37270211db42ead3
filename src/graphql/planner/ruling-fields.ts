import { int } from 'neo4j-driver';
import { ComplaintCasesArgs } from '../../complaint-case/complaint-cases.args';
import { cursorParameter, NEWEST_DECISION_FIRST } from '../../complaint-case/complaint-case.repository';
import { casePosition } from '../../complaint-case/ruling-complaint-cases.resolver';
import { LineageArgs } from '../../lineage/lineage.args';
import { toRulingStatusRecord, type NarrowedRulingStatusRecord } from '../../lineage/ruling-status.type';
import { RulingStatusArgs } from '../../lineage/ruling-status.args';
import { isKindOnly } from '../../lineage/status-selection';
import { todayIso } from '../../shared/iso-date';
import { pageRequest } from '../connection';
import { keysetClauses } from '../keyset';
import { render, validArguments, type FieldCompiler } from './field-compiler';
import { fieldsAt, fieldsOf } from './selection';

/** A lineage field (replaces, replacedBy): its fragment, loader and the rulings of its steps. */
function lineageSteps(fragment: string, loader: 'replacesOfRuling' | 'replacedByOfRuling'): FieldCompiler {
  return (field, node, context) => {
    const args = validArguments(LineageArgs, field);
    if (!args) return null;
    return {
      body: render(context, fragment, { ruling: node, maxDepth: context.parameters.add(int(args.maxDepth)) }),
      prime: (loaders, number, value) => loaders[loader].prime({ number, maxDepth: args.maxDepth }, value as never),
      nested: {
        kind: 'Ruling',
        keysIn: (c) => `[step IN ${c} | step.ruling.number]`,
        selection: fieldsAt(field, ['ruling']),
      },
    };
  };
}

/** A list of rulings (cites, citedBy) keyed by the ruling's number. */
function rulingList(fragment: string, loader: 'citesOfRuling' | 'citedByOfRuling'): FieldCompiler {
  return (field, node, context) => ({
    body: render(context, fragment, { ruling: node }),
    prime: (loaders, number, value) => loaders[loader].prime(number, value as never),
    nested: { kind: 'Ruling', keysIn: (c) => `[ruling IN ${c} | ruling.number]`, selection: fieldsOf(field) },
  });
}

/** The fields of Ruling the planner compiles; the others are left to their resolvers. */
export const RULING_FIELDS: Readonly<Record<string, FieldCompiler>> = {
  status: (field, node, context) => {
    const args = validArguments(RulingStatusArgs, field);
    if (!args) return null;
    // The resolver's default, so the primed key is the one it asks.
    const asOf = args.asOf ?? todayIso();
    // As the resolver: the kind alone where nothing else is selected.
    if (isKindOnly(field)) {
      return {
        body: render(context, 'lineage/status-kind', { ruling: node, asOf: context.parameters.add(asOf) }),
        prime: (loaders, number, value) => loaders.rulingStatusKind.prime({ number, asOf }, value as never),
      };
    }
    return {
      body: render(context, 'lineage/status', { ruling: node, asOf: context.parameters.add(asOf) }),
      // Narrowed to the parts the operation asks (narrowing.ts), which are all its resolvers read;
      // the record's key is the one asked, not read back.
      prime: (loaders, number, value) =>
        loaders.rulingStatus.prime(
          { number, asOf },
          toRulingStatusRecord({ ...(value as NarrowedRulingStatusRecord), number, asOf }) as never,
        ),
    };
  },
  replaces: lineageSteps('lineage/replaces', 'replacesOfRuling'),
  replacedBy: lineageSteps('lineage/replaced-by', 'replacedByOfRuling'),
  lineage: (field, node, context) => {
    const args = validArguments(LineageArgs, field);
    if (!args) return null;
    return {
      body: render(context, 'lineage/graph', { ruling: node, maxDepth: context.parameters.add(int(args.maxDepth)) }),
      prime: (loaders, number, value) =>
        loaders.lineageOfRuling.prime({ number, maxDepth: args.maxDepth }, value as never),
      nested: {
        kind: 'Ruling',
        keysIn: (c) => `[node IN ${c}.nodes | node.ruling.number]`,
        selection: fieldsAt(field, ['nodes', 'ruling']),
      },
    };
  },
  cites: rulingList('lineage/cites', 'citesOfRuling'),
  citedBy: rulingList('lineage/cited-by', 'citedByOfRuling'),
  paragraphs: (field, node, context) => ({
    body: render(context, 'ruling/paragraphs', { ruling: node }),
    prime: (loaders, number, value) => loaders.paragraphsOfRuling.prime(number, value as never),
    nested: { kind: 'Paragraph', keysIn: (c) => `[paragraph IN ${c} | paragraph.ref]`, selection: fieldsOf(field) },
  }),
  complaintCases: (field, node, context) => {
    const args = validArguments(ComplaintCasesArgs, field);
    if (!args) return null;
    // As the resolver reads the page; a malformed cursor throws here and is left to it.
    const request = pageRequest(args);
    const key = {
      size: request.size,
      cursor: casePosition(request.cursor, request.cursorArgument),
      backward: request.backward,
    };
    const { seek, orderBy } = keysetClauses(NEWEST_DECISION_FIRST, key.backward, 'cursor');
    return {
      body: render(context, 'complaint-case/cases-page', {
        ruling: node,
        cursor: context.parameters.add(cursorParameter({ number: '', ...key })),
        seek,
        orderBy,
        limit: context.parameters.add(int(key.size + 1)),
      }),
      prime: (loaders, number, value) => loaders.complaintCasesOfRuling.prime({ number, ...key }, value as never),
    };
  },
};
