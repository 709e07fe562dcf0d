import { create } from 'zustand';
import type { DueReminder } from './due';

export interface ReminderItem extends DueReminder {
  readonly entityName: string;
}

interface RemindersState {
  due: ReminderItem[];
  /** Days since the last good backup of this app's data; null when there is nothing to back up or it is recent. 'never' when none was ever taken. */
  backupOverdue: number | 'never' | null;
  /** The last restore: when it was made, and when the backup it brought back was taken. */
  restored: { at: string; taken: string } | null;
  /** The reminders panel is open (a toast's "Show" opens it). */
  open: boolean;
  setOpen: (open: boolean) => void;
}

/** Reminders in memory, for the badge and the panel; the service fills it. */
export const useReminders = create<RemindersState>((set) => ({
  due: [],
  backupOverdue: null,
  restored: null,
  open: false,
  setOpen: (open) => set({ open }),
}));
