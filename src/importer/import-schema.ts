import type { FromSchema } from 'json-schema-to-ts';

/**
 * The NDJSON interchange contract, as JSON Schema: the single source of truth. The importer
 * validates with it (ajv), the record types below are derived from it, and it is emitted to
 * schema/import.schema.json so data providers can validate before sending (CI fails on drift).
 * Checks a schema cannot express (references, dates in the future, CPR-like text, cycles) are
 * made by the importer and listed in each field's description.
 */

const isoDate = {
  type: 'string',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  format: 'date',
  description: 'A calendar date, YYYY-MM-DD.',
} as const;
const text = <const M extends number>(maxLength: M, description: string) =>
  ({
    type: 'string',
    minLength: 1,
    maxLength,
    description: `${description} Must not contain anything shaped like a CPR number.`,
  }) as const;
const paragraphRef = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  description:
    'A paragraph reference, e.g. "SEL § 41", "serviceloven § 41", "SEL § 112 stk. 1". Must resolve to a paragraph earlier in the stream or in the database.',
} as const;
const rulingNumber = {
  type: 'string',
  minLength: 1,
  maxLength: 40,
  description: 'A ruling number, "51-19" or "C-16-99" ("SM C-16-99" is accepted and normalised).',
} as const;
const datePrecision = {
  enum: ['DAY', 'MONTH', 'YEAR'],
  description: 'How much of the date the source states; a month-only date is given as its first day with MONTH.',
} as const;
const eli = {
  type: 'string',
  pattern: '^https?://',
  maxLength: 300,
  description: 'European Legislation Identifier URL.',
} as const;
export const AREAS = [
  'social',
  'children',
  'disability',
  'employment',
  'work-injury',
  'family-benefits',
  'pension',
  'housing',
  'sickness-benefit',
] as const;
const area = { enum: AREAS, description: 'Area of law.' } as const;
export const OUTCOMES = ['UPHELD', 'CHANGED', 'ANNULLED', 'REMANDED', 'DISMISSED'] as const;
const eliList = (description: string) =>
  ({ type: 'array', items: eli, maxItems: 500, uniqueItems: true, description }) as const;
const lawId = { type: 'string', pattern: '^[A-Z]{2,8}$', description: 'Short code: SEL, BL, LAS ...' } as const;
// Where an extracted fact was read (official-corpus imports): shown by Ruling.sources.
const factSources = {
  type: 'array',
  maxItems: 500,
  items: {
    type: 'object',
    properties: {
      fact: {
        type: 'string',
        minLength: 1,
        maxLength: 500,
        description: 'The fact, e.g. "interprets SEL § 41 stk. 1" or "repeals 10-18 (FULL)".',
      },
      documentEli: { ...eli, description: 'ELI of the document the fact was read from.' },
      location: {
        type: 'string',
        minLength: 1,
        maxLength: 1000,
        description: 'Heading and line of the document it was read from.',
      },
    },
    required: ['fact', 'location'],
    additionalProperties: false,
  },
  description: 'Where each extracted fact came from (document ELI, heading and line).',
} as const;

const record = <const K extends string, const P extends Record<string, unknown>, const R extends readonly string[]>(
  kind: K,
  description: string,
  properties: P,
  required: R,
) =>
  ({
    type: 'object',
    description,
    properties: { kind: { const: kind }, ...properties },
    required: ['kind', ...required],
    additionalProperties: false,
  }) as const;

export const lawRecordSchema = record(
  'law',
  'A law.',
  {
    id: lawId,
    title: text(300, 'Full title.'),
    shortTitle: text(120, 'Common name, e.g. serviceloven.'),
    eli,
  },
  ['id', 'title', 'shortTitle'] as const,
);

export const paragraphRecordSchema = record(
  'paragraph',
  'A provision of a law; its law must come earlier.',
  {
    ref: paragraphRef,
    title: text(300, 'Heading of the provision.'),
    validFrom: isoDate,
    validTo: { ...isoDate, description: 'Last day in force; not before validFrom.' },
    replaces: {
      type: 'array',
      items: paragraphRef,
      maxItems: 50,
      uniqueItems: true,
      description: 'Paragraphs this one succeeds (renumbering), on its validFrom. Succession may not form a cycle.',
    },
    label: {
      type: 'string',
      minLength: 1,
      maxLength: 40,
      description: 'The paragraph as the law labels it, e.g. "§ 1 a".',
    },
    chapter: text(300, 'The chapter it stands in, e.g. "Kapitel 1 Formål".'),
    subsections: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          number: {
            type: 'integer',
            minimum: 1,
            maximum: 999,
            description: 'Stk. number; the first, unlabelled subsection is 1.',
          },
          text: {
            type: 'string',
            minLength: 1,
            maxLength: 20000,
            description: 'Text, one line per line of the law (numbered items as "1) ...").',
          },
        },
        required: ['number', 'text'],
        additionalProperties: false,
      },
      description: 'The subsections (stk.) with their text, in order.',
    },
    footnotes: {
      type: 'array',
      maxItems: 100,
      items: { type: 'string', minLength: 1, maxLength: 5000 },
      description: 'Footnotes of the paragraph, e.g. "1) Paragraffen er ændret ved ...".',
    },
    repealed: { type: 'boolean', description: 'True where the law text marks the paragraph repealed ("(Ophævet)").' },
  },
  ['ref'] as const,
);

