import { create } from 'zustand';

type Fields = Record<string, string>;

interface DraftsState {
  /** Whose drafts these are: the role profile signed in when they were typed. */
  owner: string | undefined;
  /** Per form, what was typed and not yet submitted. */
  drafts: Record<string, Fields>;
  saveDraft(form: string, fields: Fields): void;
  /** On sign-in: the same person, in the same role, finds their drafts; anyone else starts clean. */
  signedInAs(owner: string): void;
  clear(): void;
}

/**
 * Half-filled forms, kept across a session that ends mid-form so that signing in again loses
 * nothing. Memory only, never persisted (a draft may hold an NHS number someone typed), and only
 * what the user typed: never anything the service answered.
 */
export const useDrafts = create<DraftsState>()((set, get) => ({
  owner: undefined,
  drafts: {},
  saveDraft: (form, fields) => set((state) => ({ drafts: { ...state.drafts, [form]: fields } })),
  signedInAs: (owner) => {
    if (get().owner !== owner) set({ owner, drafts: {} });
  },
  clear: () => set({ owner: undefined, drafts: {} }),
}));
