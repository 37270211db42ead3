import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditTrailResolver } from '../audit/audit-trail.resolver';
import { authChecker } from '../auth/auth-checker';
import { ApplicabilityResolver } from '../applicability/applicability.resolver';
import { ComplaintCaseResolver } from '../complaint-case/complaint-case.resolver';
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
import { RulingCitationsResolver } from '../lineage/ruling-citations.resolver';
import { RulingLineageResolver } from '../lineage/ruling-lineage.resolver';
import { RulingStatusResolver } from '../lineage/ruling-status.resolver';
import { NodeResolver } from '../node/node.resolver';
import { ParagraphResolver } from '../paragraph/paragraph.resolver';
import { ParagraphOverviewResolver } from '../paragraph-overview/paragraph-overview.resolver';
import { ParagraphPracticeResolver } from '../practice/paragraph-practice.resolver';
import { PracticeResolver } from '../practice/practice.resolver';
import { RulingResolver } from '../ruling/ruling.resolver';
import { RulingsByNumbersResolver } from '../ruling/rulings-by-numbers.resolver';
import { RulingListResolver } from '../ruling-list/ruling-list.resolver';

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
  ComplaintCaseResolver,
  RulingComplaintCasesResolver,
  CreateRulingMutation,
  UpdateRulingMutation,
  RecordConsolidationMutation,
  AddParagraphSuccessionMutation,
  ImportRecordsMutation,
  CorrectComplaintCaseMutation,
  AuditTrailResolver,
  RulingCorpusResolver,
  ParagraphTextResolver,
  LawVersionsResolver,
] as const;

export function buildPraksisSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    // Every args and input class is checked with class-validator before a resolver runs.
    validate: { forbidUnknownValues: false },
    // @Authorized(role) fields: mutations and the audit trail (src/auth/auth-checker.ts).
    authChecker,
  });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printPraksisSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
