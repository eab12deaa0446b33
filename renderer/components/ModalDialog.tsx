import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface ModalDialogProps {
  className: string;
  /** The id of the dialog's heading, which names it for screen readers. */
  labelledBy: string;
  /** Escape: the dialog decides (close a form inside it first, or close itself). */
  onEscape(): void;
  children: ReactNode;
}

/** A modal `<dialog>`: the page behind it is inert while it is open, and Escape is the dialog's to answer. */
export function ModalDialog({ className, labelledBy, onEscape, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current!;
    element.showModal();
    return () => element.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`manage-dialog ${className}`}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onEscape();
      }}
    >
      {children}
    </dialog>
  );
}
