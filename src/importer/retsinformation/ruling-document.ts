import { knownLaw } from '../../paragraph/law-aliases';
import { bodyLines, joinLines, locationOf, type BodyLine } from './body-lines';
import {
  readConsolidationStatements,
  type ConsolidationStatements,
  type SectionedLine,
} from './consolidation-sentences';
import { DocumentRefusedError } from './document-problem';
import { knownLawsNamedIn, lawNamedAtStart, type NamedLaw } from './law-names';
import type { DocumentMeta } from './meta';
import { paragraphReferencesIn } from './paragraph-references';
import type { FactSource, ReviewItem } from './review';
import { knownRulingHeading, sectionOpenedBy, type RulingSection } from './ruling-headings';
import { parseRulingTitle, RULING_TITLE_EXPECTED } from './ruling-title';
import { firstOf, type XmlElement } from './xml-tree';

/** A paragraph the rules section names, resolved against the law named in its line or list. */
export interface ParagraphMentionOfLaw {
  law: NamedLaw;
  number: string;
  stk?: number;
  nr?: number;
  source: FactSource;
}

/** What one principle ruling document states, before it is checked against the rest of the corpus. */
export interface RulingDocument {
  kind: 'ruling';
  file: string;
  eli: string;
  accessionNumber?: string;
  number: string;
  title: string;
  keywords: string[];
  decidedOn: string;
  publishedOn?: string;
  summary?: string;
  fullText?: string;
  concerns: { law: NamedLaw; source: FactSource }[];
  mentions: ParagraphMentionOfLaw[];
  statements: ConsolidationStatements;
  /** Facts read from the metadata (number, dates), with where they came from. */
  sources: FactSource[];
  review: ReviewItem[];
}

const SUMMARY_MAX = 5000;
const SUMMARY_OPENERS = new Set(['principmeddelelsen fastslår', 'principafgørelsen fastslår', 'resumé']);
const EXECUTIVE_ORDER = /^(?:•\s*)?bekendtgørelse\s+(?:nr\.|om)\b/iu;

/** The lines of Resume and TekstGruppe with the section each stands in. */
function sectionedLines(content: XmlElement | undefined): SectionedLine[] {
  const parts: [string, XmlElement | undefined][] = [
    ['Resume', firstOf(content, 'Resume')],
    ['TekstGruppe', firstOf(content, 'TekstGruppe')],
  ];
  const lines: SectionedLine[] = [];
  for (const [part, element] of parts) {
    let section: RulingSection | undefined = part === 'Resume' ? 'summary' : undefined;
    for (const line of bodyLines(element, knownRulingHeading)) {
      const opened = sectionOpenedBy(line.text);
      if (opened) section = opened;
      lines.push({ ...line, part, section: opened ? undefined : section });
    }
  }
  return lines;
}

