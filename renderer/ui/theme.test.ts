import { getContrastRatio } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { makeTheme } from './theme';

const COLOURS = ['primary', 'secondary', 'error', 'warning', 'info', 'success'] as const;

describe('the theme', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`puts text on every coloured fill at 4.5:1 or more, in the ${mode} theme (WCAG AA)`, () => {
      const { palette } = makeTheme(mode);
      const failing = COLOURS.flatMap((name) => {
        const { main, contrastText } = palette[name];
        const ratio = getContrastRatio(main, contrastText);
        return ratio < 4.5 ? [`${name}: ${contrastText} on ${main} is ${ratio.toFixed(2)}:1`] : [];
      });
      expect(failing).toEqual([]);
    });
  }
});
