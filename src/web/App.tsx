// Providers (React Query, router) and the session-wide reactions: a 401 from any call reloads the session, which
// sends the user back to the login page.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { ApiError, onUnauthenticated } from './api/client.ts';
import { sessionKey } from './api/session.ts';
import { AppRoutes } from './routes.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status > 0 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  useEffect(() => onUnauthenticated(() => void queryClient.invalidateQueries({ queryKey: sessionKey })), []);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  );
}
