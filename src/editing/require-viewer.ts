import type { Viewer } from '../auth/viewer';
import type { Context } from '../context';
import { UnauthenticatedError } from '../errors';

/** The viewer of an @Authorized field; the authChecker has already refused requests without one. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError('A valid bearer token is required for this operation.');
  return ctx.viewer;
}
