import { useTheme } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * Shows a value that is always written left to right (a key, SEN, server ID, e-mail address, URL, amount) as one
 * isolated run: inside right-to-left text its characters keep their order, and it does not reorder the text around it.
 */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}

/**
 * The input props for a field that holds a left-to-right value (key, SEN, server ID, e-mail, amount, PO number): in
 * a right-to-left window a pasted key still reads as pasted. For MUI's `slotProps.htmlInput` or an `<input>`'s props.
 */
export const ltrInputProps = { dir: 'ltr' } as const;

/**
 * For a left-to-right value inside a translated sentence that must stay a plain string (a title, a total line): in a
 * right-to-left window the value comes wrapped in the Unicode isolates LRI and PDI, the text form of `<Ltr>`. In a
 * left-to-right window nothing reorders, and the value is left as it is.
 */
export function useLtrText(): (value: string) => string {
  const rtl = useTheme().direction === 'rtl';
  return rtl ? (value) => `\u2066${value}\u2069` : (value) => value;
}
