import { ApplicabilityRepository } from './applicability/applicability.repository';
import { AuditRepository } from './audit/audit.repository';
import { ChangesRepository } from './changes/changes.repository';
import { viewerOf, type Authentication } from './auth/viewer';
import { createComplaintCaseLoaders } from './complaint-case/complaint-case.loaders';
import { ComplaintCaseRepository } from './complaint-case/complaint-case.repository';
import { createConsolidationLoaders } from './consolidation/consolidation.loaders';
import { ConsolidationRepository } from './consolidation/consolidation.repository';
import { createCorpusLoaders } from './corpus/corpus.loaders';
import { CorpusRepository } from './corpus/corpus.repository';
import { RoundTripCounter, type Neo4jExecutor } from './db/executor';
import { EditingRepository } from './editing/editing.repository';
import type { LoaderOptions } from './graphql/loader-options';
import { QueryPlanner } from './graphql/planner/query-planner';
import { LawRepository } from './law/law.repository';
import { createLineageLoaders } from './lineage/lineage.loaders';
import { LineageRepository } from './lineage/lineage.repository';
import { createParagraphLoaders } from './paragraph/paragraph.loaders';
import { ParagraphRepository } from './paragraph/paragraph.repository';
import { ParagraphOverviewRepository } from './paragraph-overview/paragraph-overview.repository';
import { createPracticeLoaders } from './practice/practice.loaders';
import { PracticeRepository } from './practice/practice.repository';
import { createRulingLoaders } from './ruling/ruling.loaders';
import { RulingRepository } from './ruling/ruling.repository';
import { RulingListRepository } from './ruling-list/ruling-list.repository';

function createRepositories(executor: Neo4jExecutor) {
  return {
    rulings: new RulingRepository(executor),
    paragraphs: new ParagraphRepository(executor),
    laws: new LawRepository(executor),
    lineage: new LineageRepository(executor),
    consolidations: new ConsolidationRepository(executor),
    applicability: new ApplicabilityRepository(executor),
    paragraphOverview: new ParagraphOverviewRepository(executor),
    rulingList: new RulingListRepository(executor),
    complaintCases: new ComplaintCaseRepository(executor),
    practice: new PracticeRepository(executor),
    editing: new EditingRepository(executor),
    audit: new AuditRepository(executor),
    changes: new ChangesRepository(executor),
    corpus: new CorpusRepository(executor),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

function createLoaders(repositories: Repositories, loaderOptions: LoaderOptions) {
  return {
    ...createRulingLoaders(repositories.rulings, loaderOptions),
    ...createParagraphLoaders(repositories.paragraphs, repositories.laws, loaderOptions),
    ...createLineageLoaders(repositories.lineage, loaderOptions),
    ...createConsolidationLoaders(repositories.consolidations, loaderOptions),
    ...createComplaintCaseLoaders(repositories.complaintCases, loaderOptions),
    ...createPracticeLoaders(repositories.practice, loaderOptions),
    ...createCorpusLoaders(repositories.corpus, loaderOptions),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Per request: its own round-trip counter and fresh DataLoaders, so batching and caching never
 * leak between requests (no answer is cached across requests).
 */
export function createContext(
  executor: Neo4jExecutor,
  loaderOptions: LoaderOptions = { batch: true },
  authentication: Authentication = { kind: 'anonymous' },
) {
  const roundTrips = new RoundTripCounter();
  const counted = executor.withCounter(roundTrips);
  const repositories = createRepositories(counted);
  const loaders = createLoaders(repositories, loaderOptions);
  // The planner's values live in the loaders' caches, so this also drops what it prefetched.
  repositories.editing.afterCommit = () => Object.values(loaders).forEach((loader) => loader.clearAll());
  return {
    roundTrips,
    authentication,
    /** The verified token's subject and roles; undefined without a valid token (src/auth/). */
    viewer: viewerOf(authentication),
    repositories,
    loaders,
    planner: new QueryPlanner(counted, loaders, loaderOptions.compile !== false),
  };
}

export type Context = ReturnType<typeof createContext>;
