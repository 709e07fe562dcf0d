import { useEffect, useRef } from 'react';

const FIELDS = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), [role="combobox"]';

/**
 * Moves focus to the first field inside the returned ref's element each time `step` changes (not on the first
 * draw), so a keyboard user who goes on to the next step of a form starts typing there, not back at the top.
 */
export function useFocusFirstField<T extends HTMLElement>(step: string) {
  const ref = useRef<T>(null);
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const field = ref.current?.querySelector<HTMLElement>(FIELDS);
    (field ?? ref.current)?.focus();
  }, [step]);
  return ref;
}
