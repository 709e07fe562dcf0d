import type { NotificationConstructorOptions } from 'electron';

/** The part of Electron's Notification class used here. */
export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click' | 'close', listener: () => void): unknown;
}

export interface Notifier {
  /** Shows a system notification; false when the system has none. */
  show(options: { id: string; title: string; body: string }): boolean;
}

/**
 * System notifications from main (the renderer needs no permission for them).
 * A click focuses the app and reports the notification's id; one id shows at
 * most one notification, so a repeated reminder replaces the previous one.
 */
export function createNotifier(deps: {
  isSupported(): boolean;
  create(options: NotificationConstructorOptions): NotificationLike;
  onClick(id: string): void;
}): Notifier {
  // Held until closed: a notification that is garbage collected loses its click handler.
  const live = new Map<string, NotificationLike>();
  return {
    show({ id, title, body }) {
      if (!deps.isSupported()) return false;
      live.get(id)?.close();
      const notification = deps.create({ title, body });
      notification.on('click', () => deps.onClick(id));
      notification.on('close', () => {
        if (live.get(id) === notification) live.delete(id);
      });
      live.set(id, notification);
      notification.show();
      return true;
    },
  };
}