export const lawVersionRecordSchema = record(
  'lawVersion',
  'One published version of a law (LOV or LBK) with its ELI metadata; its law must come earlier.',
  {
    eli: {
      ...eli,
      description: 'ELI URI of this version, the key (https://www.retsinformation.dk/eli/lta/YEAR/NUMBER).',
    },
    law: { ...lawId, description: 'Code of the law it is a version of.' },
    accessionNumber: {
      type: 'string',
      pattern: '^[A-Z]\\d{8,}$',
      description: 'Retsinformation accession number, e.g. A20250060330.',
    },
    documentType: {
      type: 'string',
      pattern: '^[A-Z]{2,8}$',
      description: 'ELI document type, e.g. LBKH (consolidated law) or LOVH (law).',
    },
    title: text(300, 'Title of the version.'),
    shortTitle: {
      type: 'string',
      minLength: 1,
      maxLength: 120,
      description: 'Short title, e.g. "LBK nr 603 af 12/05/2025".',
    },
    documentDate: { ...isoDate, description: 'Date of the document (DiesSigni).' },
    startDate: { ...isoDate, description: 'First day in force of this version, if stated.' },
    inForce: { type: 'boolean', description: 'Whether the metadata says this version is in force.' },
    endedOn: { ...isoDate, description: 'Date the version was no longer in force, if stated.' },
    consolidates: eliList('ELI URIs of the earlier version and amending acts this version consolidates.'),
    changedBy: eliList('ELI URIs of later acts amending this version.'),
  },
  ['eli', 'law', 'documentDate', 'inForce'] as const,
);

export const rulingRecordSchema = record(
  'ruling',
  'A principle ruling.',
  {
    number: rulingNumber,
    title: text(500, 'Title.'),
    summary: text(5000, 'Summary.'),
    decidedOn: { ...isoDate, description: 'Date of decision; not in the future.' },
    datePrecision,
    area,
    eli,
    paragraphs: {
      type: 'array',
      items: paragraphRef,
      minItems: 1,
      maxItems: 50,
      uniqueItems: true,
      description: 'Paragraphs the ruling interprets.',
    },
    cites: {
      type: 'array',
      items: rulingNumber,
      maxItems: 100,
      uniqueItems: true,
      description: 'Earlier rulings it relies on.',
    },
    accessionNumber: {
      type: 'string',
      pattern: '^[A-Z]\\d{8,}$',
      description: 'Retsinformation accession number, e.g. W20230945601.',
    },
    publishedOn: { ...isoDate, description: 'Date of publication (DiesEdicti).' },
    keywords: {
      type: 'array',
      maxItems: 50,
      items: { type: 'string', minLength: 1, maxLength: 200 },
      description: 'Subject keywords, in the order of the title.',
    },
    fullText: {
      type: 'string',
      minLength: 1,
      maxLength: 500000,
      description:
        'The full text, one line per line of the document. Must not contain anything shaped like a CPR number.',
    },
    laws: {
      type: 'array',
      items: lawId,
      maxItems: 20,
      uniqueItems: true,
      description: 'Codes of the laws the ruling concerns; each must come earlier or be in the database.',
    },
    sources: factSources,
  },
  ['number', 'title', 'decidedOn', 'area', 'paragraphs'] as const,
);

export const consolidationRecordSchema = record(
  'consolidation',
  'A consolidation (sammenskrivning, omskrivning) or repeal of rulings.',
  {
    id: { type: 'string', minLength: 1, maxLength: 60, pattern: '^[A-Za-z0-9._-]+$' },
    title: text(500, 'Title.'),
    decidedOn: { ...isoDate, description: 'Not before the decision date of any ruling it repeals; not in the future.' },
    datePrecision,
    type: { enum: ['MERGE', 'REWRITE', 'REPEAL'] },
    issued: {
      type: 'array',
      items: rulingNumber,
      maxItems: 50,
      uniqueItems: true,
      description: 'New rulings it issued; each must come earlier in the stream or be in the database.',
    },
    repeals: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: {
        type: 'object',
        properties: { ruling: rulingNumber, extent: { enum: ['FULL', 'PARTIAL'] } },
        required: ['ruling', 'extent'],
        additionalProperties: false,
      },
      description:
        'Rulings it repeals, fully or partly. A ruling is fully repealed at most once; lineage may not form a cycle.',
    },
    containsNewPractice: { type: 'boolean' },
    sources: factSources,
  },
  ['id', 'decidedOn', 'type', 'repeals', 'containsNewPractice'] as const,
);

