import { Box, CircularProgress, CssBaseline, ThemeProvider, useMediaQuery } from '@mui/material';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstScreenShown } from '../lib/after-first-screen';
import { useScreen } from '../store/navigation';
import { ReminderCenter } from '../reminders/ReminderCenter';
import { useSettings } from '../store/settings';
import { DirectionProvider, useDocumentDirection } from '../ui/direction';
import { makeTheme } from '../ui/theme';
import { Toaster } from '../ui/Toaster';
import { NavRail } from './NavRail';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { forgetScreen, screenComponent } from './screens';
import { SkipLink } from './SkipLink';
import { useAppShortcuts } from './use-app-shortcuts';
import { useHeadingFocus } from './use-heading-focus';
import { useScreenMemory } from './use-screen-memory';

/** The window: navigation rail at the start (left, or right in a right-to-left language), the open screen beside it. */
export function App() {
  const { t } = useTranslation('common');
  const themeSetting = useSettings((s) => s.settings.theme);
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const mode = themeSetting === 'system' ? (prefersDark ? 'dark' : 'light') : themeSetting;
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const direction = useDocumentDirection();
  const theme = useMemo(() => makeTheme(mode, direction, reduceMotion), [mode, direction, reduceMotion]);
  const screen = useScreen();
  // A retry after a failed load draws the screen with a fresh lazy component, in a fresh error boundary.
  const [attempt, setAttempt] = useState(0);
  const Screen = screenComponent(screen);
  useAppShortcuts();
  useScreenMemory();
  const main = useRef<HTMLElement>(null);
  useHeadingFocus(main);
  useReadyMark();

  return (
    <DirectionProvider direction={direction}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <SkipLink target="main-content" />
        <Box sx={{ display: 'flex', height: '100vh' }}>
          <NavRail />
          <Box component="main" id="main-content" tabIndex={-1} ref={main} sx={{ flexGrow: 1, overflow: 'auto', p: 3 }} aria-busy={false}>
            <ScreenErrorBoundary
              key={`${screen}:${attempt}`}
              onRetry={() => {
                forgetScreen(screen);
                setAttempt((n) => n + 1);
              }}
            >
              <Suspense
                fallback={
                  <Box sx={{ display: 'flex', justifyContent: 'center', pt: 8 }}>
                    <CircularProgress aria-label={t('loading')} />
                  </Box>
                }
              >
                <Screen />
                <ScreenShown />
              </Suspense>
            </ScreenErrorBoundary>
          </Box>
        </Box>
        <Toaster />
        <ReminderCenter />
      </ThemeProvider>
    </DirectionProvider>
  );
}

/**
 * Marks `body[data-ready]` once the shell is drawn and its keyboard shortcuts and menu commands are listening
 * (effects run in order, after those above): tests, benchmarks and the Electron launch check wait for it.
 */
function useReadyMark() {
  useEffect(() => {
    document.body.dataset.ready = 'true';
  }, []);
}

/** Drawn with the open screen (never with the loading indicator): tells the waiting background work the first screen is up. */
function ScreenShown() {
  useEffect(() => firstScreenShown(), []);
  return null;
}
