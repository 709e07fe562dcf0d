import { Button, Dialog, DialogActions } from '@mui/material';
import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useToast } from '../store/toast';
import { Toaster } from './Toaster';

function Screen() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <Toaster />
      <Dialog open={open} aria-label="Add a license" transitionDuration={0}>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Add license</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

const snackbarOf = (text: string) => screen.getByText(text).closest('.MuiSnackbar-root');

describe('the in-app message', () => {
  it('raised while a dialog is open, shows at the top, clear of the dialog’s buttons; at the bottom once it is closed', async () => {
    render(<Screen />);
    act(() => useToast.getState().show({ message: () => 'Maintenance ends in 40 days.', severity: 'info' }));
    expect(snackbarOf('Maintenance ends in 40 days.')).toHaveProperty('className', expect.stringContaining('anchorOriginTopCenter'));

    act(() => screen.getByRole('button', { name: 'Add license' }).click());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(snackbarOf('Maintenance ends in 40 days.')).toHaveProperty('className', expect.stringContaining('anchorOriginBottomCenter'));
  });
});
