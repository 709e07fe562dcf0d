import { Box, Paper, Typography, useTheme } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonthsIso, dayNumber, toCalendarDate } from '../../../shared/calendar';
import { formatDay } from '../../reminders/format';
import type { MaintenanceRow } from './rows';
import { localeOf } from '../../i18n/locale';

const WIDTH = 1000;
const HEIGHT = 96;
const LEFT = 80;
const AXIS_Y = 56;

/**
 * Every license's end on one line over the next 12 months, ended ones gathered
 * at the start (the left, or the right in a right-to-left language: time reads
 * the way the text does). The table below holds the same data for screen
 * readers; the figure gives sighted users the shape at a glance and a summary in words.
 */
export function Timeline({ rows, now }: { rows: readonly MaintenanceRow[]; now: Date }) {
  const { t, i18n } = useTranslation('maintenance');
  const theme = useTheme();
  const today = toCalendarDate(now);
  const start = dayNumber(today);
  const end = dayNumber(addMonthsIso(today, 12));
  // Every x is drawn through `side`, which turns the figure round in a right-to-left window.
  const side = (at: number) => (theme.direction === 'rtl' ? WIDTH - at : at);
  const x = (day: number) => side(LEFT + ((Math.min(day, end) - start) / (end - start)) * (WIDTH - LEFT - 20));

  const { points, overdue, soon } = useMemo(() => {
    const byDay = new Map<string, MaintenanceRow[]>();
    let overdue = 0;
    let soon = 0;
    for (const row of rows) {
      if (row.end <= today) {
        overdue++;
        continue;
      }
      if (dayNumber(row.end) - start <= 90) soon++;
      if (dayNumber(row.end) > end) continue;
      byDay.set(row.end, [...(byDay.get(row.end) ?? []), row]);
    }
    return { points: [...byDay], overdue, soon };
  }, [rows, today, start, end]);

  const colour = (list: MaintenanceRow[]) => {
    const kind = list.some((r) => r.group.startsWith('within-'))
      ? 'warning'
      : list.some((r) => r.license.type === 'evaluation')
        ? 'secondary'
        : 'primary';
    return theme.palette[kind].main;
  };
  const months = Array.from({ length: 13 }, (_, i) => addMonthsIso(today.slice(0, 8) + '01', i)).filter((m) => dayNumber(m) >= start);
  const summary = t('timeline.summary', { count: rows.length, overdue, soon });

  return (
    <Paper variant="outlined" component="figure" sx={{ m: 0, mb: 3, p: 2 }}>
      <Typography component="figcaption" variant="subtitle1" id="timeline-title">
        {t('timeline.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" id="timeline-summary">
        {summary}
      </Typography>
      <Box sx={{ color: 'text.secondary' }}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          role="img"
          aria-labelledby="timeline-title timeline-summary"
          style={{ display: 'block', maxHeight: 140 }}
        >
          <line x1={side(LEFT)} x2={side(WIDTH - 20)} y1={AXIS_Y} y2={AXIS_Y} stroke="currentColor" strokeWidth={1} />
          {months.map((m) => (
            <g key={m}>
              <line x1={x(dayNumber(m))} x2={x(dayNumber(m))} y1={AXIS_Y - 4} y2={AXIS_Y + 4} stroke="currentColor" />
              <text x={x(dayNumber(m))} y={AXIS_Y + 22} fontSize={13} textAnchor="middle" fill="currentColor">
                {new Intl.DateTimeFormat(localeOf(i18n.language), { month: 'short', timeZone: 'UTC' }).format(new Date(`${m}T00:00:00Z`))}
              </text>
            </g>
          ))}
          <text x={side(LEFT)} y={14} fontSize={13} textAnchor="middle" fill="currentColor">
            {t('timeline.today')}
          </text>
          <line x1={side(LEFT)} x2={side(LEFT)} y1={20} y2={AXIS_Y} stroke={theme.palette.text.primary} strokeDasharray="3 3" />
          {overdue > 0 && (
            <g>
              <circle cx={side(30)} cy={AXIS_Y - 14} r={Math.min(16, 6 + Math.sqrt(overdue) * 2)} fill={theme.palette.error.main}>
                <title>{`${t('timeline.ended')}: ${overdue}`}</title>
              </circle>
              <text x={side(30)} y={AXIS_Y + 22} fontSize={13} textAnchor="middle" fill="currentColor">
                {t('timeline.ended')}
              </text>
            </g>
          )}
          {points.map(([day, list]) => (
            <circle
              key={day}
              cx={x(dayNumber(day))}
              cy={AXIS_Y - 14}
              r={Math.min(14, 5 + Math.sqrt(list.length) * 2)}
              fill={colour(list)}
              fillOpacity={0.85}
            >
              <title>
                {t('timeline.point', {
                  date: formatDay(day, i18n.language),
                  sens:
                    list
                      .slice(0, 10)
                      .map((r) => r.license.sen)
                      .join(', ') + (list.length > 10 ? '…' : ''),
                })}
              </title>
            </circle>
          ))}
        </svg>
      </Box>
    </Paper>
  );
}
