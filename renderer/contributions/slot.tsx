import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';

/** What a feature adds to a slot: a component loaded the first time a host shows it, placed by `order`. */
export interface Contribution<P> {
  /** Names the contribution within its slot; registering the same id again replaces it. */
  readonly id: string;
  /** Lower comes first; hosts show a slot's contributions in this order. */
  readonly order: number;
  /** Loads the component: a dynamic import, so its code is fetched when first shown, never with the first screen. */
  readonly load: () => Promise<{ default: ComponentType<P> }>;
}

/** A registered contribution, ready to draw: its component itself once loaded, a lazy one that loads it until then. */
export interface SlotEntry<P> {
  readonly id: string;
  readonly order: number;
  readonly Component: ComponentType<P> | LazyExoticComponent<ComponentType<P>>;
}

/** An extension point: hosts draw what features registered, with the props the slot's type names. */
export interface Slot<P> {
  readonly name: string;
  /** Adds (or replaces, by id) a contribution. Features call this from their contributions.ts. */
  register(contribution: Contribution<P>): void;
  /** The contributions in order. */
  entries(): readonly SlotEntry<P>[];
  /** Loads every contribution's code now rather than when first shown. */
  preload(): Promise<void>;
}

/** Makes an empty slot whose contributions all receive props of type P. */
export function createSlot<P extends object>(name: string): Slot<P> {
  const byId = new Map<string, SlotEntry<P>>();
  const loads = new Map<string, () => Promise<unknown>>();
  let sorted: SlotEntry<P>[] = [];
  const sort = () => {
    sorted = [...byId.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  };
  return {
    name,
    register({ id, order, load }) {
      // One load per contribution, shared by lazy() and preload. Once loaded, the entry draws the component itself:
      // a lazy() component suspends on its first render even when its module is there, and the host would draw
      // without it for a moment, then move its own controls aside when it appeared.
      let loading: Promise<{ default: ComponentType<P> }> | undefined;
      const once = () =>
        (loading ??= load().then((module) => {
          if (byId.get(id) === entry) {
            byId.set(id, { id, order, Component: module.default });
            sort();
          }
          return module;
        }));
      // lazy() is created once per contribution: a new one on each render would load and mount the panel afresh.
      const entry: SlotEntry<P> = { id, order, Component: lazy(once) };
      byId.set(id, entry);
      loads.set(id, once);
      sort();
    },
    entries: () => sorted,
    preload: async () => {
      await Promise.all([...loads.values()].map((load) => load()));
    },
  };
}

/** Draws every contribution of a slot in order, each loaded when first shown; nothing shows while one loads. */
export function SlotOutlet<P extends object>({ slot, props }: { slot: Slot<P>; props: P }) {
  return (
    <Suspense fallback={null}>
      {slot.entries().map(({ id, Component }) => (
        <Component key={id} {...props} />
      ))}
    </Suspense>
  );
}

/**
 * Whether every contribution of `slot` has loaded. A host that sets contributions among its own controls (a row's
 * action buttons) waits for it before showing them: a contribution arriving later pushes the host's buttons aside
 * under the pointer, so a click pressed on one lands on another (a fresh CI run's PO button click was lost so).
 * A contribution that fails to load does not hold the host back: the outlet shows the others.
 */
export function useSlotLoaded<P extends object>(slot: Slot<P>): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void slot
      .preload()
      .catch(() => undefined)
      .then(() => {
        if (live) setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [slot]);
  return loaded;
}
