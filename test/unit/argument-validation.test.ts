import 'reflect-metadata';
import * as classValidator from 'class-validator';
import { ArgumentValidationError, type ResolverData } from 'type-graphql';
import { validateArguments } from '../../src/graphql/argument-validation';
import { LineageArgs } from '../../src/lineage/lineage.args';

const args = (maxDepth: number) => Object.assign(new LineageArgs(), { maxDepth });
const inRequest = (context: object) => ({ context }) as unknown as ResolverData;

test('rejects an invalid value with the class-validator message, every time it comes, in one request', async () => {
  const request = inRequest({});
  for (let i = 0; i < 2; i++) {
    const error = await validateArguments(args(1000), LineageArgs, request)?.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentValidationError);
    expect(JSON.stringify((error as ArgumentValidationError).extensions)).toContain(
      'maxDepth must be at most 25 (the lineage depth cap), got 1000',
    );
  }
});

test('checks a value once per request, and anew in the next request', async () => {
  const checks = jest.spyOn(classValidator, 'validateOrReject');
  const first = inRequest({});
  for (let i = 0; i < 54; i++) await validateArguments(args(4), LineageArgs, first);
  await validateArguments(args(5), LineageArgs, first);
  expect(checks).toHaveBeenCalledTimes(2);
  await validateArguments(args(4), LineageArgs, inRequest({}));
  expect(checks).toHaveBeenCalledTimes(3);
  // A value found valid does not let a different, invalid one through.
  await expect(validateArguments(args(0), LineageArgs, first)).rejects.toBeInstanceOf(ArgumentValidationError);
  checks.mockRestore();
});

test('checks each object of a list, and lets primitives and null pass as type-graphql does', async () => {
  const request = inRequest({});
  await expect(validateArguments([args(3), null, args(26)], LineageArgs, request)).rejects.toBeInstanceOf(
    ArgumentValidationError,
  );
  await expect(validateArguments([args(3), args(25)], LineageArgs, request)).resolves.toBeUndefined();
  await expect(validateArguments(null, String, request)).resolves.toBeUndefined();
  await expect(validateArguments('x', String, request)).resolves.toBeUndefined();
});

test('fields resolved concurrently share one check of their value', async () => {
  const checks = jest.spyOn(classValidator, 'validateOrReject');
  const request = inRequest({});
  await Promise.all(Array.from({ length: 54 }, () => validateArguments(args(4), LineageArgs, request)));
  expect(checks).toHaveBeenCalledTimes(1);
  const outcomes = await Promise.allSettled(
    Array.from({ length: 3 }, () => validateArguments(args(99), LineageArgs, request)),
  );
  expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
  checks.mockRestore();
});
