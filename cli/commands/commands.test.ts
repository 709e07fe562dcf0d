import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { armourKey } from '../../shared/keys/normalize';
import { makeTestKey, rogueSigner, sampleEvaluationPayload } from '../../tests/fixtures/keys';
import { seal } from '../../tests/fixtures/hostile-backups/forge';
import { conex, keysFile, tamper } from '../test-kit';

const dir = mkdtempSync(join(tmpdir(), 'conex-cli-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('conex key verify', () => {
  it('a pasted, wrapped key on standard input is genuine: its fields and status as the app words them, exit 0 (R-LIC-3, R-MAINT-6)', async () => {
    const key = await makeTestKey({ maintenanceEnd: '2027-06-01' });
    const out = await conex(['key', 'verify', '-'], { stdin: `  "${key.slice(0, 50)}\n${key.slice(50)}"\n` });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('Genuine key');
    expect(out.stdout).toContain('SEN-12345678');
    expect(out.stdout).toContain('Active: ends in 179 days');
  });

  it('a changed character is refused with the app message, exit 2', async () => {
    const out = await conex(['key', 'verify'], { stdin: armourKey(tamper(await makeTestKey())) });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^standard input, key 1 \(line 1\): refused\. This license key has been changed or mistyped/);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('one bad key among many: each bad key on its own line, the good ones still listed, exit 2', async () => {
    const good = await keysFile([{ sen: 'SEN-00000001' }, { sen: 'SEN-00000002' }]);
    const blocks = good.split('\n# ');
    const bad = armourKey(tamper(await makeTestKey({ sen: 'SEN-00000003' })));
    const out = await conex(['key', 'verify', file('mixed.conexkeys', `${blocks[0]}\n# ${blocks[1]}\n${bad}\n# ${blocks[2]}`)]);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stdout).toContain('SEN-00000001');
    expect(out.stdout).toContain('SEN-00000002');
    expect(out.stdout).toContain('2 of 3 keys genuine.');
  });

  it('prints every genuine key in full, in the file’s order, with where it is and a summary, in English and French', async () => {
    const good = await keysFile([{ sen: 'SEN-00000001', maintenanceEnd: '2027-01-20' }, sampleEvaluationPayload('2026-11-28')]);
    const blocks = good.split('\n# ');
    const bad = armourKey(tamper(await makeTestKey({ sen: 'SEN-00000003' })));
    const stdin = `${blocks[0]}\n# ${blocks[1]}\n${bad}\n# ${blocks[2]}`;
    const en = await conex(['key', 'verify', '-'], { stdin });
    expect(en).toEqual({
      stdout: [
        'standard input, key 1 (line 4): Genuine key (Test key from the Conex sandbox)',
        '  Support Entitlement Number (SEN)  SEN-00000001',
        '  Entity                            Main Library',
        '  Product                           Conex Books®, Server',
        '  Tier                              Professional',
        '  License type                      Commercial',
        '  Server ID                         BX7Q-2M4K-9PLD-T3RW',
        '  Licensee                          Université Lumière Lyon 2',
        '  Issued                            2026-03-02T09:30:00Z',
        '  Maintenance start                 2026-03-02',
        '  Maintenance end                   2027-01-20',
        '  Major version                     Version 9, supported until 2027-06-01',
        '  Status                            Within 60 days: ends in 47 days',
        '',
        'standard input, key 3 (line 28): Genuine key (Test key from the Conex sandbox)',
        '  Support Entitlement Number (SEN)  SEN-12345678',
        '  Entity                            Main Library',
        '  Product                           Conex Books®, Server',
        '  Tier                              Enterprise',
        '  License type                      Evaluation',
        '  Server ID                         BX7Q-2M4K-9PLD-T3RW',
        '  Licensee                          Université Lumière Lyon 2',
        '  Issued                            2026-11-28T08:00:00Z',
        '  Maintenance start                 2026-11-28',
        '  Maintenance end                   2026-12-08',
        '  Evaluation end                    2026-12-08',
        '  Major version                     Version 9, supported until 2027-06-01',
        '  Status                            Evaluation: 4 days left',
        '',
        '2 of 3 keys genuine.',
        '',
      ].join('\n'),
      stderr:
        'standard input, key 2 (line 16): refused. This license key has been changed or mistyped: its signature does not match. Copy it again from the email or your Conex account, without editing it.\n',
      code: 2,
    });
    const fr = await conex(['key', 'verify', '--lang', 'fr', '-'], { stdin });
    expect(fr.code).toBe(2);
    expect(fr.stdout.split('\n').slice(0, 14)).toEqual([
      'entrée standard, clé 1 (ligne 4) : Clé authentique (Clé de test du bac à sable Conex)',
      '  Numéro de droit au support (SEN)  SEN-00000001',
      '  Entité                            Main Library',
      '  Produit                           Conex Books®, Serveur',
      '  Formule                           Professional',
      '  Type de licence                   Commerciale',
      '  ID de serveur                     BX7Q-2M4K-9PLD-T3RW',
      '  Titulaire de la licence           Université Lumière Lyon 2',
      '  Émise le                          2026-03-02T09:30:00Z',
      '  Début de la maintenance           2026-03-02',
      '  Fin de la maintenance             2027-01-20',
      "  Version majeure                   Version 9, prise en charge jusqu'au 2027-06-01",
      '  État                              Sous 60 jours : se termine dans 47 jours',
      '',
    ]);
    expect(fr.stdout.endsWith('\n\n2 clés authentiques sur 3.\n')).toBe(true);
    expect(fr.stderr).toMatch(/^entrée standard, clé 2 \(ligne 16\) : refusée\. [^\n]+\n$/);
  });

  it('a key signed by a kid this build does not know is refused, naming the kid, exit 2', async () => {
    const out = await conex(['key', 'verify', '-'], { stdin: await makeTestKey({ kid: 'conex-2031' }, rogueSigner()) });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'standard input, key 1 (line 1): refused. This license key was signed with a key this version of the app does not know (conex-2031). Update the app, or contact Conex support.\n',
    );
  });

  it('--json gives every key with its verdict', async () => {
    const out = await conex(['key', 'verify', '--json', '-'], { stdin: await makeTestKey() });
    const body = JSON.parse(out.stdout) as { keys: { ok: boolean; sandbox: boolean; payload: { sen: string } }[] };
    expect(body.keys[0]).toMatchObject({ ok: true, sandbox: true, payload: { sen: 'SEN-12345678' } });
  });
});

