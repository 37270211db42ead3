import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { readmeExamples } from './readme-examples';

/** POST to the same /graphql this page is served at; headers typed into GraphiQL (a bearer token) are sent along. */
async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options?.headers as Record<string, string>),
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={readmeExamples().map((query) => ({ query }))}
    defaultEditorToolsVisibility={false}
  >
    {/* Our own logo: a way back to the explorer, in a colour with enough contrast (WCAG 1.4.3). */}
    <GraphiQL.Logo>
      <a href="/" style={{ color: '#3b4455', textDecoration: 'none' }}>
        Praksis graph
      </a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
