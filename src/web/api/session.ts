// The current session (GET /api/auth/session) as a React Query, and what the current role may do.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionView } from '../../modules/identity/contract.ts';
import type { Action } from '../../platform/policy/table.ts';
import { ApiError, apiGet, apiPost, setCsrfToken } from './client.ts';

export const sessionKey = ['session'] as const;

/** The session, or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionView | null> {
  try {
    const session = await apiGet<SessionView>('/auth/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** The signed-in, fully authenticated session (only call under the authenticated layout). */
export function useCurrentSession(): SessionView {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession used outside an authenticated page');
  return data;
}

export function can(session: SessionView | null | undefined, action: Action): boolean {
  return Boolean(session?.abilities[action]);
}

export function useCan(action: Action): boolean {
  const { data } = useSession();
  return can(data, action);
}

/** Reloads the session after login, two-factor, organisation switch or logout. */
export function useRefreshSession() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: sessionKey });
}

export async function logout(): Promise<void> {
  await apiPost<{ ok: true }>('/auth/logout');
  setCsrfToken(null);
}
