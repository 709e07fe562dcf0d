import { create } from 'zustand';

export interface Toast {
  id: number;
  /** Already translated text. */
  message: string;
  severity: 'success' | 'info' | 'warning' | 'error';
  action?: { label: string; run: () => void };
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
