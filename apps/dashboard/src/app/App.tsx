import { ApolloProvider } from '@apollo/client';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AdminOnly } from '../features/admin/AdminOnly';
import { SignInPage } from '../features/auth/SignInPage';
import { useSavedLanguageAfterSingleSignOn } from '../features/auth/saved-language';
import { useMeQuery } from '../generated/graphql';
import { createApolloClient } from './apollo-client';
import { Layout } from './Layout';
import { LoadErrorBoundary } from './LoadErrorBoundary';

const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
const PlanOverviewPage = lazy(() => import('../features/plan/PlanOverviewPage'));
const ActionPage = lazy(() => import('../features/action/ActionPage'));
const MyActionsPage = lazy(() => import('../features/my-actions/MyActionsPage'));
const ExplorerPage = lazy(() => import('../features/explorer/ExplorerPage'));
const OrganisationPage = lazy(() => import('../features/organisation/OrganisationPage'));
const OrganisationIndexPage = lazy(() => import('../features/organisation/OrganisationIndexPage'));
const TimelinePage = lazy(() => import('../features/timeline/TimelinePage'));
const UsersAdminPage = lazy(() => import('../features/admin/UsersAdminPage'));
const OrganisationsAdminPage = lazy(() => import('../features/admin/OrganisationsAdminPage'));
const PreferencesPage = lazy(() => import('../features/preferences/PreferencesPage'));
const OutboxPage = lazy(() => import('../features/reminders/OutboxPage'));
const CampaignsPage = lazy(() => import('../features/reminders/CampaignsPage'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const InfrastructurePage = lazy(() => import('../features/infrastructure/InfrastructurePage'));
const AcceptInvitationPage = lazy(() => import('../features/account/AcceptInvitationPage'));
const ResetPasswordPage = lazy(() => import('../features/account/ResetPasswordPage'));
const ForgotPasswordPage = lazy(() => import('../features/account/ForgotPasswordPage'));
const AccountSecurityPage = lazy(() => import('../features/account/AccountSecurityPage'));
const ApiTokensPage = lazy(() => import('../features/api-tokens/ApiTokensPage'));
const FinancingPage = lazy(() => import('../features/financing/FinancingPage'));
const RevisionQueuePage = lazy(() => import('../features/replanning/RevisionQueuePage'));
const DeadlinesPage = lazy(() => import('../features/replanning/DeadlinesPage'));
const PublicationPage = lazy(() => import('../features/publication/PublicationPage'));
const SteeringPage = lazy(() => import('../features/steering/SteeringPage'));
const SessionPage = lazy(() => import('../features/steering/SessionPage'));
const ChangesPage = lazy(() => import('../features/steering/ChangesPage'));

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <SignedInShell />
      </BrowserRouter>
    </ApolloProvider>
  );
}

/** Pages reached from a mailed link or the sign-in page, signed in or not. */
const accountLinkRoutes = [
  <Route key="invitation" path="/invitation" element={<AcceptInvitationPage />} />,
  <Route key="reset" path="/reset-password" element={<ResetPasswordPage />} />,
];

/** No anonymous access: the plan is shown to signed-in users only (the account links and the sign-in pages aside). */
function SignedInShell() {
  const { data, loading } = useMeQuery();
  const { pathname } = useLocation();
  useSavedLanguageAfterSingleSignOn(data?.me?.language);
  if (loading) return <Loading />;
  const me = data?.me;
  return (
    <Layout user={me ?? null}>
      <LoadErrorBoundary resetKey={pathname}>
        {me ? (
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/" element={<OverviewPage />} />
              <Route path="/plan" element={<PlanOverviewPage />} />
              <Route path="/actions/:ref" element={<ActionPage />} />
              <Route path="/my-actions" element={<MyActionsPage />} />
              <Route path="/explorer" element={<ExplorerPage />} />
              <Route path="/financing" element={<FinancingPage />} />
              <Route path="/organisations" element={<OrganisationIndexPage />} />
              <Route path="/organisations/:key" element={<OrganisationPage />} />
              <Route path="/timeline" element={<TimelinePage />} />
              <Route path="/admin" element={<Navigate to="/admin/users" replace />} />
              <Route path="/admin/users" element={<UsersAdminPage />} />
              <Route path="/admin/organisations" element={<OrganisationsAdminPage />} />
              <Route path="/preferences" element={<PreferencesPage />} />
              <Route path="/account" element={<AccountSecurityPage />} />
              <Route path="/api-tokens" element={<ApiTokensPage />} />
              {accountLinkRoutes}
              <Route
                path="/outbox"
                element={
                  <AdminOnly>
                    <OutboxPage />
                  </AdminOnly>
                }
              />
              <Route
                path="/campaigns"
                element={
                  <AdminOnly>
                    <CampaignsPage />
                  </AdminOnly>
                }
              />
              <Route path="/reports" element={<ReportsPage />} />
              <Route path="/import" element={<ImportPage />} />
              <Route path="/infrastructure" element={<InfrastructurePage />} />
              <Route path="/revisions" element={<RevisionQueuePage />} />
              <Route
                path="/revisions/deadlines"
                element={
                  <AdminOnly>
                    <DeadlinesPage />
                  </AdminOnly>
                }
              />
              <Route
                path="/publication"
                element={
                  <AdminOnly>
                    <PublicationPage />
                  </AdminOnly>
                }
              />
              <Route path="/steering" element={<SteeringPage />} />
              <Route path="/steering/:id" element={<SessionPage />} />
              <Route path="/changes" element={<ChangesPage />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        ) : (
          <Suspense fallback={<Loading />}>
            <Routes>
              {accountLinkRoutes}
              <Route path="/forgot-password" element={<ForgotPasswordPage />} />
              <Route path="*" element={<SignInPage />} />
            </Routes>
          </Suspense>
        )}
      </LoadErrorBoundary>
    </Layout>
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
