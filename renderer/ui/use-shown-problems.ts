import { useState } from 'react';

/** What is wrong with a form's values now: messages by field, and one for the whole form. */
export interface Problems {
  fields: Readonly<Record<string, string>>;
  form: string;
}

/** Nothing wrong. */
export const NO_PROBLEMS: Problems = { fields: {}, form: '' };

/** Whether anything is wrong. */
export function hasProblems(problems: Problems): boolean {
  return problems.form !== '' || Object.keys(problems.fields).length > 0;
}

interface Refusal {
  message: string;
  /** The values the refusal was about: it shows while they are the same object. */
  about: unknown;
}

/**
 * The problems a form shows. The caller computes them from the values as they
 * are on every render; only "the user has tried to go on" is kept, never a
 * message, so after a refused attempt each error shows while it is true and
 * goes as soon as the user fixes it. `scope` (a step, a tab) forgets the attempt
 * when it changes. A refusal from outside (the store, the network) is kept with
 * the values it was about and goes when they change.
 */
export function useShownProblems(current: Problems, scope: unknown = null, values?: unknown) {
  const [tried, setTried] = useState<{ scope: unknown } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const active = tried !== null && tried.scope === scope;
  const refused = refusal !== null && refusal.about === values ? refusal.message : '';
  const shown: Problems = active ? current : NO_PROBLEMS;
  return {
    shown: refused && !shown.form ? { ...shown, form: refused } : shown,
    /** Records an attempt; true when nothing is wrong and the caller may go on. */
    attempt: (): boolean => {
      setTried({ scope });
      setRefusal(null);
      return !hasProblems(current);
    },
    /** Forgets the attempt, after the values were accepted. */
    reset: () => {
      setTried(null);
      setRefusal(null);
    },
    /** Shows a refusal from outside the form while `values` stay as they are. */
    refuse: (message: string) => setRefusal({ message, about: values }),
  };
}
