import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../shared/project-paths';

/** The explorer and GraphiQL, built by `npm run build:web` (Vite) into web/dist. */
export const WEB_DIST_DIR = join(PROJECT_ROOT, 'web', 'dist');

// Paths the service itself answers; every other GET a browser makes is a client route of the explorer.
const SERVICE_PATHS = /^\/(graphql|health|ready|metrics|paragraph-overview|practice\.(csv|xlsx))(\/|$|\?)/;

/** A browser asking for a page: it prefers HTML to every GraphQL and JSON media type. */
function wantsHtml(req: Request): boolean {
  return (
    req.method === 'GET' &&
    req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html'
  );
}

function sendPage(file: string) {
  return (_req: Request, res: Response) => {
    const path = join(WEB_DIST_DIR, file);
    if (!existsSync(path)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The explorer is not built: run `npm run build:web` (npm start does).\n');
      return;
    }
    // The page names its hashed assets, so it must be fetched anew to pick up a new build.
    res.set('Cache-Control', 'no-cache').sendFile(path);
  };
}

/**
 * Serves the explorer at / with a history fallback for its client routes (/ruling/20-22 reloaded
 * or bookmarked), and the self-hosted GraphiQL at GET /graphql for browsers. GraphQL requests to
 * /graphql (POST, and GET asking for JSON) are left to the GraphQL middleware mounted after this.
 */
export function mountExplorer(app: Express): void {
  const graphiql = sendPage('graphiql.html');
  const explorer = sendPage('index.html');
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) =>
    wantsHtml(req) ? graphiql(req, res) : next(),
  );
  // Hashed file names never change content: cache them for a year.
  app.use(
    '/assets',
    express.static(join(WEB_DIST_DIR, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  app.use((req: Request, res: Response, next: NextFunction) =>
    wantsHtml(req) && !SERVICE_PATHS.test(req.path) ? explorer(req, res) : next(),
  );
}
