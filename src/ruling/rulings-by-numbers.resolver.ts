import { ArrayMaxSize, IsString, Length } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { parseArgument } from '../graphql/reference-input';
import { parseRulingNumber } from './ruling-number';
import { Ruling } from './ruling.type';

export const MAX_NUMBERS_PER_REQUEST = 100;

@ArgsType()
class RulingsByNumbersArgs {
  @Field(() => [String], {
    description: `Up to ${MAX_NUMBERS_PER_REQUEST} ruling numbers in either style: "51-19", "C-16-99", "SM C-16-99".`,
  })
  @ArrayMaxSize(MAX_NUMBERS_PER_REQUEST, {
    message: `numbers may hold at most ${MAX_NUMBERS_PER_REQUEST} ruling numbers`,
  })
  @IsString({ each: true })
  @Length(1, 40, { each: true, message: 'each of numbers must be 1 to 40 characters' })
  numbers: string[];
}

@Resolver(() => Ruling)
export class RulingsByNumbersResolver {
  @Query(() => [Ruling], {
    nullable: 'itemsAndList',
    description:
      'Several rulings by number, in the order asked; null where a number is not in the graph. One database round trip for all of them.',
  })
  async rulingsByNumbers(
    @Args() { numbers }: RulingsByNumbersArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(Ruling | null)[]> {
    const canonical = numbers.map((number, index) =>
      parseArgument(`numbers[${index}]`, () => parseRulingNumber(number)),
    );
    // The records and every compiled field of all of them, in one statement.
    await ctx.planner.prefetchMany('Ruling', canonical, info);
    const records = await ctx.loaders.rulingByNumber.loadMany(canonical);
    return records.map((record) => {
      if (record instanceof Error) throw record;
      return record && Ruling.from(record);
    });
  }
}
