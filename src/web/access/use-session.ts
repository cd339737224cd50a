import { useCallback, useEffect, useState } from 'react';
import type { Principal } from '../../access/roles.ts';
import { accessApi } from './access-api.ts';

export type SessionView =
  | { status: 'loading' }
  | { status: 'ready'; user: Principal | null; mustChangePassword: boolean }
  | { status: 'error'; detail: string };

/** Who is signed in (and the CSRF token, kept by access-api); `signedIn` updates it after login. */
export function useSession(): {
  session: SessionView;
  signedIn: (user: Principal, mustChangePassword?: boolean) => void;
} {
  const [session, setSession] = useState<SessionView>({ status: 'loading' });
  useEffect(() => {
    accessApi.session().then(
      (s) => setSession({ status: 'ready', user: s.user, mustChangePassword: s.mustChangePassword === true }),
      (e: unknown) => setSession({ status: 'error', detail: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  const signedIn = useCallback(
    (user: Principal, mustChangePassword = false) => setSession({ status: 'ready', user, mustChangePassword }),
    [],
  );
  return { session, signedIn };
}
