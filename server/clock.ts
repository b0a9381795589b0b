/** The time source, injected so that visibility, expiry and retention rules test against fixed dates. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock for tests: starts at a fixed instant and moves only when told. */
export function fixedClock(start: string | Date): Clock & { set(to: string | Date): void; advance(ms: number): void } {
  let now = new Date(start);
  const clock = () => new Date(now);
  clock.set = (to: string | Date) => {
    now = new Date(to);
  };
  clock.advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };
  return clock;
}
