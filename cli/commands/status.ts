import { bundledVersions, productName } from '../catalogue';
import type { Context, Outcome } from '../context';
import { describeLicenses, type DescribedLicense } from '../describe';
import { readLicenses } from '../licenses';
import { formatTable, paint, type Colour } from '../table';

/** `conex status FILE...`: a table of every license read, as the app words its status; each problem on its own line on standard error, exit 2. */
export async function status(files: readonly string[], ctx: Context): Promise<Outcome> {
  const { rows, problems } = await readLicenses(files, ctx);
  const described = describeLicenses(rows, ctx, bundledVersions()).sort((a, b) =>
    a.end < b.end ? -1 : a.end > b.end ? 1 : a.row.sen.localeCompare(b.row.sen),
  );
  const code = problems.length > 0 ? 2 : 0;
  const stderr = problems.map((p) => `${p}\n`).join('');
  if (ctx.json) return { stdout: `${JSON.stringify({ licenses: described.map(licenseJson), problems }, null, 2)}\n`, stderr, code };
  if (described.length === 0) return { stdout: `${ctx.t('cli:status.none')}\n`, stderr, code };
  const t = ctx.t;
  const header = [
    'SEN',
    t('keys:fields.entity'),
    t('keys:fields.product'),
    t('keys:fields.tier'),
    t('keys:fields.type'),
    t('keys:fields.serverId'),
    t('keys:fields.maintenanceEnd'),
    t('cli:status.daysLeft'),
    t('maintenance:table.status'),
  ];
  const table = described.map((d) => [
    d.row.sen,
    d.row.entity,
    productName(d.row.product),
    d.row.tier,
    t(`keys:types.${d.row.type}`),
    d.row.serverId,
    d.end,
    String(d.daysLeft),
    d.statusText,
  ]);
  const colour = ctx.colour();
  const colourize = (row: number, col: number, text: string) => (col === 8 ? paint(colour, toneOf(described[row]!), text) : text);
  const summary = t('cli:status.summary', { count: described.length });
  // A major version whose support ends within 90 days or has ended (R-EOL-1) gets a line of its own, in the app's words.
  const versions = described
    .filter((d) => d.eol.kind === 'ending' || d.eol.kind === 'ended')
    .map((d) => `${d.row.sen}: ${paint(colour, d.eol.kind === 'ended' ? 'red' : 'yellow', d.eolText)}\n`)
    .join('');
  return { stdout: `${formatTable(header, table, colourize)}${summary}\n${versions}`, stderr, code };
}

/** One license for `--json`: its fields, its end, days left and status in words and as data. */
export function licenseJson(d: DescribedLicense) {
  const { file, ...row } = d.row;
  return {
    ...row,
    file,
    end: d.end,
    daysLeft: d.daysLeft,
    status: d.status.kind,
    statusText: d.statusText,
    version: d.eol,
    versionText: d.eolText,
  };
}

/** The colour repeating what a status says, as the app's icons do. */
function toneOf(d: DescribedLicense): Colour {
  switch (d.status.kind) {
    case 'active':
      return 'green';
    case 'expiring':
    case 'expired-perpetual':
      return 'yellow';
    case 'evaluation':
      return 'cyan';
    default:
      return 'red';
  }
}
