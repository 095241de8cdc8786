import { useEffect, useState } from 'react';

/** Seconds since `since`, updated every second while shown. */
export function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span className="elapsed">{Math.max(0, Math.round((now - since) / 1000))} s</span>;
}
