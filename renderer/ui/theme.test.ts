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

describe('the theme with "reduce motion" asked by the system (WCAG 2.3.3)', () => {
  it('moves nothing: no transition, no duration for the components to wait, no ripple', () => {
    const still = makeTheme('light', 'ltr', true);
    expect(still.transitions.create(['opacity', 'transform'])).toBe('none');
    expect(Object.values(still.transitions.duration).every((ms) => ms === 0)).toBe(true);
    expect(still.components?.MuiButtonBase?.defaultProps?.disableRipple).toBe(true);
  });

  it('otherwise keeps MUI’s motion', () => {
    const moving = makeTheme('light');
    expect(moving.transitions.create(['opacity'])).toMatch(/^opacity \d+ms/);
    expect(moving.transitions.duration.enteringScreen).toBeGreaterThan(0);
    expect(moving.components?.MuiButtonBase?.defaultProps?.disableRipple).toBeUndefined();
  });
});
