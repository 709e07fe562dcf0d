import { createTheme, type Theme } from '@mui/material/styles';

/** The app's MUI theme; Conex blue, with a contrast that passes WCAG AA in both modes. */
export function makeTheme(mode: 'light' | 'dark'): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#0b4f9c' : '#8ab8f2' },
      secondary: { main: mode === 'light' ? '#6a3d9a' : '#c8a6f0' },
    },
    shape: { borderRadius: 8 },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
    },
  });
}
