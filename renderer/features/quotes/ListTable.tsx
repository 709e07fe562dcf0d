import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';

/** A column heading of the quotes and orders lists; amounts and actions sit on the right. */
export interface ListColumn {
  label: string;
  align?: 'right';
}

/** The outlined table both lists of the Quotes screen share: its heading row, then the rows given. */
export function ListTable({ label, columns, children }: { label: string; columns: readonly ListColumn[]; children: ReactNode }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell key={c.label} {...(c.align ? { align: c.align } : {})}>
                {c.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
}
