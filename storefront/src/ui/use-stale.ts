// Whether a list still shows the answer to an older request (other filters, another page) while a newer one
// loads: the list marks itself busy and inert meanwhile, so nobody acts on a row that is about to go.
import { useRef, useState } from 'preact/hooks';

/** `track(key, call)` wraps a load; `isStale(key)` is true until the answer to the latest `key` has arrived. */
export function useStale() {
  const latest = useRef<string>();
  const [shown, setShown] = useState<string>();
  const track = <T>(key: string, call: Promise<T>): Promise<T> => {
    latest.current = key;
    return call.then((answer) => {
      if (latest.current === key) setShown(key);
      return answer;
    });
  };
  return { track, isStale: (key: string) => shown !== undefined && shown !== key };
}
