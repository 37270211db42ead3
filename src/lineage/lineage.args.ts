import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const DEFAULT_LINEAGE_DEPTH = 10;
/** A hard cap, so one request cannot ask Neo4j to walk an arbitrarily long chain. */
export const MAX_LINEAGE_DEPTH = 25;

@ArgsType()
export class LineageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_LINEAGE_DEPTH,
    description: `How many replacements to follow, from 1 to ${MAX_LINEAGE_DEPTH}.`,
  })
  @IsInt({ message: 'maxDepth must be a whole number' })
  @Min(1, { message: 'maxDepth must be at least 1, got $value' })
  @Max(MAX_LINEAGE_DEPTH, {
    message: `maxDepth must be at most ${MAX_LINEAGE_DEPTH} (the lineage depth cap), got $value`,
  })
  maxDepth: number;
}
