/** Who is asking: the subject of a verified token and the roles it grants. */
export interface Viewer {
  subject: string;
  roles: string[];
}

export const EDITOR_ROLE = 'editor';

/**
 * The outcome of reading a request's Authorization header. A header that was sent but could not
 * be verified is remembered as `rejected`, not treated as absent: silently serving a client
 * whose token is broken would hide its bug until its first write.
 */
export type Authentication = { kind: 'anonymous' } | { kind: 'authenticated'; viewer: Viewer } | { kind: 'rejected' };

export function viewerOf(authentication: Authentication): Viewer | undefined {
  return authentication.kind === 'authenticated' ? authentication.viewer : undefined;
}
