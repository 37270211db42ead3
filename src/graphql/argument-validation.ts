import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** type-graphql's own defaults for `validate: true`, with unknown values allowed (plain args classes). */
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Per request (its context object): the check of each argument value, per args or input class.
 * The promise is kept, not the outcome: a parent's fields resolve concurrently, so the 54
 * `status` fields of one list all start before the first check has finished.
 */
const checksInRequest = new WeakMap<object, Map<unknown, Map<string, Promise<void>>>>();

/**
 * Checks each args and input object with class-validator, as type-graphql's built-in validation
 * does (the same options, the same ArgumentValidationError), but once per request for each
 * distinct value: a nested field with arguments is resolved once per parent, so the paragraph
 * page's `rulings { status(asOf: $asOf) }` validated the same `{ asOf }` 54 times, and
 * type-graphql's built-in path also `require`s class-validator anew on every call (0.5 ms a
 * request in `npm run bench:profile -- --only paragraphPage`). Validity is a function of the
 * value and its class alone, so a value checked once in a request has the same outcome in it.
 */
export const validateArguments: ValidatorFn = async (value, _type, { context }) => {
  if (value === null || typeof value !== 'object') return;
  const items: object[] = Array.isArray(value)
    ? value.filter((item) => item !== null && typeof item === 'object')
    : [value];
  let byClass = checksInRequest.get(context);
  if (!byClass) checksInRequest.set(context, (byClass = new Map()));
  for (const item of items) {
    let checks = byClass.get(item.constructor);
    if (!checks) byClass.set(item.constructor, (checks = new Map()));
    const key = JSON.stringify(item);
    let check = checks.get(key);
    if (!check) checks.set(key, (check = checked(item)));
    await check;
  }
};

async function checked(item: object): Promise<void> {
  try {
    await validateOrReject(item, OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}
