// A wait counted down a second at a time, e.g. the Retry-After of a throttled sign-in.
import { useEffect, useState } from 'preact/hooks';

/** The seconds left (0 when none) and a setter that starts a new wait. */
export function useCountdown(): [number, (seconds: number) => void] {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(() => setSeconds((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  return [seconds, setSeconds];
}
