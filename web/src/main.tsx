import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';
import { LanguageProvider } from './i18n/language';
import { LawPage } from './pages/LawPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ParagraphPage } from './pages/ParagraphPage';
import { PracticePage } from './pages/PracticePage';
import { RulingPage } from './pages/RulingPage';
import { SearchPage } from './pages/SearchPage';
import './styles.css';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <SearchPage /> },
      { path: '/ruling/:number', element: <RulingPage /> },
      { path: '/paragraph/:ref', element: <ParagraphPage /> },
      { path: '/law/:id', element: <LawPage /> },
      { path: '/practice', element: <PracticePage /> },
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
