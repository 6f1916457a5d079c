import { useId, useState, type ReactNode } from 'react';
import { Text } from './Text';

interface HoverNoteProps {
  /** The visible text the note explains. */
  children: ReactNode;
  /** The explanation, shown on hover and on keyboard focus. */
  note: string;
}

/**
 * Text with a short explanation that appears on hover and focus, stays while hovered, and closes
 * with Escape (WCAG 1.4.13). The note is also its accessible description.
 */
export function HoverNote({ children, note }: HoverNoteProps) {
  const [open, setOpen] = useState(false);
  const noteId = useId();
  return (
    <span
      className="hover-note"
      tabIndex={0}
      aria-describedby={noteId}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      {children}
      <span role="tooltip" id={noteId} className="hover-note__text" hidden={!open}>
        <Text>{note}</Text>
      </span>
    </span>
  );
}
