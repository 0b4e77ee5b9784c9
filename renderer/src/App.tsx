import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { I18nProvider } from './i18n/I18nProvider';
import { NotifyProvider } from './notify/NotifyProvider';
import { createRouter } from './router';
import { theme } from './theme';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The data is a local file: a failure will not fix itself by retrying, and focus changes nothing.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <I18nProvider>
          <NotifyProvider>
            <RouterProvider router={router} />
          </NotifyProvider>
        </I18nProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
