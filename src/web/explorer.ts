import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../shared/project-paths';

/** The explorer and GraphiQL, built by `npm run build:web` (Vite) into web/dist. */
export const WEB_DIST_DIR = join(PROJECT_ROOT, 'web', 'dist');

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
 * The self-hosted GraphiQL at GET /graphql for browsers, and the explorer's hashed assets.
 * GraphQL requests to /graphql (POST, and GET asking for JSON) are left to the GraphQL
 * middleware mounted after this.
 */
export function mountExplorer(app: Express): void {
  const graphiql = sendPage('graphiql.html');
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) =>
    wantsHtml(req) ? graphiql(req, res) : next(),
  );
  // Hashed file names never change content: cache them for a year.
  app.use(
    '/assets',
    express.static(join(WEB_DIST_DIR, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
}

/**
 * The explorer at / with a history fallback for its client routes (/ruling/20-22 reloaded or
 * bookmarked): any GET a browser makes for a page that no route of the service answered. Mounted
 * after every route, so no route the service has or adds is ever shadowed by the app.
 */
export function mountExplorerFallback(app: Express): void {
  const explorer = sendPage('index.html');
  app.use((req: Request, res: Response, next: NextFunction) => (wantsHtml(req) ? explorer(req, res) : next()));
}
