import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { guardDateArguments } from './date-scalar';
import { AreaResolver } from '../area/area.resolver';
import { AuditTrailResolver } from '../audit/audit-trail.resolver';
import { authChecker } from '../auth/auth-checker';
import { ChangesResolver } from '../changes/changes.resolver';
import { ApplicabilityResolver } from '../applicability/applicability.resolver';
import { ComplaintCaseResolver } from '../complaint-case/complaint-case.resolver';
import { ComplaintCaseLookupsResolver } from '../complaint-case/lookups.resolver';
import { RulingComplaintCasesResolver } from '../complaint-case/ruling-complaint-cases.resolver';
import { ConsolidationResolver } from '../consolidation/consolidation.resolver';
import { LawVersionsResolver } from '../corpus/law-versions.resolver';
import { ParagraphTextResolver } from '../corpus/paragraph-text.resolver';
import { RulingCorpusResolver } from '../corpus/ruling-corpus.resolver';
import { RulingConsolidationResolver } from '../consolidation/ruling-consolidation.resolver';
import { AddParagraphSuccessionMutation } from '../editing/add-paragraph-succession.mutation';
import { CorrectComplaintCaseMutation } from '../editing/correct-complaint-case.mutation';
import { CreateRulingMutation } from '../editing/create-ruling.mutation';
import { ImportRecordsMutation } from '../editing/import-records.mutation';
import { RecordConsolidationMutation } from '../editing/record-consolidation.mutation';
import { UpdateRulingMutation } from '../editing/update-ruling.mutation';
import { LawResolver } from '../law/law.resolver';
import { RulingCitationsResolver } from '../lineage/ruling-citations.resolver';
import { RulingLineageResolver } from '../lineage/ruling-lineage.resolver';
import { RulingStatusResolver } from '../lineage/ruling-status.resolver';
import { NodeResolver } from '../node/node.resolver';
import { ParagraphResolver } from '../paragraph/paragraph.resolver';
import { ParagraphOverviewResolver } from '../paragraph-overview/paragraph-overview.resolver';
import { AuthorityStatsResolver } from '../practice/authority-stats.resolver';
import { ParagraphPracticeResolver } from '../practice/paragraph-practice.resolver';
import { PracticeResolver } from '../practice/practice.resolver';
import { RulingResolver } from '../ruling/ruling.resolver';
import { RulingsByNumbersResolver } from '../ruling/rulings-by-numbers.resolver';
import { RulingListResolver } from '../ruling-list/ruling-list.resolver';
import { validateArguments } from './argument-validation';

export const RESOLVERS = [
  RulingResolver,
  ParagraphResolver,
  NodeResolver,
  RulingsByNumbersResolver,
  RulingLineageResolver,
  RulingStatusResolver,
  RulingCitationsResolver,
  ConsolidationResolver,
  RulingConsolidationResolver,
  ApplicabilityResolver,
  ParagraphOverviewResolver,
  RulingListResolver,
  PracticeResolver,
  ParagraphPracticeResolver,
  AuthorityStatsResolver,
  ComplaintCaseResolver,
  RulingComplaintCasesResolver,
  CreateRulingMutation,
  UpdateRulingMutation,
  RecordConsolidationMutation,
  AddParagraphSuccessionMutation,
  ImportRecordsMutation,
  CorrectComplaintCaseMutation,
  AuditTrailResolver,
  LawResolver,
  ComplaintCaseLookupsResolver,
  AreaResolver,
  ChangesResolver,
  RulingCorpusResolver,
  ParagraphTextResolver,
  LawVersionsResolver,
] as const;

export async function buildPraksisSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Every args and input class is checked with class-validator before a resolver runs.
    validateFn: validateArguments,
    // @Authorized(role) fields: mutations and the audit trail (src/auth/auth-checker.ts).
    authChecker,
  });
  // type-graphql has no decorator for the root types, yet tools show their descriptions too.
  schema.getQueryType()!.description =
    'Reads: rulings and their lineage and status, paragraphs and what applies to them, complaint-case practice.';
  schema.getMutationType()!.description =
    'Writes, each one transaction with its audit entry; every mutation needs a token with the role editor.';
  // A malformed Date argument fails only its own field, naming the argument (date-scalar.ts).
  return guardDateArguments(schema);
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printPraksisSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