describe('conex status', () => {
  it('names a license whose major version is no longer supported, in the app words, under the table (R-EOL-1)', async () => {
    const path = file(
      'eol.conexkeys',
      await keysFile([
        { sen: 'SEN-00000001', majorVersion: 8 },
        { sen: 'SEN-00000002', majorVersion: 10 },
      ]),
    );
    const out = await conex(['status', path]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/2 licenses\.\nSEN-00000001: Version 8: support ended on 2026-03-01\. Supported versions: 10, 9\.\n$/);
    expect(out.stdout).not.toMatch(/SEN-00000002: /);
  });

  it('reads a .conexbackup with the app checks: its licenses and entity names; a hostile one is one line, exit 2', async () => {
    const stamp = '2026-01-01T00:00:00.000Z';
    const backup = seal({
      entities: [
        {
          id: 'library',
          name: 'Main Library',
          kind: 'library',
          country: 'FR',
          notes: '',
          createdAt: stamp,
          updatedAt: stamp,
          nameKey: 'FR|main library',
        },
      ],
      licenses: [
        {
          id: 'lic-1',
          sen: 'SEN-00000001',
          product: 'conex-books',
          deployment: 'server',
          tier: 'Express',
          type: 'academic',
          entityId: 'library',
          serverId: 'SRV-1',
          licensee: 'Université',
          issued: stamp,
          maintenanceStart: '2026-01-01',
          maintenanceEnd: '2027-01-10',
          majorVersion: 9,
          createdAt: stamp,
          updatedAt: stamp,
        },
      ],
    });
    const out = await conex(['status', file('site.conexbackup', backup)]);
    expect(out).toMatchObject({ stderr: '', code: 0 });
    expect(out.stdout).toMatch(
      /SEN-00000001 +Main Library +Conex Books® +Express +Academic +SRV-1 +2027-01-10 +37 +Within 60 days: ends in 37 days\n/,
    );
    const hostile = readFileSync(join(import.meta.dirname, '../../tests/fixtures/hostile-backups/proto-key.conexbackup'), 'utf8');
    const refused = await conex(['status', file('proto.conexbackup', hostile)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `${join(dir, 'proto.conexbackup')}: not a readable Conex backup: it holds a field named "__proto__", which no record of this app has.\n`,
    );
  });

  it('lists licenses sorted by end with the app wording: expiring, ended but still working (R-MAINT-6), evaluation (R-EVAL-1)', async () => {
    const path = file(
      'status.conexkeys',
      await keysFile([
        { sen: 'SEN-00000001', entity: 'Main Library', maintenanceEnd: '2027-06-01' },
        { sen: 'SEN-00000002', entity: 'Law', maintenanceStart: '2025-11-01', maintenanceEnd: '2026-11-01' },
        { ...sampleEvaluationPayload('2026-12-01'), sen: 'SEN-00000003', entity: 'Campus' },
      ]),
    );
    const out = await conex(['status', path]);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[1]).toMatch(/SEN-00000002 +Law .*2026-11-01 +-33 +Ended 33 days ago, still working/);
    expect(lines[2]).toMatch(/SEN-00000003 +Campus .*Evaluation +.*2026-12-11 +7 +Evaluation: 7 days left/);
    expect(lines[3]).toMatch(/SEN-00000001 .*2027-06-01 +179 +Active: ends in 179 days/);
    expect(out.stdout).toContain('3 licenses.');
  });

  it('speaks French with --lang fr, and from LANG', async () => {
    const path = file('fr.conexkeys', await keysFile([{ maintenanceEnd: '2026-12-20' }]));
    for (const out of [await conex(['status', '--lang', 'fr', path]), await conex(['status', path], { lang: 'fr_FR.UTF-8' })]) {
      expect(out.stdout).toContain('Sous 30 jours : se termine dans 16 jours');
      expect(out.stdout).toContain('Fin de la maintenance');
    }
  });

  it('a missing file is one line, the other files still read, exit 2', async () => {
    const path = file('one.conexkeys', await keysFile([{}]));
    const out = await conex(['status', join(dir, 'missing.conexkeys'), path]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(`${join(dir, 'missing.conexkeys')}: no such file.\n`);
    expect(out.stdout).toContain('SEN-12345678');
  });

  it('a file that holds no key, and a file over 10 MB, each get one line', async () => {
    const notKeys = await conex(['status', file('notes.txt', '# just a comment\n')]);
    expect(notKeys.stderr).toMatch(/notes\.txt: holds no license key\.\n$/);
    const big = await conex(['status', file('big.conexkeys', 'A'.repeat(10 * 1024 * 1024 + 1))]);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/big\.conexkeys: larger than 10 MB/);
  });

  it('no colour when standard output is not a terminal, colour on one', async () => {
    const path = file('colour.conexkeys', await keysFile([{}]));
    expect((await conex(['status', path])).stdout).not.toContain('\u001b[');
    expect((await conex(['status', path], { tty: true })).stdout).toContain('\u001b[');
  });
});

