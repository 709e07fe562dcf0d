import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createNotifier, type NotificationLike } from './notifications';

class FakeNotification extends EventEmitter implements NotificationLike {
  shown = false;
  closed = false;
  constructor(readonly options: { title?: string; body?: string }) {
    super();
  }
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
    this.emit('close');
  }
}

function setup(supported = true) {
  const made: FakeNotification[] = [];
  const onClick = vi.fn();
  const notifier = createNotifier({
    isSupported: () => supported,
    create: (options) => {
      const n = new FakeNotification(options);
      made.push(n);
      return n;
    },
    onClick,
  });
  return { notifier, made, onClick };
}

describe('system notifications', () => {
  it('shows a notification and reports its click by id', () => {
    const { notifier, made, onClick } = setup();
    expect(notifier.show({ id: 'maint-SEN-12345678', title: 'Maintenance ends soon', body: 'In 30 days' })).toBe(true);
    expect(made[0]?.shown).toBe(true);
    expect(made[0]?.options).toEqual({ title: 'Maintenance ends soon', body: 'In 30 days' });
    made[0]?.emit('click');
    expect(onClick).toHaveBeenCalledWith('maint-SEN-12345678');
  });

  it('replaces an earlier notification with the same id', () => {
    const { notifier, made } = setup();
    notifier.show({ id: 'a', title: '1', body: '' });
    notifier.show({ id: 'a', title: '2', body: '' });
    expect(made.map((n) => n.closed)).toEqual([true, false]);
  });

  it('says so when the system has no notifications', () => {
    const { notifier, made } = setup(false);
    expect(notifier.show({ id: 'a', title: 't', body: 'b' })).toBe(false);
    expect(made).toEqual([]);
  });
});
