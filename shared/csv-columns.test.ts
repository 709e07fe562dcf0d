import { describe, expect, it } from 'vitest';
import { guessMapping, normalizeDay, normalizeWhole } from './csv-columns';
import { CSV_COLUMNS } from './csv-licenses';

describe('matching a spreadsheet’s columns', () => {
  it('French and English headers, whatever their accents, case and punctuation, find their column', () => {
    const headers = [
      'Numéro SEN',
      'PRODUIT',
      'Offre',
      'Type de licence',
      'Entité',
      'Serveur',
      'Titulaire',
      'Début de maintenance',
      'Fin_de_maintenance',
      'Version majeure',
      'Notes',
    ];
    expect(guessMapping(headers, CSV_COLUMNS)).toEqual({
      sen: 'Numéro SEN',
      product: 'PRODUIT',
      tier: 'Offre',
      type: 'Type de licence',
      entity: 'Entité',
      serverId: 'Serveur',
      licensee: 'Titulaire',
      maintenanceStart: 'Début de maintenance',
      maintenanceEnd: 'Fin_de_maintenance',
      majorVersion: 'Version majeure',
    });
  });

  it('the first header that stands for a column takes it', () => {
    expect(guessMapping(['sen', 'SEN'], CSV_COLUMNS)).toEqual({ sen: 'sen' });
  });

  it('day-first dates and decimal commas read as the values they stand for; anything else stays as typed', () => {
    expect(normalizeDay('31/12/2026')).toBe('2026-12-31');
    expect(normalizeDay('1.2.2026')).toBe('2026-02-01');
    expect(normalizeDay('2026-12-31')).toBe('2026-12-31');
    expect(normalizeDay('soon')).toBe('soon');
    expect(normalizeWhole('9,0')).toBe('9');
    expect(normalizeWhole('9.00')).toBe('9');
    expect(normalizeWhole('9,5')).toBe('9,5');
  });
});
