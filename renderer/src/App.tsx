import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import { RecoveryGate } from './backup/RecoveryScreen';
import { AuthGate } from './auth/AuthGate';
import { useI18n } from './i18n/I18nContext';
import { I18nProvider } from './i18n/I18nProvider';
import { NotifyProvider } from './notify/NotifyProvider';
import { ModeGate } from './hq/ModeGate';
import { createRouter } from './router';
import { UnlockGate } from './encryption/UnlockGate';
import { themeFor } from './theme';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The data is a local file: a failure will not fix itself by retrying, and focus changes nothing.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

function LocalizedTheme({ children }: { readonly children: ReactNode }) {
  const { language } = useI18n();
  return <ThemeProvider theme={themeFor(language)}>{children}</ThemeProvider>;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <LocalizedTheme>
          <CssBaseline />
          <NotifyProvider>
            <ModeGate>
              <UnlockGate>
                <RecoveryGate>
                  <AuthGate>
                    <RouterProvider router={router} />
                  </AuthGate>
                </RecoveryGate>
              </UnlockGate>
            </ModeGate>
          </NotifyProvider>
        </LocalizedTheme>
      </I18nProvider>
    </QueryClientProvider>
  );
}
