import { NavLink, Outlet } from 'react-router';
import { useLanguage } from './i18n/language';

export function Layout() {
  const { strings, toggle, language } = useLanguage();
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand">
          {strings.appName}
        </NavLink>
        <nav aria-label={strings.mainNav}>
          <NavLink to="/" end>
            {strings.navSearch}
          </NavLink>
          <NavLink to="/practice">{strings.navPractice}</NavLink>
          {/* A full page load: /graphql is the GraphiQL page, not a client route. */}
          <a href="/graphql">{strings.navGraphiql}</a>
        </nav>
        <button
          type="button"
          className="language"
          onClick={toggle}
          aria-label={strings.languageSwitch}
          lang={language === 'da' ? 'en' : 'da'}
        >
          {strings.language}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
