import type { Express } from 'express';

/** A value for each path parameter a route may have. */
const SAMPLE_PARAMETERS: Record<string, string> = { law: 'SEL' };

/**
 * The routes the service has registered, read from Express itself, so a test over them covers a
 * route added later without anyone listing it.
 */
export function registeredRoutes(app: Express): { path: string; methods: string[] }[] {
  const stack = (
    app as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }
  ).router.stack;
  return stack
    .filter((layer) => layer.route)
    .map((layer) => ({ path: layer.route!.path, methods: Object.keys(layer.route!.methods) }));
}

/** A route's path with a sample value for each parameter (`/paragraph-overview/:law.csv` → `.../SEL.csv`). */
export function withSamples(path: string): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => {
    const sample = SAMPLE_PARAMETERS[name];
    if (sample === undefined) throw new Error(`Route ${path}: add a sample value for :${name} to SAMPLE_PARAMETERS`);
    return encodeURIComponent(sample);
  });
}
