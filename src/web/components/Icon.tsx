// Bootstrap Italia icons from the sprite bundled by Vite (same origin, so it works under the CSP).
import sprite from 'bootstrap-italia/dist/svg/sprites.svg?url';

type Props = {
  name: string;
  className?: string;
  color?: 'primary' | 'white' | 'secondary' | 'danger' | 'success';
};

/** A decorative icon (hidden from assistive technologies: pair it with visible text or an aria-label). */
export function Icon({ name, className, color }: Props) {
  return (
    <svg
      className={`icon icon-sm${color ? ` icon-${color}` : ''} ${className ?? ''}`}
      aria-hidden="true"
      focusable="false"
    >
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
