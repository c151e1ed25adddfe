import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadError, Loading } from '../ui/Notice';

// The session page and mediasoup-client load only when someone opens a session, not with the rest of the portal.
let loaded: Promise<ComponentType<{ id: string }>> | null = null;
const load = () => (loaded ??= import('./SessionPage').then((m) => m.SessionPage));

export function SessionRoute({ id }: { id: string }) {
  const [Page, setPage] = useState<ComponentType<{ id: string }> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load().then(
      (C) => setPage(() => C),
      () => {
        loaded = null;
        setFailed(true);
      },
    );
  }, []);
  if (failed) return <LoadError message="页面加载失败，请检查网络后刷新" onRetry={() => window.location.reload()} />;
  return Page ? <Page id={id} /> : <Loading />;
}
