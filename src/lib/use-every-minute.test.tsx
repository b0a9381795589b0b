import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEveryMinute } from './use-every-minute.ts';

function Clock({ now }: { now: () => Date }) {
  useEveryMinute();
  return <p>{now().toISOString()}</p>;
}

describe('useEveryMinute', () => {
  afterEach(() => vi.useRealTimers());

  it('reads the time again a minute later', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-23T16:59:30Z'));
    render(<Clock now={() => new Date()} />);
    expect(screen.getByText('2026-11-23T16:59:30.000Z')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('2026-11-23T17:00:30.000Z')).toBeInTheDocument();
  });
});
