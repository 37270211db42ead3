import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/connection';
import { Ruling } from '../ruling/ruling.type';
import type { RulingCountQuery } from './ruling-list.repository';

@ObjectType({
  description: 'A piece of a snippet: text as it stands in the ruling, marked where it matches the search.',
})
export class SnippetSegment {
  @Field({ description: 'The text of this piece (an ellipsis "…" where the field was cut).' })
  text: string;

  @Field({ description: 'True where the piece is a searched word (or a form of it); highlight these.' })
  match: boolean;
}

@ObjectType({
  description: 'Where a search hit matched: the field and its text around the match, in segments (no HTML).',
})
export class Snippet {
  @Field({ description: 'The field the text comes from: "title", "summary" or "fullText".' })
  field: string;

  @Field(() => [SnippetSegment], {
    description: 'The text in order; joined, they give the field (or the part of it around the first match).',
  })
  segments: SnippetSegment[];
}

@ObjectType({ description: 'One ruling of a RulingConnection page.' })
export class RulingEdge {
  @Field({ description: 'Opaque position of this ruling; pass as after (or before) to continue after (or before) it.' })
  cursor: string;

  @Field(() => Ruling, { description: 'The ruling.' })
  node: Ruling;

  @Field(() => Float, {
    nullable: true,
    description: 'Relevance in searchRulings (higher is better); null in rulings.',
  })
  score: number | null;

  @Field(() => Snippet, {
    nullable: true,
    description: 'In searchRulings: where the words were found. Null in rulings.',
  })
  snippet: Snippet | null;
}

@ObjectType({
  description:
    'A page of rulings (Relay connection). Cursors are keyset positions, not offsets: rulings added or removed between two page requests never make a page repeat or skip a ruling already seen.',
})
export class RulingConnection {
  @Field(() => [RulingEdge], { description: "The rulings of this page, in the list's order." })
  edges: RulingEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether there is more either way.' })
  pageInfo: PageInfo;

  // Not a field: what totalCount needs, so it is counted only when a client asks for it.
  countQuery: RulingCountQuery;

  // Declared for the schema; resolved by RulingListResolver.totalCount.
  @Field(() => Int, { description: 'How many rulings match in all (every page), counted only when asked for.' })
  totalCount: number;

  static of(page: { edges: RulingEdge[]; pageInfo: PageInfo }, countQuery: RulingCountQuery): RulingConnection {
    return Object.assign(new RulingConnection(), { ...page, countQuery });
  }
}