describe('conex check', () => {
  const ends = (days: string[]) => keysFile(days.map((d, i) => ({ sen: `SEN-0000000${i + 1}`, maintenanceEnd: d })));

  it('OK, WARNING and CRITICAL by the first license to end, with performance data', async () => {
    const ok = await conex(['check', file('ok.conexkeys', await ends(['2027-06-01', '2027-03-01']))]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toMatch(/^CONEX OK - 2 licenses, first to end: SEN-00000002 .* \| days_left=87;60;14 licenses=2\n$/);
    const warn = await conex(['check', file('warn.conexkeys', await ends(['2027-01-10']))]);
    expect(warn.code).toBe(1);
    expect(warn.stdout).toMatch(/^CONEX WARNING/);
    const crit = await conex(['check', '--warn', '30', '--crit', '40', file('crit.conexkeys', await ends(['2027-01-10']))]);
    expect(crit.code).toBe(3);
    const critical = await conex(['check', '--warn', '60', '--crit', '40', file('crit2.conexkeys', await ends(['2027-01-10']))]);
    expect(critical.code).toBe(2);
    expect(critical.stdout).toContain('days_left=37;60;40');
  });

  it('an ended maintenance is CRITICAL though the license still works (R-MAINT-6)', async () => {
    const path = file('ended.conexkeys', await ends(['2026-11-01']));
    const out = await conex(['check', path]);
    expect(out.code).toBe(2);
    expect(out.stdout).toMatch(/^CONEX CRITICAL - 1 license, first to end: SEN-00000001 .*, Ended 33 days ago, still working \|/);
    expect((await conex(['check', '--lang', 'fr', path])).stdout).toMatch(/^CONEX CRITICAL - 1 licence, la première à se terminer/);
  });

  it('a bad key or an unreadable file is UNKNOWN (3), and bad options too', async () => {
    const bad = await conex(['check', file('bad.conexkeys', armourKey(tamper(await makeTestKey())))]);
    expect(bad.code).toBe(3);
    expect(bad.stdout).toMatch(/^CONEX UNKNOWN - 1 problem: /);
    expect((await conex(['check', '--warn', 'soon', 'x'])).code).toBe(3);
  });

  it('--format prometheus writes one gauge per license', async () => {
    const out = await conex(['check', '--format', 'prometheus', file('prom.conexkeys', await ends(['2027-06-01']))]);
    expect(out.stdout).toContain('conex_license_days_left{sen="SEN-00000001",entity="Main Library"');
    expect(out.stdout).toContain('conex_license_read_problems 0');
  });
});

describe('conex ics', () => {
  it('writes the app calendar export: future ends only, alarms at 90, 60, 30 and 7 days', async () => {
    const out = await conex([
      'ics',
      file(
        'ics.conexkeys',
        await keysFile([
          { maintenanceEnd: '2027-06-01' },
          { sen: 'SEN-00000002', maintenanceStart: '2025-01-01', maintenanceEnd: '2026-01-01' },
        ]),
      ),
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(out.stdout.match(/BEGIN:VALARM/g)).toHaveLength(4);
    expect(out.stdout).toContain('SUMMARY:Maintenance ends: SEN-12345678 (Main Library)');
  });
});

describe('conex key request', () => {
  it('writes a request file with the server ID, SEN and entity', async () => {
    const output = join(dir, 'req.conexrequest');
    const out = await conex([
      'key',
      'request',
      '--server-id',
      'BX7Q-2M4K-9PLD-T3RW',
      '--sen',
      'SEN-12345678',
      '--entity',
      'Main Library',
      '--output',
      output,
    ]);
    expect(out.code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({
      format: 'conex-key-request',
      serverId: 'BX7Q-2M4K-9PLD-T3RW',
      sen: 'SEN-12345678',
    });
    expect((await conex(['key', 'request', '--server-id', 'BX7Q', '--output', output])).stderr).toMatch(/already exists/);
  });

  it('a malformed server ID is one line in the user language, exit 2', async () => {
    const out = await conex(['key', 'request', '--server-id', 'bad id!', '--output', '-', '--lang', 'fr']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^L’ID de serveur est mal formé/);
    expect(out.stdout).toBe('');
  });
});

describe('conex itself', () => {
  it('--help lists every command with examples; an unknown command or option is one line, exit 64', async () => {
    const help = await conex(['--help']);
    for (const c of ['key verify', 'status', 'check', 'ics', 'key request', 'Examples:']) expect(help.stdout).toContain(c);
    expect((await conex(['check', '--help'])).stdout).toContain('--format prometheus');
    expect(await conex(['renew'])).toEqual({
      stdout: '',
      stderr: 'Unknown command “renew”. Run “conex --help” to see the commands.\n',
      code: 64,
    });
    expect((await conex(['status', '--colour', 'x'])).code).toBe(64);
    expect((await conex(['status', '--lang', 'de', 'x'])).stderr).toContain('--lang takes fr, en or ar');
  });
});
