import { CssBaseline, Table, TableBody, TableCell, TableHead, TableRow, ThemeProvider, Typography, createTheme } from '@mui/material';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ConexDb } from '../../../renderer/db/database';

/**
 * The cold-start benchmark's baseline: the least a React and MUI app must do to show a first screen from the
 * app's store. It loads React, ReactDOM and MUI, opens the app's own IndexedDB store (same name, same migrations),
 * reads the settings and the first ten licenses, and renders a heading and a ten-row MUI table, then marks its
 * first screen as the app does. No i18n, no routing, no shell, no data grid: what those cost is what the ratio shows.
 */
const rows = Array.from({ length: 10 }, (_, i) => ({ sen: `SEN-${String(i).padStart(8, '0')}`, tier: 'Professional', end: '2027-01-01' }));

function FirstScreen({ stored }: { stored: { sen: string; tier: string; maintenanceEnd: string }[] }) {
  useEffect(() => {
    performance.mark('conex:first-screen');
  }, []);
  const shown = [...stored.map((l) => ({ sen: l.sen, tier: l.tier, end: l.maintenanceEnd })), ...rows].slice(0, 10);
  return (
    <>
      <Typography variant="h4" component="h1">
        Licenses
      </Typography>
      <Table aria-label="Licenses">
        <TableHead>
          <TableRow>
            <TableCell>SEN</TableCell>
            <TableCell>Tier</TableCell>
            <TableCell>Maintenance end</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((r) => (
            <TableRow key={r.sen}>
              <TableCell>{r.sen}</TableCell>
              <TableCell>{r.tier}</TableCell>
              <TableCell>{r.end}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

async function main() {
  const store = new ConexDb();
  await store.open();
  await store.settings.toArray();
  const stored = await store.licenses.orderBy('maintenanceEnd').limit(10).toArray();
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <ThemeProvider theme={createTheme()}>
        <CssBaseline />
        <FirstScreen stored={stored} />
      </ThemeProvider>
    </StrictMode>,
  );
}

void main();
