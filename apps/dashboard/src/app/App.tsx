import { ApolloProvider } from '@apollo/client';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { createApolloClient } from './apollo-client';
import { Layout } from './Layout';

const PlanOverviewPage = lazy(() => import('../features/plan/PlanOverviewPage'));

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Layout>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/" element={<PlanOverviewPage />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </Layout>
      </BrowserRouter>
    </ApolloProvider>
  );
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('common.loading')}</p>;
}

function NotFound() {
  const { t } = useTranslation();
  return <p>{t('common.notFound')}</p>;
}
