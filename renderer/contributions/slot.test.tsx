import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createSlot, SlotOutlet, useSlotLoaded, type Slot } from './slot';

interface Props {
  name: string;
}

/** A contribution whose component says which it is and what it was given. */
function says(label: string) {
  return { default: ({ name }: Props) => <p>{`${label}:${name}`}</p> };
}

describe('a slot', () => {
  it('loads a contribution only when a host first draws it, then draws each with the host props, in order', async () => {
    const slot = createSlot<Props>('test');
    const late = vi.fn(async () => says('late'));
    const early = vi.fn(async () => says('early'));
    slot.register({ id: 'late', order: 20, load: late });
    slot.register({ id: 'early', order: 10, load: early });
    expect(late).not.toHaveBeenCalled();
    expect(early).not.toHaveBeenCalled();

    render(<SlotOutlet slot={slot} props={{ name: 'lic-1' }} />);
    await screen.findByText('late:lic-1');
    expect(screen.getAllByText(/:lic-1$/).map((p) => p.textContent)).toEqual(['early:lic-1', 'late:lic-1']);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('keeps one contribution per id: registering again replaces it', () => {
    const slot = createSlot<Props>('test');
    slot.register({ id: 'a', order: 1, load: async () => says('first') });
    slot.register({ id: 'b', order: 2, load: async () => says('b') });
    slot.register({ id: 'a', order: 3, load: async () => says('second') });
    expect(slot.entries().map((e) => [e.id, e.order])).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
  });

  it('with nothing registered, draws nothing', () => {
    const { container } = render(<SlotOutlet slot={createSlot<Props>('empty')} props={{ name: 'x' }} />);
    expect(container.innerHTML).toBe('');
  });

  it('preloads every contribution on demand, each once, before any host draws it', async () => {
    const slot = createSlot<Props>('test');
    const a = vi.fn(async () => says('a'));
    const b = vi.fn(async () => says('b'));
    slot.register({ id: 'a', order: 1, load: a });
    slot.register({ id: 'b', order: 2, load: b });
    await slot.preload();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    render(<SlotOutlet slot={slot} props={{ name: 'q' }} />);
    await screen.findByText('b:q');
  });
});

/** A host that draws its own button beside the slot's, as a quote row does, once the slot has loaded. */
function Row({ slot }: { slot: Slot<Props> }) {
  const loaded = useSlotLoaded(slot);
  if (!loaded) return null;
  return (
    <div>
      <button>own</button>
      <SlotOutlet slot={slot} props={{ name: 'row' }} />
    </div>
  );
}

describe('a host waiting for its slot', () => {
  it('shows nothing until every contribution has loaded, then its own controls and the contributions together', async () => {
    const slot = createSlot<Props>('test');
    let arrive: (module: ReturnType<typeof says>) => void = () => undefined;
    slot.register({ id: 'pay', order: 1, load: () => new Promise((resolve) => (arrive = resolve)) });
    render(<Row slot={slot} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('button', { name: 'own' })).toBeNull();
    arrive(says('pay'));
    await screen.findByRole('button', { name: 'own' });
    // Drawn in the same pass: nothing arrives later beside the host's button.
    expect(screen.getByText('pay:row')).toBeTruthy();
  });

  it('is not held back by a contribution that fails to load', async () => {
    const slot = createSlot<Props>('test');
    slot.register({ id: 'broken', order: 1, load: () => Promise.reject(new Error('chunk gone')) });
    slot.register({ id: 'fine', order: 2, load: async () => says('fine') });
    const loaded = vi.fn();
    function Probe() {
      if (useSlotLoaded(slot)) loaded();
      return null;
    }
    render(<Probe />);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalled());
  });
});
