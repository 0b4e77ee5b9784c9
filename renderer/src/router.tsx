/** Hash routes: the desktop host loads the renderer from file://, where only the fragment can change. */
import { createHashRouter } from 'react-router';
import { AuditPage } from './audit/AuditPage';
import { CallbackReportPage } from './callbacks/CallbackReportPage';
import { CallbacksPage } from './callbacks/CallbacksPage';
import { CampaignsPage } from './callbacks/CampaignsPage';
import { ComplaintReportPage } from './complaints/ComplaintReportPage';
import { ComplaintsPage } from './complaints/ComplaintsPage';
import { AppShell } from './layout/AppShell';
import { CustomerEditPage } from './customers/CustomerEditPage';
import { CustomerListPage } from './customers/CustomerListPage';
import { CustomerPage } from './customers/CustomerPage';
import { ImportPage } from './import/ImportPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { ProductsPage } from './products/ProductsPage';
import { RecycleBinPage } from './customers/RecycleBinPage';
import { ReportDraftPage } from './reports/ReportDraftPage';
import { ReportPreviewPage } from './reports/ReportPreviewPage';
import { RouteErrorPage } from './layout/RouteErrorPage';
import { RiskPage } from './risk/RiskPage';
import { SavedSegmentsPage } from './segments/saved/SavedSegmentsPage';
import { SegmentSettingsPage } from './segments/SegmentSettingsPage';
import { SegmentsPage } from './segments/SegmentsPage';
import { SettingsPage } from './settings/SettingsPage';

export function createRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <CustomerListPage /> },
        { path: 'customers/new', element: <CustomerEditPage /> },
        { path: 'customers/:id', element: <CustomerPage /> },
        { path: 'customers/:id/edit', element: <CustomerEditPage /> },
        { path: 'customers/:id/report', element: <ReportDraftPage /> },
        { path: 'reports/preview', element: <ReportPreviewPage /> },
        { path: 'callbacks', element: <CallbacksPage /> },
        { path: 'callbacks/campaigns', element: <CampaignsPage /> },
        { path: 'callbacks/report', element: <CallbackReportPage /> },
        { path: 'segments/saved', element: <SavedSegmentsPage /> },
        { path: 'segments', element: <SegmentsPage /> },
        { path: 'segments/settings', element: <SegmentSettingsPage /> },
        { path: 'complaints', element: <ComplaintsPage /> },
        { path: 'complaints/report', element: <ComplaintReportPage /> },
        { path: 'import', element: <ImportPage /> },
        { path: 'import/history', element: <ImportPage /> },
        { path: 'trash', element: <RecycleBinPage /> },
        { path: 'risk', element: <RiskPage /> },
        { path: 'products', element: <ProductsPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'audit', element: <AuditPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
