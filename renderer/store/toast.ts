import type { TFunction } from 'i18next';
import { create } from 'zustand';

/**
 * A message's text, made each time it is drawn with the app's `t` and language of that moment: a message raised in
 * English and still showing when the user switches to Arabic reads in Arabic, its dates and numbers too. A string
 * made when the message was raised would stay in the language it was made in.
 */
export type ToastText = (t: TFunction, language: string) => string;

export interface Toast {
  id: number;
  message: ToastText;
  /** The namespace `t` looks keys up in ('common' when none); a key may still name its own ('maintenance:…'). */
  ns?: string;
  severity: 'success' | 'info' | 'warning' | 'error';
  action?: { label: ToastText; run: () => void };
}

interface ToastState {
  current: Toast | null;
  show: (toast: Omit<Toast, 'id'>) => void;
  dismiss: () => void;
}

let next = 1;

/** In-app messages (saved, deleted with undo, errors) shown one at a time. */
export const useToast = create<ToastState>((set) => ({
  current: null,
  show: (toast) => set({ current: { ...toast, id: next++ } }),
  dismiss: () => set({ current: null }),
}));
