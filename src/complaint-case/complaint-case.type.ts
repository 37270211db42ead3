import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';
import { toGlobalId } from '../node/global-id';
import { Node } from '../node/node.interface';
import { CaseOutcome } from './outcome.type';

/**
 * A ComplaintCase node as read from Neo4j, with the keys of what it links to. The linked
 * authority, paragraphs, rulings and reasons are fetched through DataLoaders by those keys, so a
 * page of cases costs one statement per kind of link, not one per case.
 */
export interface ComplaintCaseRecord {
  id: string;
  receivedOn: string;
  decidedOn: string;
  outcome: CaseOutcome;
  outcomes: CaseOutcome[];
  area: string | null;
  authorityCode: string | null;
  paragraphRefs: string[];
  rulingNumbers: string[];
  reasonCodes: string[];
}

@ObjectType({
  implements: Node,
  description: 'A complaint case (klagesag) decided by Ankestyrelsen. Holds no personal data.',
})
export class ComplaintCase implements Node {
  @Field(() => ID, { description: "Opaque global id, for node(id); the case's own id is caseId." })
  get id(): string {
    return toGlobalId('ComplaintCase', this.caseId);
  }

  @Field({ description: 'The case\'s pseudonymous id, e.g. "K-2019-000001" (as correctComplaintCase takes it).' })
  caseId: string;

  @Field(() => DateScalar, { description: 'The day Ankestyrelsen received the complaint.' })
  receivedOn: string;

  @Field(() => DateScalar, { description: 'The day Ankestyrelsen decided the case.' })
  decidedOn: string;

  @Field(() => CaseOutcome, {
    description: 'The registered outcome: the most far-reaching of outcomes (changed > annulled > remanded > upheld).',
  })
  outcome: CaseOutcome;

  @Field(() => [CaseOutcome], { description: 'Every outcome of the decision, as registered.' })
  outcomes: CaseOutcome[];

  @Field(() => String, { nullable: true, description: 'Area of law, e.g. children.' })
  area: string | null;

  /** Keys for the field resolvers; not GraphQL fields themselves. */
  authorityCode: string | null;
  paragraphRefs: string[];
  rulingNumbers: string[];
  reasonCodes: string[];

  static from(record: ComplaintCaseRecord): ComplaintCase {
    const { id, ...rest } = record;
    return Object.assign(new ComplaintCase(), { ...rest, caseId: id, area: record.area ?? null });
  }
}
