/** Head office's pages (hash routes, as the branch app's); the branch-only pages are not offered here. */
import { createHashRouter } from 'react-router';
import { NotFoundPage } from '../layout/NotFoundPage';
import { RouteErrorPage } from '../layout/RouteErrorPage';
import { BranchesPage } from './BranchesPage';
import { BranchPage } from './BranchPage';
import { HqShell } from './HqShell';
import { SamePersonPage } from './SamePersonPage';
import { SearchPage } from './SearchPage';

export function createHqRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <HqShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <BranchesPage /> },
        { path: 'branches/:id', element: <BranchPage /> },
        { path: 'search', element: <SearchPage /> },
        { path: 'same-person', element: <SamePersonPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
