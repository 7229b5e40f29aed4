import '@/lib/zod-config';
// The global sheets first: every feature's own rules, imported below, come after them.
import './tokens.css';
import './print.css';
import './first-screen.css';
import '@/ui/controls.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Link, Route, Switch } from 'wouter';
import { LessonErrorView } from '@/features/lesson/lesson-error-view';
import { LibraryPage } from '@/features/lesson/library-page';
import { useT } from '@/i18n/ui-language';
import { persistPreferences, restorePreferences } from '@/stores/preferences';
import { showStorageProblems } from '@/stores/storage-notices';
import { installStudyModes } from '@/stores/study-modes';
import { AddLessonButton } from './add-lesson';
import { ErrorBoundary } from './error-boundary';
import { LessonRoute } from './lesson-route';
import { NoticeArea } from './notice-area';
import { UiLanguageSwitch } from './ui-language-switch';

// Before the first render, so a remembered language never flashes the default first.
restorePreferences();
persistPreferences();
showStorageProblems();
installStudyModes();

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  const t = useT();
  return (
    <QueryClientProvider client={client}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Tandem
        </Link>
        <span className="brand-tagline">{t('app.tagline')}</span>
        <UiLanguageSwitch />
      </header>
      <Switch>
        <Route path="/">
          <ErrorBoundary fallback={(error) => <LessonErrorView error={error} />}>
            <Suspense fallback={<p className="message-view">{t('app.loadingLessons')}</p>}>
              <LibraryPage addLesson={(ids) => <AddLessonButton bundledIds={ids} />} />
            </Suspense>
          </ErrorBoundary>
        </Route>
        <Route path="/lessons/:id">{(params) => <LessonRoute id={params.id} />}</Route>
        <Route>
          <main className="message-view" id="main">
            <h1>{t('app.pageNotFound')}</h1>
            <p>
              <Link href="/">{t('app.goToAllLessons')}</Link>
            </p>
          </main>
        </Route>
      </Switch>
      <NoticeArea />
    </QueryClientProvider>
  );
}
