/**
 * The records the generator writes: the subset of seed/FORMAT.md it uses, with fields in the
 * order they are serialised (JSON.stringify keeps insertion order, which byte-identical output
 * relies on).
 */

export type Area =
  | 'social'
  | 'children'
  | 'disability'
  | 'employment'
  | 'work-injury'
  | 'family-benefits'
  | 'pension'
  | 'housing'
  | 'sickness-benefit';

export type ConsolidationType = 'MERGE' | 'REWRITE' | 'REPEAL';
export type Outcome = 'UPHELD' | 'CHANGED' | 'ANNULLED' | 'REMANDED' | 'DISMISSED';
export type AuthorityType = 'MUNICIPALITY' | 'UDBETALING_DANMARK' | 'OTHER';

export interface ReversalReasonRecord {
  kind: 'reversalReason';
  code: string;
  label: string;
}

export interface AuthorityRecord {
  kind: 'authority';
  code: string;
  name: string;
  type: AuthorityType;
}

export interface LawRecord {
  kind: 'law';
  id: string;
  title: string;
  shortTitle: string;
}

export interface ParagraphRecord {
  kind: 'paragraph';
  ref: string;
  title: string;
  validFrom: string;
  validTo?: string;
  replaces?: string[];
}

export interface RulingRecord {
  kind: 'ruling';
  number: string;
  title: string;
  summary: string;
  decidedOn: string;
  area: Area;
  paragraphs: string[];
  cites: string[];
}

export interface RepealRef {
  ruling: string;
  extent: 'FULL' | 'PARTIAL';
}

export interface ConsolidationRecord {
  kind: 'consolidation';
  id: string;
  title: string;
  decidedOn: string;
  type: ConsolidationType;
  issued: string[];
  repeals: RepealRef[];
  containsNewPractice: boolean;
}

export interface ComplaintCaseRecord {
  kind: 'complaintCase';
  id: string;
  receivedOn: string;
  decidedOn: string;
  authority: string;
  area: Area;
  paragraphs: string[];
  outcomes: Outcome[];
  applied: string[];
  reasons: string[];
}

export type SyntheticRecord =
  | ReversalReasonRecord
  | AuthorityRecord
  | LawRecord
  | ParagraphRecord
  | RulingRecord
  | ConsolidationRecord
  | ComplaintCaseRecord;

export type RecordKind = SyntheticRecord['kind'];