export function readRulingDocument(meta: DocumentMeta, root: XmlElement): RulingDocument {
  const { file } = meta;
  const eli = meta.eli('retsinfo');
  const title = meta.required('DocumentTitle', RULING_TITLE_EXPECTED);
  const parsedTitle = parseRulingTitle(title);
  if (!parsedTitle) {
    throw new DocumentRefusedError({
      file,
      element: 'Meta/DocumentTitle',
      message: `the title "${title}" states no ruling number`,
      expected: RULING_TITLE_EXPECTED,
    });
  }
  const decidedOn = meta.requiredDate('DiesSigni', 'the date of the decision');
  const publishedOn = meta.date('DiesEdicti');
  const review: ReviewItem[] = [];
  const source = (fact: string, location: string): FactSource => ({ fact, documentEli: eli, location });
  const toReview = (location: string, text: string, understood: string, reason: string) =>
    review.push({ file, documentEli: eli, location, text, understood, reason });

  const sources = [
    source(`number ${parsedTitle.number}`, 'Meta/DocumentTitle'),
    source(`decided on ${decidedOn}`, 'Meta/DiesSigni'),
    ...(publishedOn ? [source(`published on ${publishedOn}`, 'Meta/DiesEdicti')] : []),
  ];

  const concerns: RulingDocument['concerns'] = [];
  meta.references('Concerns').forEach((reference, index) => {
    const location = `Meta/Concerns[${index + 1}]/Ref_Text`;
    const law = reference.text ? lawNamedAtStart(reference.text) : undefined;
    if (!law)
      toReview(location, reference.text ?? '', 'a law the ruling concerns', 'no law name could be read from it');
    else if (!concerns.some((known) => known.law.id === law.id))
      concerns.push({
        law,
        source: source(`concerns ${law.id} (${reference.accession ?? 'no accession number'})`, location),
      });
  });

  const content = firstOf(root, 'DokumentIndhold');
  const lines = sectionedLines(content);
  const mentions = paragraphMentions(lines, eli, toReview);
  const statements = readConsolidationStatements(lines, parsedTitle.number);
  for (const item of statements.unclear) toReview(item.location, item.sentence, item.understood, item.reason);

  const summaryLines = lines.filter(
    (line) => line.part === 'Resume' && !SUMMARY_OPENERS.has(line.text.toLowerCase().replace(/:$/, '')),
  );
  let summary = summaryLines.length ? joinLines(summaryLines) : undefined;
  if (summary && summary.length > SUMMARY_MAX) {
    toReview(
      'Resume',
      `${summary.slice(0, 200)}…`,
      'the summary',
      `longer than ${SUMMARY_MAX} characters; cut to that length`,
    );
    summary = `${summary.slice(0, SUMMARY_MAX - 1)}…`;
  }
  return {
    kind: 'ruling',
    file,
    eli,
    accessionNumber: meta.optional('AccessionNumber'),
    number: parsedTitle.number,
    title,
    keywords: parsedTitle.keywords,
    decidedOn,
    publishedOn,
    summary,
    fullText: lines.length ? joinLines(lines) : undefined,
    concerns,
    mentions,
    statements,
    sources,
    review,
  };
}

/**
 * Paragraphs named in the rules section. A line naming a law (newer: "Bekendtgørelse af lov om
 * ..., senest bekendtgjort ..."; older: "Lov om ... - lovbekendtgørelse nr. ... - § 2, stk. 1")
 * sets the law for the paragraphs in it and in the list below it, until the next law line.
 */
function paragraphMentions(
  lines: readonly SectionedLine[],
  eli: string,
  toReview: (location: string, text: string, understood: string, reason: string) => void,
): ParagraphMentionOfLaw[] {
  const mentions: ParagraphMentionOfLaw[] = [];
  let listLaw: NamedLaw | 'executive order' | undefined;
  for (const line of lines.filter((candidate) => candidate.section === 'rules')) {
    const location = locationOf(line.part, line as BodyLine);
    const references = paragraphReferencesIn(line.text);
    const atStart = lawNamedAtStart(line.text);
    const named = knownLawsNamedIn(line.text);
    const lineLaw: NamedLaw | 'executive order' | undefined =
      atStart ?? (EXECUTIVE_ORDER.test(line.text) ? 'executive order' : undefined);
    if (!line.text.includes('§')) {
      if (lineLaw) listLaw = lineLaw;
      continue;
    }
    if (references.unclear) {
      toReview(location, line.text, 'paragraph references', references.unclear);
      continue;
    }
    if (lineLaw) listLaw = lineLaw;
    let law = lineLaw ?? listLaw;
    // A bullet may name its own law ("§ 86 i barnets lov"): that wins over the list's law.
    if (!lineLaw && named.length === 1) law = { id: named[0], name: knownLaw(named[0])!.shortTitle, derived: false };
    if (!lineLaw && named.length > 1) {
      toReview(location, line.text, `paragraphs of ${named.join(' or ')}`, 'the line names more than one law');
      continue;
    }
    const understood = references.mentions.map((mention) => mention.text).join(', ');
    if (law === undefined) {
      toReview(location, line.text, understood, 'no law is named in the line or in a line above it in the list');
      continue;
    }
    if (law === 'executive order') {
      toReview(
        location,
        line.text,
        understood,
        'paragraphs of an executive order (bekendtgørelse), not of a law the graph holds',
      );
      continue;
    }
    for (const mention of references.mentions) {
      const fact = `interprets ${law.id} § ${mention.number}${mention.stk ? ` stk. ${mention.stk}` : ''}${mention.nr ? ` nr. ${mention.nr}` : ''}`;
      mentions.push({
        law,
        number: mention.number,
        stk: mention.stk,
        nr: mention.nr,
        source: { fact, documentEli: eli, location },
      });
    }
  }
  return mentions;
}
