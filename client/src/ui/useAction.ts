import { useState } from 'preact/hooks';
import { ApiError } from '../api/http';

/** The message to show a person for anything an action threw. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : String(error);
}

/**
 * A button's async action: `busy` while it runs, `error` (readable) when it failed. `run` resolves to the task's
 * result, or undefined when it failed.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  async function run<T>(task: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      return await task();
    } catch (e) {
      setError(errorMessage(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
