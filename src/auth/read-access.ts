import type { Authentication } from './viewer';

/**
 * The one access rule for every read path (GraphQL and every download): a token that was sent
 * but is invalid or expired fails the request, reads included (ignoring it would hide a client's
 * bug until its first write); with READS_REQUIRE_TOKEN nothing is answered without a valid token.
 * Returns why the request is refused, or null when it may go on. Role checks per field are the
 * authChecker's.
 */
export function readAccessRefusal(authentication: Authentication, readsRequireToken: boolean): string | null {
  if (authentication.kind === 'rejected') return 'The bearer token is not valid.';
  if (readsRequireToken && authentication.kind !== 'authenticated') return 'A valid bearer token is required.';
  return null;
}
