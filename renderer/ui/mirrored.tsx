import type { SvgIconComponent } from '@mui/icons-material';
import type { SvgIconProps } from '@mui/material';

/**
 * An icon that points a way (an arrow, a chevron, "next" or "back"), turned round in a right-to-left window where
 * forward is to the left. Icons that point nowhere (a checkmark, a logo) stay as they are: use them directly.
 */
export function mirrored(Icon: SvgIconComponent) {
  function MirroredIcon({ sx, ...props }: SvgIconProps) {
    return (
      <Icon
        {...props}
        sx={[(theme) => (theme.direction === 'rtl' ? { transform: 'scaleX(-1)' } : {}), ...(Array.isArray(sx) ? sx : sx ? [sx] : [])]}
      />
    );
  }
  return MirroredIcon;
}
