import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';

/** What a feature adds to a slot: a component loaded the first time a host shows it, placed by `order`. */
export interface Contribution<P> {
  /** Names the contribution within its slot; registering the same id again replaces it. */
  readonly id: string;
  /** Lower comes first; hosts show a slot's contributions in this order. */
  readonly order: number;
  /** Loads the component: a dynamic import, so its code is fetched when first shown, never with the first screen. */
  readonly load: () => Promise<{ default: ComponentType<P> }>;
}

/** A registered contribution, ready to draw. */
export interface SlotEntry<P> {
  readonly id: string;
  readonly order: number;
  readonly Component: LazyExoticComponent<ComponentType<P>>;
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
  return {
    name,
    register({ id, order, load }) {
      // lazy() is created once per contribution: a new one on each render would load and mount the panel afresh.
      byId.set(id, { id, order, Component: lazy(load) });
      loads.set(id, load);
      sorted = [...byId.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    },
    entries: () => sorted,
    // A module's import is cached: lazy() finds the same module when it renders.
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
