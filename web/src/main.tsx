import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';
import { LanguageProvider } from './i18n/language';
import { NotFoundPage } from './pages/NotFoundPage';
import { SearchPage } from './pages/SearchPage';
import './styles.css';

// One chunk per heavy page: the ruling page alone loads Cytoscape, the dashboard alone ECharts,
// so a first load fetches only what its page draws.
const RulingPage = lazy(() => import('./pages/RulingPage').then((m) => ({ default: m.RulingPage })));
const ParagraphPage = lazy(() => import('./pages/ParagraphPage').then((m) => ({ default: m.ParagraphPage })));
const LawPage = lazy(() => import('./pages/LawPage').then((m) => ({ default: m.LawPage })));
const PracticePage = lazy(() => import('./pages/PracticePage').then((m) => ({ default: m.PracticePage })));
const page = (element: ReactNode) => <Suspense fallback={null}>{element}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <SearchPage /> },
      { path: '/ruling/:number', element: page(<RulingPage />) },
      { path: '/paragraph/:ref', element: page(<ParagraphPage />) },
      { path: '/law/:id', element: page(<LawPage />) },
      { path: '/practice', element: page(<PracticePage />) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <RouterProvider router={router} />
    </LanguageProvider>
  </StrictMode>,
);
