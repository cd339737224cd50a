import { useEffect, useId, useRef } from 'react';

/** What the steward is asked to confirm, and what runs when they do. */
export type ConfirmRequest = {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
};

/**
 * A modal confirmation step (the native <dialog>: it traps focus, closes on Escape and gives focus
 * back to the button that opened it). Nothing happens until the confirm button is pressed.
 */
export function ConfirmDialog({
  request,
  cancelLabel,
  onClose,
}: {
  request: ConfirmRequest | null;
  cancelLabel: string;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (request && !d.open) d.showModal();
    if (!request && d.open) d.close();
  }, [request]);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onClose={onClose}
    >
      {request && (
        <>
          <h2 id={`${id}-title`}>{request.title}</h2>
          <p id={`${id}-message`}>{request.message}</p>
          <div className="confirm-actions">
            <button
              type="button"
              className="confirm-yes"
              onClick={() => {
                onClose();
                request.onConfirm();
              }}
            >
              {request.confirmLabel}
            </button>
            <button type="button" className="confirm-cancel" onClick={onClose}>
              {cancelLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
