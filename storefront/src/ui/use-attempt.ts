// A form's sending state: busy while one attempt is under way, and the problem the last attempt answered.
import { useState } from 'preact/hooks';
import type { Problem } from '../api/types.ts';

export function useAttempt() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  /** Runs `send` with the last problem cleared and busy meanwhile; keeps and returns the problem it answers. */
  const attempt = async (send: () => Promise<Problem | undefined>) => {
    setBusy(true);
    setProblem(undefined);
    const error = await send();
    setBusy(false);
    if (error) setProblem(error);
    return error;
  };
  /**
   * `attempt` for one gateway call: once it succeeds, `then` gets its answer (undefined for a call whose success
   * has no body, e.g. a 204, which its generated type says).
   */
  const send = <T>(call: () => Promise<{ data?: T; error?: Problem }>, then: (data: T) => void) =>
    attempt(async () => {
      const { data, error } = await call();
      if (!error) then(data as T);
      return error;
    });
  return { busy, problem, setProblem, attempt, send };
}