export const authorityRecordSchema = record(
  'authority',
  'A first-instance authority, usually a municipality.',
  {
    code: {
      type: 'string',
      pattern: '^[A-Za-z0-9]{1,10}$',
      description: 'Official municipality code (e.g. "101"), or another short code.',
    },
    name: text(200, 'Name.'),
    type: { enum: ['MUNICIPALITY', 'UDBETALING_DANMARK', 'OTHER'] },
  },
  ['code', 'name', 'type'] as const,
);

export const reversalReasonRecordSchema = record(
  'reversalReason',
  'A registered reason for reversing a decision.',
  {
    code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,39}$' },
    label: text(300, 'Danish label.'),
  },
  ['code', 'label'] as const,
);

export const complaintCaseRecordSchema = record(
  'complaintCase',
  'A pseudonymous complaint case; no personal data.',
  {
    id: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,40}$', description: 'Pseudonymous id.' },
    receivedOn: { ...isoDate, description: 'Not after decidedOn.' },
    decidedOn: { ...isoDate, description: 'Not in the future.' },
    authority: {
      type: 'string',
      minLength: 1,
      maxLength: 10,
      description: 'Code of the authority whose decision was appealed.',
    },
    area,
    paragraphs: { type: 'array', items: paragraphRef, minItems: 1, maxItems: 20, uniqueItems: true },
    outcomes: {
      type: 'array',
      items: { enum: OUTCOMES },
      minItems: 1,
      maxItems: 5,
      uniqueItems: true,
      description:
        'Outcomes; the case is registered under the most far-reaching: CHANGED > ANNULLED > REMANDED > UPHELD (DISMISSED only when alone).',
    },
    applied: {
      type: 'array',
      items: rulingNumber,
      maxItems: 50,
      uniqueItems: true,
      description: 'Principle rulings applied.',
    },
    reasons: {
      type: 'array',
      items: { type: 'string', maxLength: 40 },
      maxItems: 20,
      uniqueItems: true,
      description: 'Reversal reason codes.',
    },
  },
  ['id', 'receivedOn', 'decidedOn', 'authority', 'paragraphs', 'outcomes'] as const,
);

export const importRecordSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://praksis-graph.example/schema/import.schema.json',
  title: 'Praksis graph import record',
  description:
    'One line of an NDJSON import file. A record may reference only records earlier in the stream or already in the database.',
  oneOf: [
    lawRecordSchema,
    paragraphRecordSchema,
    lawVersionRecordSchema,
    rulingRecordSchema,
    consolidationRecordSchema,
    authorityRecordSchema,
    reversalReasonRecordSchema,
    complaintCaseRecordSchema,
  ],
} as const;

export const RECORD_SCHEMAS = {
  law: lawRecordSchema,
  paragraph: paragraphRecordSchema,
  lawVersion: lawVersionRecordSchema,
  ruling: rulingRecordSchema,
  consolidation: consolidationRecordSchema,
  authority: authorityRecordSchema,
  reversalReason: reversalReasonRecordSchema,
  complaintCase: complaintCaseRecordSchema,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

export type LawRecordIn = FromSchema<typeof lawRecordSchema>;
export type ParagraphRecordIn = FromSchema<typeof paragraphRecordSchema>;
export type LawVersionRecordIn = FromSchema<typeof lawVersionRecordSchema>;
export type RulingRecordIn = FromSchema<typeof rulingRecordSchema>;
export type ConsolidationRecordIn = FromSchema<typeof consolidationRecordSchema>;
export type AuthorityRecordIn = FromSchema<typeof authorityRecordSchema>;
export type ReversalReasonRecordIn = FromSchema<typeof reversalReasonRecordSchema>;
export type ComplaintCaseRecordIn = FromSchema<typeof complaintCaseRecordSchema>;
export type ImportRecord =
  | LawRecordIn
  | ParagraphRecordIn
  | LawVersionRecordIn
  | RulingRecordIn
  | ConsolidationRecordIn
  | AuthorityRecordIn
  | ReversalReasonRecordIn
  | ComplaintCaseRecordIn;
