import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** type-graphql's own defaults for `validate: true`, with unknown values allowed (plain args classes). */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** Per request (its context object): the argument values found valid, per args or input class. */
const validInRequest = new WeakMap<object, Map<unknown, Set<string>>>();

/**
 * Checks each args and input object with class-validator, as type-graphql's built-in validation
 * does (the same options, the same ArgumentValidationError), but once per request for each
 * distinct value: a nested field with arguments is resolved once per parent, so the paragraph
 * page's `rulings { status(asOf: $asOf) }` validated the same `{ asOf }` 54 times, and
 * type-graphql's built-in path also `require`s class-validator anew on every call (0.5 ms a
 * request in `npm run bench:profile -- --only paragraphPage`). Validity is a function of the
 * value and its class alone, so a value found valid once in a request stays valid in it.
 */
export const validateArguments: ValidatorFn = async (value, _type, { context }) => {
  if (value === null || typeof value !== 'object') return;
  const items: object[] = Array.isArray(value)
    ? value.filter((item) => item !== null && typeof item === 'object')
    : [value];
  let byClass = validInRequest.get(context);
  if (!byClass) validInRequest.set(context, (byClass = new Map()));
  for (const item of items) {
    let valid = byClass.get(item.constructor);
    if (!valid) byClass.set(item.constructor, (valid = new Set()));
    const key = JSON.stringify(item);
    if (valid.has(key)) continue;
    try {
      await validateOrReject(item, OPTIONS);
    } catch (errors) {
      throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
    }
    valid.add(key);
  }
};
