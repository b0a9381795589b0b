import { useEffect, useState } from 'react';

/**
 * Re-renders the component every minute. A result left on screen reads the time again, so "call
 * now" moves from the office number to the emergency duty team at 5pm without a new check.
 */
export function useEveryMinute(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
}
