import { createTheme, type Theme, type ThemeOptions } from '@mui/material/styles';
import type { Direction } from '../i18n/languages';

/**
 * For a user whose system asks for less motion (WCAG 2.3.3): dialogs, menus, drawers and toasts appear and go at once,
 * with no fade, grow or slide, and a click makes no ripple. MUI's transitions read both the CSS (`create`) and the
 * durations (the components' timeouts), so both are set. Progress indicators still turn: they say work goes on.
 */
const withoutMotion: Pick<ThemeOptions, 'transitions'> & { components: ThemeOptions['components'] } = {
  transitions: {
    create: () => 'none',
    duration: { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 },
  },
  components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
};

/**
 * The app's MUI theme; Conex blue, with a contrast that passes WCAG AA in both modes. `direction` is MUI's RTL mode; it
 * goes with the Emotion cache of the same direction (`DirectionProvider`). `reduceMotion` follows the system's
 * "reduce motion" setting (`prefers-reduced-motion`).
 */
export function makeTheme(mode: 'light' | 'dark', direction: Direction = 'ltr', reduceMotion = false): Theme {
  const ring = mode === 'light' ? '#0b4f9c' : '#8ab8f2';
  return createTheme({
    direction,
    ...(reduceMotion ? { transitions: withoutMotion.transitions } : {}),
    palette: {
      mode,
      // Text on a coloured fill (buttons, filled alerts, chips) is white or dark, whichever reaches WCAG AA's 4.5:1;
      // MUI's default of 3 put white on the dark theme's red (3.7:1), as on a filled Delete button.
      contrastThreshold: 4.5,
      primary: { main: mode === 'light' ? '#0b4f9c' : '#8ab8f2' },
      secondary: { main: mode === 'light' ? '#6a3d9a' : '#c8a6f0' },
      // MUI's light warning and info are too pale for white text (3.1:1, 3.9:1) in filled alerts and toasts.
      ...(mode === 'light' ? { warning: { main: '#9a4f00' }, info: { main: '#0277bd' } } : {}),
    },
    shape: { borderRadius: 8 },
    components: {
      ...(reduceMotion ? withoutMotion.components : {}),
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiCssBaseline: {
        styleOverrides: {
          // One focus ring for every control reached by keyboard, filled buttons included: outside the control, with a
          // gap, so it shows on a blue fill as on the page. Text fields keep their own focused outline.
          '.MuiButtonBase-root.Mui-focusVisible, a:focus-visible, button:focus-visible, [tabindex]:not(input):focus-visible': {
            outline: `2px solid ${ring}`,
            outlineOffset: 2,
          },
        },
      },
    },
  });
}
