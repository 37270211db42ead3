import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * The rejection options of a graphql-armor limit: the refusal is reported, not thrown (a thrown
 * error would escape graphql's validate() as an internal error), as GRAPHQL_VALIDATION_FAILED
 * with the limit in its extensions and a message given the count graphql-armor found, if it says.
 */
export function reportRejection(message: (found: string | undefined) => string, limit: Record<string, number>) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = /found (\d+)/.exec(error.message)?.[1];
        context?.reportError(
          new GraphQLError(message(found), { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...limit } }),
        );
      },
    ],
  };
}
