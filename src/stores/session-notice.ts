import { create } from 'zustand';

/** Why the sign-in page is showing: the session ran out, or the user removed their card. */
export type SessionNotice = 'expired' | 'signed-out';

interface SessionNoticeState {
  notice: SessionNotice | undefined;
  show(notice: SessionNotice): void;
  dismiss(): void;
}

export const useSessionNotice = create<SessionNoticeState>()((set) => ({
  notice: undefined,
  show: (notice) => set({ notice }),
  dismiss: () => set({ notice: undefined }),
}));
