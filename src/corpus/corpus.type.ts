import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/date-scalar';

@ObjectType({ description: 'Where a fact read from an official document came from.' })
export class FactSource {
  @Field({ description: 'The fact, e.g. "interprets SEL § 41 stk. 1", "repeals 10-18 (FULL)", "cites 10-18".' })
  fact: string;

  @Field(() => String, { nullable: true, description: 'ELI URI of the document it was read from.' })
  documentEli: string | null;

  @Field({
    description:
      'Where in the document: a metadata element, or the part, heading and line, e.g. "TekstGruppe › Reglerne, line 4".',
  })
  location: string;
}

@ObjectType({ description: 'A subsection (stk.) of a paragraph, with its text as the law states it.' })
export class Subsection {
  @Field(() => Int, { description: 'Stk. number; the first, unlabelled subsection is 1.' })
  number: number;

  @Field({ description: 'The text, one line per line of the law; numbered items as "1) ...".' })
  text: string;
}

export interface LawVersionRecord {
  eli: string;
  accessionNumber: string | null;
  documentType: string | null;
  title: string | null;
  shortTitle: string | null;
  documentDate: string;
  startDate: string | null;
  inForce: boolean;
  endedOn: string | null;
  consolidates: string[] | null;
  changedBy: string[] | null;
}

@ObjectType({
  description: 'One published version of a law (a law, LOV, or a consolidated law, LBK) with its ELI metadata.',
})
export class LawVersion {
  @Field({ description: 'ELI URI of this version, e.g. https://www.retsinformation.dk/eli/lta/2025/1129.' })
  eli: string;

  @Field(() => String, { nullable: true, description: 'Retsinformation accession number, e.g. A20250112930.' })
  accessionNumber: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ELI document type, e.g. LBKH (consolidated law) or LOVH (law).',
  })
  documentType: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Title of the version, e.g. "Bekendtgørelse af lov om social service".',
  })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Short title, e.g. "LBK nr 1129 af 20/08/2025".' })
  shortTitle: string | null;

  @Field(() => DateScalar, { description: 'Date of the document.' })
  documentDate: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force of this version, if stated.' })
  startDate: string | null;

  @Field({ description: 'Whether the metadata says this version is in force.' })
  inForce: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date from which the version was no longer in force, if stated.',
  })
  endedOn: string | null;

  @Field(() => [String], {
    description: 'ELI URIs of the earlier version and the amending acts this version consolidates.',
  })
  consolidates: string[];

  @Field(() => [String], { description: 'ELI URIs of later acts amending this version.' })
  changedBy: string[];

  static from(record: LawVersionRecord): LawVersion {
    return Object.assign(new LawVersion(), {
      ...record,
      consolidates: record.consolidates ?? [],
      changedBy: record.changedBy ?? [],
    });
  }
}
