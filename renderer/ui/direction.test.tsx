import CheckIcon from '@mui/icons-material/Check';
import ArrowBack from '@mui/icons-material/ArrowBack';
import { __unsafe_useEmotionCache as useEmotionCache } from '@emotion/react';
import { Box, ThemeProvider, useTheme } from '@mui/material';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InDirection } from '../test/direction';
import { cacheFor, DirectionProvider, useDocumentDirection } from './direction';
import { Ltr, ltrInputProps, useLtrText } from './Ltr';
import { mirrored } from './mirrored';
import { makeTheme } from './theme';

function Probe() {
  const theme = useTheme();
  const cache = useEmotionCache();
  return (
    <Box data-testid="probe" data-direction={theme.direction} data-cache={cache?.key} sx={{ ml: '8px', textAlign: 'left' }}>
      probe
    </Box>
  );
}

/** The app's wiring (App.tsx): the direction the document says, its cache and its theme. */
function FollowsDocument() {
  const direction = useDocumentDirection();
  return (
    <DirectionProvider direction={direction}>
      <ThemeProvider theme={makeTheme('light', direction)}>
        <Probe />
      </ThemeProvider>
    </DirectionProvider>
  );
}

const BackIcon = mirrored(ArrowBack);

function Total() {
  const ltr = useLtrText();
  return <p data-testid="total">{`Total: ${ltr('€1,200.00')}`}</p>;
}

describe('right-to-left layout', () => {
  afterEach(() => {
    document.documentElement.dir = '';
  });

  it('in RTL the theme direction is rtl, the cache is the RTL one, and left-side styles move to the right', () => {
    render(
      <InDirection direction="rtl">
        <Probe />
      </InDirection>,
    );
    const probe = screen.getByTestId('probe');
    expect(probe.dataset.direction).toBe('rtl');
    expect(probe.dataset.cache).toBe(cacheFor('rtl').key);
    expect(getComputedStyle(probe).marginRight).toBe('8px');
    expect(getComputedStyle(probe).marginLeft).not.toBe('8px');
    expect(getComputedStyle(probe).textAlign).toBe('right');
  });

  it('in LTR nothing turns round', () => {
    render(
      <InDirection direction="ltr">
        <Probe />
      </InDirection>,
    );
    const probe = screen.getByTestId('probe');
    expect(probe.dataset.direction).toBe('ltr');
    expect(probe.dataset.cache).toBe(cacheFor('ltr').key);
    expect(getComputedStyle(probe).marginLeft).toBe('8px');
  });

  it('switches live when the document direction changes (as a language switch sets it), each way', async () => {
    render(<FollowsDocument />);
    const probe = () => screen.getByTestId('probe');
    expect(probe().dataset.direction).toBe('ltr');
    await act(async () => {
      document.documentElement.dir = 'rtl';
      await Promise.resolve();
    });
    expect(probe().dataset.direction).toBe('rtl');
    expect(probe().dataset.cache).toBe('css-rtl');
    await act(async () => {
      document.documentElement.dir = 'ltr';
      await Promise.resolve();
    });
    expect(probe().dataset.direction).toBe('ltr');
    expect(probe().dataset.cache).toBe('css');
  });

  it('an icon that points a way is mirrored in RTL only; a checkmark never is', () => {
    const { unmount } = render(
      <InDirection direction="rtl">
        <BackIcon data-testid="back" />
        <CheckIcon data-testid="check" />
      </InDirection>,
    );
    expect(getComputedStyle(screen.getByTestId('back')).transform).toBe('scaleX(-1)');
    expect(getComputedStyle(screen.getByTestId('check')).transform).not.toBe('scaleX(-1)');
    unmount();
    render(
      <InDirection direction="ltr">
        <BackIcon data-testid="back" />
      </InDirection>,
    );
    expect(getComputedStyle(screen.getByTestId('back')).transform).not.toBe('scaleX(-1)');
  });

  it('a key inside right-to-left text is an isolated left-to-right run, and a key field is left to right', () => {
    render(
      <InDirection direction="rtl">
        <p>
          مفتاح <Ltr>CNX1-AB2C-3DEF</Ltr>
        </p>
        <input aria-label="key" {...ltrInputProps} />
      </InDirection>,
    );
    const key = screen.getByText('CNX1-AB2C-3DEF');
    expect(key.tagName).toBe('BDI');
    expect(key.getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('textbox', { name: 'key' }).getAttribute('dir')).toBe('ltr');
  });

  it('a value inside a translated string is wrapped in Unicode isolates in RTL, and left as it is in LTR', () => {
    const { unmount } = render(
      <InDirection direction="rtl">
        <Total />
      </InDirection>,
    );
    expect(screen.getByTestId('total').textContent).toBe('Total: \u2066€1,200.00\u2069');
    unmount();
    render(
      <InDirection direction="ltr">
        <Total />
      </InDirection>,
    );
    expect(screen.getByTestId('total').textContent).toBe('Total: €1,200.00');
  });
});
